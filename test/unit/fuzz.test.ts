// Property-based fuzzing of the engine (analyseDocument and a small Corpus) on random and
// adversarial text, with fast-check. Fixed seed so CI is reproducible; the seed is printed, and
// FUZZ_SEED=<n> / FUZZ_RUNS=<n> reproduce or widen a run locally.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseDocument } from '../../src/core/analyse';
import { Corpus } from '../../src/core/corpus';
import type { DocumentAnalysis } from '../../src/core/model';
import { adversarialText } from './support/fuzzText';
import { checkAnalysis, checkClaims } from './support/spanChecks';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
/** Cases per property; the totals are printed (>= 10,000 in all). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);

function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.round(numRuns * RUNS), endOnFailure: true };
}

let totalCases = 0;

function withoutTiming(a: DocumentAnalysis): DocumentAnalysis {
  const { elapsedMs: _elapsed, ...rest } = a;
  return rest;
}

describe('fuzz: engine on random and adversarial text', function () {
  this.timeout(180_000);

  before(() => {
    console.log(`    fast-check seed ${SEED} (FUZZ_SEED=${SEED} reproduces; FUZZ_RUNS scales the case counts)`);
  });
  after(() => {
    console.log(`    ${totalCases} generated cases in total`);
  });

  it('analyseDocument never throws; spans inside the text, text === slice, no overlaps within a kind @slow', () => {
    fc.assert(fc.property(adversarialText(), (text) => {
      totalCases++;
      checkAnalysis(analyseDocument('fuzz', text), text);
    }), params(6000));
  });

  it('arbitrary UTF-16 (lone surrogates, controls, any plane) never throws and keeps every span valid @slow', () => {
    const raw = fc.string({ unit: 'binary', maxLength: 300 });
    const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
    fc.assert(fc.property(fc.oneof(raw, utf16), (text) => {
      totalCases++;
      checkAnalysis(analyseDocument('fuzz', text), text);
    }), params(2500));
  });

  it('is deterministic: a second run gives a deep-equal analysis (ignoring elapsedMs) @slow', () => {
    fc.assert(fc.property(adversarialText(), (text) => {
      totalCases++;
      const a = analyseDocument('fuzz', text);
      const b = analyseDocument('fuzz', text);
      assert.deepEqual(withoutTiming(b), withoutTiming(a));
    }), params(1000));
  });

  it('a small Corpus survives random update/remove sequences: valid claims, same result as a fresh corpus twice @slow', () => {
    const op = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('update' as const), id: fc.integer({ min: 0, max: 3 }), text: adversarialText() }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 3 }) }) },
    );
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 7 }), (ops) => {
      totalCases++;
      const corpus = new Corpus();
      const live = new Map<string, string>();
      for (const o of ops) {
        const id = `doc${o.id}.txt`;
        if (o.kind === 'update') {
          checkAnalysis(corpus.update({ id, text: o.text }), o.text);
          live.set(id, o.text);
        } else {
          assert.equal(corpus.remove(id), live.delete(id), `remove(${id}) reports whether it was there`);
        }
        // Claims after every step, as the editor asks for them.
        checkClaims(corpus.claims(), (d) => corpus.text(d));
      }
      assert.deepEqual(corpus.ids().sort(), [...live.keys()].sort(), 'ids() are the live documents');
      for (const id of live.keys()) { checkAnalysis(corpus.document(id)!, live.get(id)!); }
      // The same final set, fed twice to fresh corpora, links identically (deterministic linking).
      const docs = [...live].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, text]) => ({ id, text }));
      const f1 = new Corpus();
      f1.updateMany(docs);
      const f2 = new Corpus();
      f2.updateMany(docs);
      assert.deepEqual(f2.claims(), f1.claims(), 'fresh corpora link identically');
      checkClaims(f1.claims(), (d) => f1.text(d));
    }), params(600));
  });
});

describe('fuzz: regressions found by fuzzing', () => {
  it('lone CR line endings: the title is the first line, not the whole text', () => {
    const text = 'Title\rThe mayor said "we will rebuild".\r14 people died.\r';
    const a = analyseDocument('cr', text);
    assert.deepEqual([a.title, a.titleSpan], ['Title', { start: 0, end: 5 }]);
    checkAnalysis(a, text);
  });

  it('an adverbial after the cue is not the speaker ("said on Monday", "said in a statement")', () => {
    const cases: Array<[string, string | null]> = [
      ['“We will rebuild,” said on Monday.', null],
      ['"It is over," said in a statement.', null],
      ['"It is over," said later.', null],
      ['"It is over," said the mayor.', 'the mayor'],
      ['"It is over," said Ines Fournier.', 'Ines Fournier'],
    ];
    for (const [text, speaker] of cases) {
      const [q] = analyseDocument('adv', text).quotes;
      assert.equal(q.speaker, speaker, text);
    }
  });
});
