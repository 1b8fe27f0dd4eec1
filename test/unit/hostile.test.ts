// A hostile folder (issue 14): words of megabytes without a space, symlinks pointing out of the
// folder, link loops, ten thousand empty files. Each case asserts the exact result; time is never
// asserted here (`npm run stress` prints the figures for the long words).
import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import { stemWord } from '../../src/core/claims/lexicon';
import { isDemonym, knownName } from '../../src/core/extract/entities/lexicon';
import { MAX_WORD_LENGTH, tokenize } from '../../src/core/text/tokens';

const KB = 1024;
const MB = 1024 * KB;

const HEAD = `Storm toll rises\n\n${'The mayor said 14 people died in the storm, said Ann Lee.'}`;
const OTHER = 'Storm toll rises\n\nThe mayor said 16 people died in the storm, said Ann Lee.\n';

/** Deterministic letters (no RNG dependency): a word that matches none of the stemmer's suffixes early. */
function letters(n: number, first = ''): string {
  const a = 'aeioubcdfghklmnprstvwxyz';
  let x = 7;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; out[i] = a[(x >>> 8) % a.length]; }
  return first + out.join('').slice(first.length);
}

/** Shapes that each hit one per-token step: the stemmer (lower case), names and NER (capitalised,
 *  accented), glue splitting (function words run together), the demonym plural rule (final s's). */
const WORDS: Array<[string, (n: number) => string]> = [
  ['lower-case letters', (n) => letters(n)],
  ['a capitalised word', (n) => letters(n, 'R')],
  ['accented capitals "Éèéè…"', (n) => 'É' + 'èé'.repeat(n / 2).slice(1)],
  ['glued function words "Vietnamandthe…"', (n) => 'Vietnam' + 'andthe'.repeat(Math.ceil(n / 6)).slice(0, n - 7)],
  ['"Sssss…" (plural rule)', (n) => 'S' + 's'.repeat(n - 1)],
  ['digits', (n) => '7'.repeat(n)],
];
const SENTENCE = 'The mayor said 14 people died in the storm, said Ann Lee.';

function analysed(word: string) {
  const corpus = new Corpus();
  corpus.updateMany([{ id: 'a', text: `${HEAD} ${word}\n` }, { id: 'b', text: OTHER }]);
  const doc = corpus.document('a')!;
  return {
    entities: doc.entities.map((e) => [e.type, e.text, e.start, e.end]),
    figures: doc.figures.map((f) => [f.kind, f.text, f.start, f.end]),
    quotes: doc.quotes.length,
    sentences: doc.sentences.map((s) => [s.start, s.end]),
    claims: corpus.claims().map((c) => ({ doc: c.doc, start: c.start, end: c.end, updates: (c.updates ?? []).map((u) => [u.doc, u.text]), conflicting: c.conflicting.length })),
  };
}

describe('hostile input: long words', function () {
  this.timeout(120_000);

  for (const [name, make] of WORDS) {
    for (const size of [64 * KB, 5 * MB]) {
      it(`a ${size / KB} KB single word of ${name} changes nothing else in the document`, () => {
        const word = make(size);
        assert.equal(word.length, size);
        const r = analysed(word);
        assert.deepEqual(r.entities, [['person', 'Ann Lee', 67, 74]]);
        assert.deepEqual(r.figures, [['count', '14 people', 33, 42]]);
        assert.equal(r.quotes, 0);
        // a word in lower case continues the sentence (as "said Ann Lee. and then" would); any other
        // starts one of its own; either way it is never cut
        const end = 76 + size;
        const continues = /^[a-z]/.test(word);
        assert.deepEqual(r.sentences, continues ? [[18, end]] : [[18, 75], [76, end]]);
        assert.deepEqual(r.claims, [{
          doc: 'a', start: 18, end: continues ? end : 75,
          updates: [['b', SENTENCE.replace('14', '16')]], conflicting: 0,
        }]);
      });
    }
  }

  it('per-token steps stop at MAX_WORD_LENGTH: the stemmer, glue splitting, name lookup, the demonym rule', () => {
    assert.equal(MAX_WORD_LENGTH, 64);
    // below the cap the stemmer and the glue splitter work as before
    assert.equal(stemWord('Rebuilding'), 'rebuild');
    assert.deepEqual(tokenize('Vietnamandthe Vietnam').map((t) => t.text), ['Vietnam', 'and', 'the', 'Vietnam']);
    // above it a word is its own stem and stays one token
    const long = 'Rebuilding'.repeat(7);
    assert.equal(stemWord(long), long.toLowerCase());
    const glued = 'Vietnam' + 'andthe'.repeat(20);
    assert.deepEqual(tokenize(`${glued} Vietnam`).map((t) => [t.text.length, t.start]), [[127, 0], [7, 128]]);
    // the plural rule recursed once per final s: a 1 MB "Sss…" overflowed the stack
    assert.equal(isDemonym('S' + 's'.repeat(MB)), false);
    assert.equal(isDemonym('Americans'), true);
    assert.equal(knownName('Vietnam ' + 'x'.repeat(MB)), undefined);
    assert.equal(knownName('Vietnam')?.type, 'place');
  });
});
