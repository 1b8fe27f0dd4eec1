import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { splitSentences } from '../../src/core/text/sentences';
import { detectBoilerplate } from '../../src/core/text/boilerplate';
import { decodeText } from '../../src/core/text/decode';

const split = (t: string) => splitSentences(t, detectBoilerplate(t)).map((s) => t.slice(s.start, s.end));

describe('text/sentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['decimals and percentages', 'Trade rose 6.6% to $66.8 billion. Rates fell 0.5 points.', ['Trade rose 6.6% to $66.8 billion.', 'Rates fell 0.5 points.']],
    ['titles', 'He met Ms. Lee and Rep. Jerry Nadler. Then Mr. Smith and Dr. Jones left.', ['He met Ms. Lee and Rep. Jerry Nadler.', 'Then Mr. Smith and Dr. Jones left.']],
    ['U.S. mid-sentence, U.S. Congress, U.S. at the end', 'It hit the U.S. and Europe. The U.S. Congress met. Sales grew in the U.S. The end came.',
      ['It hit the U.S. and Europe.', 'The U.S. Congress met.', 'Sales grew in the U.S.', 'The end came.']],
    ['St., Jan., No.', 'He lives on St. James St. since Jan. 2020. No. 5 won. No. It did not.', ['He lives on St. James St. since Jan. 2020.', 'No. 5 won.', 'No.', 'It did not.']],
    ['closing quote stays with its sentence', 'She said "we will rebuild." Then she left. “It is over.” He agreed.', ['She said "we will rebuild."', 'Then she left.', '“It is over.”', 'He agreed.']],
    ['a headline line without a full stop ends a sentence', 'Storm hits the coast\nWinds reached 160 km/h.', ['Storm hits the coast', 'Winds reached 160 km/h.']],
    ['a hard-wrapped line does not', 'The sea wall gave way and\nthe town flooded.\r\n\r\nNext paragraph.', ['The sea wall gave way and\nthe town flooded.', 'Next paragraph.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(split(text), expected));
  }

  it('paragraph indices count content lines', () => {
    const t = 'Title\n\nFirst one. Second one.\nThird.';
    assert.deepEqual(splitSentences(t).map((s) => s.paragraph), [0, 1, 1, 2]);
  });

  it('never crosses boilerplate: the DW video prompt splits its paragraph', function () {
    const dir = path.resolve(__dirname, '../../../shared/corpus/vietnam-eu-2026');
    if (!existsSync(dir)) { this.skip(); }
    const t = decodeText(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith('003_'))!))).text;
    const bp = detectBoilerplate(t);
    const sents = splitSentences(t, bp);
    for (const s of sents) {
      for (const b of bp) { assert.ok(s.end <= b.start || s.start >= b.end, `sentence ${s.start}-${s.end} overlaps boilerplate`); }
    }
    const texts = sents.map((s) => t.slice(s.start, s.end));
    assert.ok(texts.includes('"At a moment when the international rules-based order is under threat from multiple sides, we need to start to stand side by side as reliable and predictable partners," he added.'));
    assert.ok(texts.includes('The European Council chaired by Costa is composed of the top leaders of the European Union countries, as well as the head of the European Commission.'));
    assert.ok(texts.includes('Bilateral trade surged by roughly 50% between 2019 and 2024 to reach the volume of €67 billion ($79 billion).'));
  });
});
