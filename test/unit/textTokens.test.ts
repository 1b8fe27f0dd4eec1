import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { tokenize } from '../../src/core/text/tokens';
import { decodeText } from '../../src/core/text/decode';
import { sharedCorpusDirOrSkip } from './support/loadCorpus';

/** Token texts, glued parts joined with '|'. */
function parts(text: string): string[] {
  const toks = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.glued && i > 0 && toks[i - 1].glued && toks[i - 1].end === t.start) { out[out.length - 1] += '|' + t.text; } else { out.push(t.text); }
  }
  return out;
}

describe('text/tokens', () => {
  it('shape facts and exact offsets', () => {
    const t = 'Costa’s 40% rise, EU-Vietnam 1,200';
    const toks = tokenize(t);
    assert.deepEqual(toks.map((x) => [x.text, x.cap, x.num]), [['Costa’s', true, false], ['40', false, true], ['rise', false, false], ['EU-Vietnam', true, false], ['1,200'.split(',')[0], false, true], ['200', false, true]]);
    for (const x of toks) { assert.equal(t.slice(x.start, x.end), x.text); }
  });

  it('splits glued words so entities stay visible', () => {
    const t = 'Vietnam and Vietnamandthe European Union countries. The European Unionhave agreed, andRussia too. ' +
      'Analysts said thatDonald Trump left. It was driven byVietnam\'s government. The US and the USall did. Costa came asone of many, ' +
      'tomeet the leaders; the meeting went well.';
    const p = parts(t);
    for (const g of ['Vietnam|and|the', 'Union|have', 'and|Russia', 'that|Donald', "by|Vietnam's", 'US|all', 'as|one', 'to|meet']) {
      assert.ok(p.includes(g), `${g} in ${JSON.stringify(p)}`);
    }
    const toks = tokenize(t);
    const russia = toks.find((x) => x.text === 'Russia')!;
    assert.deepEqual([russia.start, russia.end, russia.glued, russia.cap], [t.indexOf('Russia'), t.indexOf('Russia') + 6, true, true]);
    for (const x of toks) { assert.equal(t.slice(x.start, x.end), x.text); }
  });

  it('never cuts names and real words', () => {
    const t = 'Iran Ottawa Putin Put Milan Boston Thomas Paris Toronto Senator Sen. McDonald iPhone YouTube DeSantis OpenAI ' +
      'Derby In into areas incomes becoming factor whereas nearby overall anthem heard today another';
    assert.ok(tokenize(t).every((x) => !x.glued), JSON.stringify(parts(t)));
  });

  it('no glue splits on the vietnam articles beyond the scraped ones', function () {
    const dir = sharedCorpusDirOrSkip(this, 'vietnam-eu-2026');
    const found: string[] = [];
    for (const f of readdirSync(dir).sort()) {
      const text = decodeText(readFileSync(path.join(dir, f))).text;
      found.push(...parts(text).filter((x) => x.includes('|')));
    }
    assert.deepEqual(found, ['Vietnam|and|the', 'Union|have', 'as|one', 'to|meet', 'and|its', 'US|all', 'and|Russia', 'that|Donald', "by|Vietnam's", 'into|the']);
  });
});
