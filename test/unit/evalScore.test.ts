import * as assert from 'node:assert/strict';
import type { EvalSet } from '../../scripts/eval/sets';
import { checkFailures, locateAll, predictedConflicts, ratios, score, sumCounts, type ClaimLike, type ConflictLike, type PassageLike } from '../../scripts/eval/score';

const TEXTS = new Map<string, string>([
  ['a.txt', 'Storm killed 14 people on Monday. Labour won 40 seats. Aid reached €40 million. By noon 27 dead were counted.'],
  ['b.txt', 'Storm killed 16 people on Monday. The Greens won 12 seats. Aid reached €40 million. By evening 29 dead were counted.'],
  ['c.txt', 'Officials said 14 people died. Aid totalled €40 million.'],
]);

/** The sentence of `doc` that contains `needle`, as the engine would pass it. */
function sentence(doc: string, needle: string): PassageLike {
  const t = TEXTS.get(doc)!;
  const i = t.indexOf(needle);
  assert.ok(i >= 0, needle);
  const start = t.lastIndexOf('. ', i) < 0 ? 0 : t.lastIndexOf('. ', i) + 2;
  const end = t.indexOf('.', i + needle.length) + 1;
  return { doc, start, end, text: t.slice(start, end) };
}

function span(doc: string, needle: string): { start: number; end: number } {
  const i = TEXTS.get(doc)!.indexOf(needle);
  return { start: i, end: i + needle.length };
}

function claim(p: PassageLike, extra: Partial<ClaimLike> = {}): ClaimLike {
  return { ...p, corroborating: [], conflicting: [], ...extra };
}

function conflict(doc: string, sentNeedle: string, reason: string, ours?: [string, string], theirs?: [string, string]): ConflictLike {
  return {
    ...sentence(doc, sentNeedle), reason,
    ...(ours ? { ours: span(ours[0], ours[1]) } : {}),
    ...(theirs ? { theirs: span(theirs[0], theirs[1]) } : {}),
  };
}

function makeSet(): EvalSet {
  return {
    name: 'tiny', root: '.', files: ['a.txt', 'b.txt', 'c.txt'],
    conflicts: [
      { fact: 'death toll', a: { doc: 'a.txt', needle: 'killed 14 people' }, b: { doc: 'b.txt', needle: 'killed 16 people' } },
      { fact: 'death toll', a: { doc: 'c.txt', needle: '14 people died' }, b: { doc: 'b.txt', needle: 'killed 16 people' } },
    ],
    corroborations: [
      { fact: 'aid', passages: [{ doc: 'a.txt', needle: 'reached €40 million' }, { doc: 'b.txt', needle: 'reached €40 million' }, { doc: 'c.txt', needle: 'totalled €40 million' }] },
    ],
    updates: [{ fact: 'running toll', passages: [{ doc: 'a.txt', needle: '27 dead' }, { doc: 'b.txt', needle: '29 dead' }] }],
    traps: [{ pattern: 'different-holder', a: { doc: 'a.txt', needle: '40 seats' }, b: { doc: 'b.txt', needle: '12 seats' }, why: "Labour's seats vs the Greens'" }],
    wording: [],
  };
}

function located(set: EvalSet) {
  const { located: l, errors } = locateAll(set, TEXTS);
  assert.deepEqual(errors, []);
  return l;
}

describe('eval scoring (scripts/eval/score.ts)', () => {
  it('counts a true-positive conflict, a false positive, a trap called a conflict, a corroboration pair and an update pair', () => {
    const set = makeSet();
    const claims: ClaimLike[] = [
      // TP: 14 vs 16, reported from both sides -> one unordered sentence pair.
      claim(sentence('a.txt', 'killed 14'), { conflicting: [conflict('b.txt', 'killed 16', '14 people vs 16 people', ['a.txt', '14 people'], ['b.txt', '16 people'])] }),
      claim(sentence('b.txt', 'killed 16'), { conflicting: [conflict('a.txt', 'killed 14', '16 people vs 14 people', ['b.txt', '16 people'], ['a.txt', '14 people'])] }),
      // Trap: different holders called a conflict (a false positive too).
      claim(sentence('a.txt', '40 seats'), { conflicting: [conflict('b.txt', '12 seats', '40 seats vs 12 seats', ['a.txt', '40 seats'], ['b.txt', '12 seats'])] }),
      // Plain false positive, no spans named.
      claim(sentence('a.txt', 'reached €40'), { conflicting: [conflict('c.txt', '14 people died', 'made up')] }),
      // Corroboration: a+b held by one claim, b+c by another; a+c by none.
      claim(sentence('a.txt', 'reached €40'), { corroborating: [{ ...sentence('b.txt', 'reached €40'), score: 0.5 } as PassageLike] }),
      claim(sentence('c.txt', 'totalled'), { corroborating: [sentence('b.txt', 'reached €40')] }),
      // Update: the later report on the claim's timeline.
      claim(sentence('a.txt', '27 dead'), { updates: [sentence('b.txt', '29 dead')] }),
    ];
    const s = score(set, located(set), claims);
    assert.deepEqual(s.conflicts, { predicted: 3, correct: 1, gold: 2, found: 1 });
    assert.deepEqual(s.traps, { total: 1, hit: 1 });
    assert.deepEqual(s.corroborations, { pairs: 3, found: 2 });
    assert.deepEqual(s.updates, { pairs: 1, found: 1 });
    assert.equal(s.falsePositives.length, 2);
    assert.deepEqual(s.falsePositives.map((p) => p.traps), [[0], []]);
    assert.deepEqual(s.falsePositives.map((p) => p.entries[0].reason), ['40 seats vs 12 seats', 'made up']);
    assert.deepEqual(s.missedConflicts.map((m) => m.a.needle), ['14 people died']);
    assert.deepEqual(s.missedCorroborations.map((m) => [m.a.doc, m.b.doc]), [['a.txt', 'c.txt']]);
    assert.deepEqual(s.trapsHit.map((h) => h.index), [0]);
    assert.deepEqual(ratios(s), { conflictPrecision: 1 / 3, conflictRecall: 0.5, corroborationRecall: 2 / 3, updateRecall: 1 });
  });

  it('needs the named figure span to overlap the needle; sentence pairs are deduplicated with all their spans', () => {
    const set = makeSet();
    const wrongFigure = conflict('b.txt', 'killed 16', 'Monday vs Monday', ['a.txt', 'Monday'], ['b.txt', 'Monday']);
    const s1 = score(set, located(set), [claim(sentence('a.txt', 'killed 14'), { conflicting: [wrongFigure] })]);
    assert.deepEqual(s1.conflicts, { predicted: 1, correct: 0, gold: 2, found: 0 });
    // Same sentence pair, a second entry naming the right figures: still one predicted pair, now correct.
    const right = conflict('b.txt', 'killed 16', '14 vs 16', ['a.txt', '14 people'], ['b.txt', '16 people']);
    const claims = [claim(sentence('a.txt', 'killed 14'), { conflicting: [wrongFigure, right] })];
    assert.equal(predictedConflicts(claims).length, 1);
    assert.deepEqual(score(set, located(set), claims).conflicts, { predicted: 1, correct: 1, gold: 2, found: 1 });
  });

  it('an update called a conflict is a listed false positive and the update is not found; absent updates/related are fine', () => {
    const set = makeSet();
    const claims = [claim(sentence('a.txt', '27 dead'), { conflicting: [conflict('b.txt', '29 dead', '27 vs 29', ['a.txt', '27 dead'], ['b.txt', '29 dead'])] })];
    const s = score(set, located(set), claims);
    assert.deepEqual(s.conflicts, { predicted: 1, correct: 0, gold: 2, found: 0 });
    assert.deepEqual(s.falsePositives.map((p) => p.updates), [[0]]);
    assert.deepEqual(s.updates, { pairs: 1, found: 0 });
    assert.equal(s.missedUpdates[0].note, 'called a conflict');
    // On a timeline and called a conflict as well: still not reported as an update.
    const both = [{ ...claims[0], updates: [sentence('b.txt', '29 dead')] }];
    assert.deepEqual(score(set, located(set), both).updates, { pairs: 1, found: 0 });
    assert.deepEqual(score(set, located(set), []).updates, { pairs: 1, found: 0 });
  });

  it('consecutive update pairs and cross-document corroboration pairs only', () => {
    const set = makeSet();
    set.updates = [{ fact: 't', passages: [{ doc: 'a.txt', needle: '27 dead' }, { doc: 'b.txt', needle: '29 dead' }, { doc: 'c.txt', needle: '14 people died' }] }];
    set.corroborations = [{ fact: 'f', passages: [{ doc: 'a.txt', needle: 'killed 14' }, { doc: 'a.txt', needle: 'reached €40' }, { doc: 'b.txt', needle: 'reached €40' }] }];
    const s = score(set, located(set), [claim(sentence('a.txt', '27 dead'), { updates: [sentence('b.txt', '29 dead'), sentence('c.txt', '14 people died')] })]);
    assert.deepEqual(s.updates, { pairs: 2, found: 2 });
    assert.deepEqual(s.corroborations, { pairs: 2, found: 0 });
  });

  it('sums counts for the total row and reports every --check failure', () => {
    const set = makeSet();
    const one = score(set, located(set), []);
    const total = sumCounts([one, one]);
    assert.deepEqual(total.conflicts, { predicted: 0, correct: 0, gold: 4, found: 0 });
    assert.deepEqual(total.corroborations, { pairs: 6, found: 0 });
    const failures = checkFailures(total);
    assert.equal(failures.length, 3); // recall, corroboration recall, update recall (precision 0/0 passes)
    assert.match(failures.join('\n'), /conflict recall 0\.00 \(0\/4\)/);
    const good = sumCounts([{ conflicts: { predicted: 10, correct: 9, gold: 10, found: 7 }, corroborations: { pairs: 4, found: 3 }, updates: { pairs: 0, found: 0 }, traps: { total: 2, hit: 0 } }]);
    assert.deepEqual(checkFailures(good), []);
    assert.equal(checkFailures({ ...good, traps: { total: 2, hit: 1 } }).length, 1);
  });

  it('reports missing and repeated needles', () => {
    const set = makeSet();
    set.traps.push({ a: { doc: 'a.txt', needle: 'nowhere' }, b: { doc: 'b.txt', needle: 'Monday' } });
    set.conflicts.push({ a: { doc: 'c.txt', needle: '€40 million' }, b: { doc: 'a.txt', needle: '.' } });
    const { errors } = locateAll(set, TEXTS);
    assert.equal(errors.length, 2);
    assert.match(errors.join('\n'), /not found in a\.txt/);
    assert.match(errors.join('\n'), /more than once in a\.txt/);
  });
});

describe('eval scoring: a timeline value group', () => {
  it('two updates of one claim that give one value corroborate each other; two values do not', () => {
    const set = makeSet();
    const one = claim(sentence('c.txt', '14 people died'), {
      updates: [{ ...sentence('a.txt', 'reached €40 million'), value: '40 EUR' }, { ...sentence('b.txt', 'reached €40 million'), value: '40 EUR' }],
    });
    assert.equal(score(set, located(set), [one]).corroborations.found, 1);
    const two = claim(sentence('c.txt', '14 people died'), {
      updates: [{ ...sentence('a.txt', 'reached €40 million'), value: '40 EUR' }, { ...sentence('b.txt', 'reached €40 million'), value: '41 EUR' }],
    });
    assert.equal(score(set, located(set), [two]).corroborations.found, 0);
  });
});
