// Quote-mark pairing on small fixtures and adversarial input: apostrophes, nesting, unmatched
// marks, paragraph rules, boilerplate, and pathological lines that must stay linear.
import * as assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/extract/quotes';
import { MAX_QUOTE_CHARS, scanQuotes } from '../../src/core/extract/quotes/scanner';
import type { Boilerplate } from '../../src/core/model';
import { buildContext, type DocContext } from '../../src/core/text/context';
import { compile } from '../../src/core/lang/bundle';
import { en } from '../../src/core/lang/en';

function spans(text: string, skip: Boilerplate[] = []): string[] {
  return scanQuotes(text, skip).map((q) => text.slice(q.start, q.end));
}

/** A context whose boilerplate is exactly `bp` (independent of the boilerplate detector). */
function ctxWith(text: string, bp: Boilerplate[]): DocContext {
  const base = buildContext(text);
  return {
    ...base,
    boilerplate: bp,
    inBoilerplate: (s: number, e = s + 1) => bp.some((b) => b.start < e && b.end > s),
  };
}

describe('quote scanner: marks', () => {
  it('pairs straight, curly double and curly single quotes', () => {
    assert.deepEqual(spans('He said "yes" and “no” and ‘maybe’.'), ['"yes"', '“no”', '‘maybe’']);
  });

  it('never treats apostrophes as quote marks', () => {
    assert.deepEqual(spans('Vietnam’s leaders don’t know. The students’ union met in the ’90s. Rock ’n’ roll.'), []);
    assert.deepEqual(spans("It's the students' choice, isn't it? The '90s were fine."), []);
  });

  it('a curly single quote around words with apostrophes inside', () => {
    assert.deepEqual(spans('They called it ‘Vietnam’s moment’ on Friday.'), ['‘Vietnam’s moment’']);
  });

  it('straight single quotes in a headline', () => {
    const t = "Vietnam, EU elevate diplomatic ties to 'comprehensive strategic relationship'\nThe EU's role grows.";
    assert.deepEqual(spans(t), ["'comprehensive strategic relationship'"]);
  });

  it('nested quotes: single inside double, with a trailing comma and ellipsis', () => {
    const t = 'It claimed that "forces are forming \'civil society\' alliances, \'independent trade unions,\'… and more."';
    const qs = scanQuotes(t);
    assert.deepEqual(qs.map((q) => [t.slice(q.start, q.end), q.depth]), [
      ['"forces are forming \'civil society\' alliances, \'independent trade unions,\'… and more."', 0],
      ["'civil society'", 1],
      ["'independent trade unions,'", 1],
    ]);
  });

  it('a quote spanning sentences', () => {
    assert.deepEqual(spans('"One. Two. Three," he said.'), ['"One. Two. Three,"']);
  });

  it('the multi-paragraph convention: an unclosed paragraph continued by a re-opening mark', () => {
    const t = '"We will rebuild," said Mayor Ana Ruiz. "It will take years.\n\n"But we will do it."\n\nThe council met.';
    const qs = scanQuotes(t);
    assert.deepEqual(qs.map((q) => t.slice(q.start, q.end)), ['"We will rebuild,"', '"It will take years.\n\n"But we will do it."']);
    assert.equal(qs[1].paragraphs, 2);
    assert.equal(t.slice(qs[1].innerStart, qs[1].innerEnd), 'It will take years.\n\n"But we will do it.');
  });

  it('an unclosed quote stops at the paragraph end when the next paragraph does not re-open', () => {
    const t = 'He said "this never closes.\n\nNext paragraph is normal, and "this one" is fine.';
    assert.deepEqual(spans(t), ['"this one"']);
  });

  it('a hard-wrapped line (ends mid-sentence, next line lower case) is not a paragraph end', () => {
    const t = 'She said "the wall did what it\ncould, but the sea was stronger" on Monday.';
    assert.deepEqual(spans(t), ['"the wall did what it\ncould, but the sea was stronger"']);
  });

  it('unmatched closing marks and stray marks never throw or pair across paragraphs', () => {
    assert.deepEqual(spans('oops" and ” and ’ here\n" lonely\n“ open'), []);
  });

  it('caps the length: an opener whose closer is too far away yields nothing', () => {
    const t = `"${'word '.repeat(MAX_QUOTE_CHARS / 5 + 10)}" he said.`;
    assert.deepEqual(spans(t), []);
  });

  it('nothing inside boilerplate, and nothing pairs across it', () => {
    const t = 'Related: "Top story" here\nHe said "a\nRelated line\nb" ok.';
    const bpStart = t.indexOf('Related line');
    const skip: Boilerplate[] = [{ start: 0, end: t.indexOf('\n'), reason: 'related' }, { start: bpStart, end: bpStart + 12, reason: 'related' }];
    assert.deepEqual(spans(t, skip), []);
    const qs = extractQuotes(ctxWith(t, skip), []);
    assert.deepEqual(qs, []);
  });
});

/** The smallest context extractQuotes reads (text and boilerplate), so the timing is ours alone. */
function bare(text: string): DocContext {
  return { text, boilerplate: [], sentences: [], tokens: [], titleSpan: null, lang: compile(en), inBoilerplate: () => false, sentenceAt: () => -1 };
}

describe('quote scanner: pathological input stays linear @slow', () => {
  /** [name, the repeated unit, repetitions for ~1 MB]. */
  const cases: Array<[string, string, number]> = [
    ['a line of straight double quotes', '"', 1 << 20],
    ['a line of curly openers', '“', 1 << 20],
    ['a line of alternating curly singles', '‘’', 1 << 19],
    ['a line of apostrophes', "'", 1 << 20],
    ['quote marks and blank lines', '“\n\n', 350000],
    ['tiny quotes on one line', '"a" ', 262144],
    ['unclosed openers between words', 'he said "so ', 87000],
  ];
  for (const [name, unit, reps] of cases) {
    it(`${name}: 1 MB in near-linear time, every span exact`, () => {
      const time = (text: string): { ms: number; text: string; qs: ReturnType<typeof extractQuotes> } => {
        const t0 = performance.now();
        const qs = extractQuotes(bare(text), []);
        return { ms: performance.now() - t0, text, qs };
      };
      const small = time(unit.repeat(reps >> 3));
      const big = time(unit.repeat(reps));
      // 8x the input: a linear pass takes ~8x as long, a quadratic one ~64x. The absolute bound is
      // loose because the test machine is shared; on an idle core these take a fraction of a second.
      assert.ok(big.ms < 10000, `${big.ms.toFixed(0)} ms`);
      assert.ok(big.ms < Math.max(24 * small.ms, 3000), `1/8 MB ${small.ms.toFixed(0)} ms, 1 MB ${big.ms.toFixed(0)} ms`);
      for (const q of big.qs.slice(0, 2000)) {
        assert.equal(q.text, big.text.slice(q.start, q.end));
        assert.ok(q.end - q.start <= MAX_QUOTE_CHARS);
      }
    });
  }

  it('a 1 MB line of straight double quotes yields no quotes (no words inside)', () => {
    assert.equal(scanQuotes('"'.repeat(1 << 20)).length, 0);
  });
});
