// Pure scoring of the engine's claims against one labelled set (rules: test/eval/README.md, "Scoring").
// No file access and no engine here: run.ts analyses the documents and passes the claims in.
import { locate, needlesOf, type EvalSet, type Needle, type PairItem } from './sets';

export interface Span { start: number; end: number }
export interface PassageLike extends Span { doc: string; text: string }
export interface ConflictLike extends PassageLike { reason?: string; kind?: string; ours?: Span; theirs?: Span }

/** The shape of a claim the scorer reads: a structural subset of src/core/model.ts Claim, so fields the
 *  engine adds later (or leaves out: `updates`, `related`) never break the harness. */
export interface ClaimLike extends PassageLike {
  id?: string;
  /** The claim's own fact span inside its passage, when the engine names it. */
  focus?: Span;
  corroborating: Array<PassageLike & { focus?: Span }>;
  conflicting: ConflictLike[];
  /** The same fact at later reporting dates: the claim plus its updates form a timeline. */
  updates?: Array<PassageLike & { value?: string }>;
  related?: Array<PassageLike & { note?: string }>;
}

/** Where each needle of the set lies in its document (keyed by the needle object of the set). */
export type Located = Map<Needle, Span>;

/** Locate every needle of the set (sets.ts `locate`): missing or repeated needles are returned as errors. */
export function locateAll(set: EvalSet, texts: Map<string, string>): { located: Located; errors: string[] } {
  const located: Located = new Map();
  const errors: string[] = [];
  for (const n of needlesOf(set)) {
    try { located.set(n, locate(texts, n)); } catch (e) { errors.push((e as Error).message); }
  }
  return { located, errors };
}

/** One predicted conflict: an unordered sentence pair, with every engine entry that links the two. */
export interface PredictedConflict {
  a: PassageLike;
  b: PassageLike;
  /** The engine's entries for this sentence pair, oriented a -> b (ours in a, theirs in b). */
  entries: Array<{ reason: string; ours?: Span; theirs?: Span }>;
  /** Indices into set.conflicts this pair matches (non-empty: a true positive). */
  gold: number[];
  /** Indices into set.traps this pair matches. */
  traps: number[];
  /** Indices into set.updates of the groups two of whose passages this pair matches. */
  updates: number[];
  /** Indices into set.wording (same quote worded differently) this pair matches. */
  wording: number[];
}

export interface MissedPair { fact: string; a: Needle; b: Needle; note?: string }

export interface SetScore {
  conflicts: {
    predicted: number;      // predicted pairs (deduplicated per unordered sentence pair)
    correct: number;        // predicted pairs matching a gold conflict
    gold: number;           // gold conflicts
    found: number;          // gold conflicts matched by a predicted pair
  };
  corroborations: { pairs: number; found: number };
  updates: { pairs: number; found: number };
  traps: { total: number; hit: number };
  /** Distinct pairs (different things) that one claim links anyway, as agreeing, conflicting or an update. */
  distinct: { total: number; linked: number };
  distinctLinked: PairItem[];
  /** Predicted pairs matching no gold conflict (those matching a trap or an update say so). */
  falsePositives: PredictedConflict[];
  missedConflicts: MissedPair[];
  missedCorroborations: MissedPair[];
  missedUpdates: MissedPair[];
  /** Traps called conflicts, with the predicted pair that hit each. */
  trapsHit: Array<{ trap: PairItem; index: number; by: PredictedConflict }>;
  /** Predicted pairs that match a gold conflict and a trap or an update as well (counted correct). */
  ambiguous: PredictedConflict[];
}

const inside = (p: PassageLike, n: Needle, at: Span): boolean => p.doc === n.doc && p.start <= at.start && at.end <= p.end;
const overlaps = (s: Span | undefined, at: Span): boolean => !s || (s.start < at.end && at.start < s.end);
const key = (p: PassageLike): string => `${p.doc}\u0000${p.start}\u0000${p.end}`;

function where(located: Located, n: Needle): Span {
  const at = located.get(n);
  if (!at) { throw new Error(`needle ${JSON.stringify(n.needle)} in ${n.doc} was not located`); }
  return at;
}

/** Does one engine entry (passage x with span sx vs passage y with span sy) link needles m and n, either way round? */
function entryMatches(x: PassageLike, sx: Span | undefined, y: PassageLike, sy: Span | undefined,
  m: Needle, mAt: Span, n: Needle, nAt: Span): boolean {
  const one = (p: PassageLike, sp: Span | undefined, q: Needle, qAt: Span): boolean => inside(p, q, qAt) && overlaps(sp, qAt);
  return (one(x, sx, m, mAt) && one(y, sy, n, nAt)) || (one(x, sx, n, nAt) && one(y, sy, m, mAt));
}

function pairMatches(pc: PredictedConflict, located: Located, m: Needle, n: Needle): boolean {
  const mAt = where(located, m), nAt = where(located, n);
  return pc.entries.some((e) => entryMatches(pc.a, e.ours, pc.b, e.theirs, m, mAt, n, nAt));
}

/** Every pair of passages of a group, optionally only those from different documents / consecutive ones. */
function groupPairs(passages: Needle[], mode: 'all-cross-doc' | 'consecutive' | 'all'): Array<[Needle, Needle]> {
  const out: Array<[Needle, Needle]> = [];
  if (mode === 'consecutive') {
    for (let i = 0; i + 1 < passages.length; i++) { out.push([passages[i], passages[i + 1]]); }
    return out;
  }
  for (let i = 0; i < passages.length; i++) {
    for (let j = i + 1; j < passages.length; j++) {
      if (mode === 'all' || passages[i].doc !== passages[j].doc) { out.push([passages[i], passages[j]]); }
    }
  }
  return out;
}

/** The engine's conflicts as unordered sentence pairs, one per pair, keeping every entry's spans. A claim
 *  is one fact: the passages that corroborate it contradict its conflicting passages as much as the claim
 *  passage does (the tree shows "14 — 3 sources · 16 — 1 source"), so those pairs are predicted too. */
export function predictedConflicts(claims: readonly ClaimLike[]): PredictedConflict[] {
  const byKey = new Map<string, PredictedConflict>();
  for (const claim of claims) {
    if (!claim.conflicting.length) { continue; }
    const sides: Array<{ p: PassageLike; focus?: Span; self: boolean }> = [{ p: claim, focus: undefined, self: true }];
    for (const s of claim.corroborating) { sides.push({ p: s, focus: s.focus, self: false }); }
    for (const side of sides) for (const e0 of claim.conflicting) {
      if (side.p.doc === e0.doc) { continue; }
      const c = side.p;
      const e: ConflictLike = side.self ? e0 : { ...e0, ours: side.focus };
      const kc = key(c), ke = key(e);
      const flip = kc > ke;
      const k = flip ? `${ke}\u0001${kc}` : `${kc}\u0001${ke}`;
      let pc = byKey.get(k);
      if (!pc) {
        pc = { a: flip ? e : c, b: flip ? c : e, entries: [], gold: [], traps: [], updates: [], wording: [] };
        byKey.set(k, pc);
      }
      const reason = e.reason ?? '';
      pc.entries.push(flip ? { reason, ours: e.theirs, theirs: e.ours } : { reason, ours: e.ours, theirs: e.theirs });
    }
  }
  return [...byKey.values()];
}

export function score(set: EvalSet, located: Located, claims: readonly ClaimLike[]): SetScore {
  const predicted = predictedConflicts(claims);
  const wording = set.wording ?? [];

  // Conflicts: precision over predicted pairs, recall over gold conflicts.
  for (const pc of predicted) {
    set.conflicts.forEach((g, i) => { if (pairMatches(pc, located, g.a, g.b)) { pc.gold.push(i); } });
    set.traps.forEach((t, i) => { if (pairMatches(pc, located, t.a, t.b)) { pc.traps.push(i); } });
    set.updates.forEach((u, i) => {
      if (groupPairs(u.passages, 'all').some(([m, n]) => pairMatches(pc, located, m, n))) { pc.updates.push(i); }
    });
    wording.forEach((w, i) => { if (pairMatches(pc, located, w.a, w.b)) { pc.wording.push(i); } });
  }
  const correct = predicted.filter((pc) => pc.gold.length);
  const foundGold = new Set(correct.flatMap((pc) => pc.gold));
  const missedConflicts: MissedPair[] = [];
  set.conflicts.forEach((g, i) => {
    if (foundGold.has(i)) { return; }
    const note = relatedNote(claims, located, g.a, g.b);
    missedConflicts.push({ fact: g.fact ?? '', a: g.a, b: g.b, ...(note ? { note } : {}) });
  });

  // Traps: each trap once, whichever predicted pair calls it a conflict.
  const trapsHit: SetScore['trapsHit'] = [];
  set.traps.forEach((t, i) => {
    const by = predicted.find((pc) => pc.traps.includes(i));
    if (by) { trapsHit.push({ trap: t, index: i, by }); }
  });

  // Corroborations: a cross-document pair is found when one claim holds both (as the claim or corroborating).
  // ... or as two updates of one claim that give one value (one value group of its timeline: "29 — 2 sources")
  const holders: PassageLike[][] = claims.map((c) => [c, ...c.corroborating]);
  for (const c of claims) {
    const byValue = new Map<string, PassageLike[]>();
    for (const u of c.updates ?? []) { if (u.value) { byValue.set(u.value, [...(byValue.get(u.value) ?? []), u]); } }
    for (const g of byValue.values()) { if (g.length > 1) { holders.push(g); } }
  }
  let corrPairs = 0, corrFound = 0;
  const missedCorroborations: MissedPair[] = [];
  for (const g of set.corroborations) {
    for (const [m, n] of groupPairs(g.passages, 'all-cross-doc')) {
      corrPairs++;
      const mAt = where(located, m), nAt = where(located, n);
      if (holders.some((h) => h.some((p) => inside(p, m, mAt)) && h.some((p) => inside(p, n, nAt)))) { corrFound++; }
      else { missedCorroborations.push({ fact: g.fact, a: m, b: n }); }
    }
  }

  // Updates: each consecutive pair is found when one claim's timeline (claim + updates) holds both and no
  // predicted conflict links them (an update called a conflict is not reported as an update).
  // a claim's corroborating passages state its own value, so they sit on its timeline with it
  const timelines = claims.filter((c) => c.updates?.length).map((c) => [c, ...c.corroborating, ...(c.updates ?? [])]);
  let updPairs = 0, updFound = 0;
  const missedUpdates: MissedPair[] = [];
  for (const g of set.updates) {
    for (const [m, n] of groupPairs(g.passages, 'consecutive')) {
      updPairs++;
      const mAt = where(located, m), nAt = where(located, n);
      const onTimeline = timelines.some((t) => t.some((p) => inside(p, m, mAt)) && t.some((p) => inside(p, n, nAt)));
      const asConflict = predicted.some((pc) => pairMatches(pc, located, m, n));
      if (onTimeline && !asConflict) { updFound++; }
      else {
        missedUpdates.push({ fact: g.fact, a: m, b: n, note: asConflict ? 'called a conflict' : 'not on one timeline' });
      }
    }
  }

  // Distinct pairs: linked when one claim holds both needles among its passages (where a passage names its
  // fact's span, the needle must overlap that span: a sentence of two facts is linked only on the one)
  const distinctLinked: PairItem[] = [];
  const sides = claims.map((c) => [
    { p: c as PassageLike, s: c.focus }, ...c.corroborating.map((e) => ({ p: e as PassageLike, s: e.focus })),
    ...c.conflicting.map((e) => ({ p: e as PassageLike, s: e.theirs })),
    ...(c.updates ?? []).map((e) => ({ p: e as PassageLike, s: undefined as Span | undefined })),
  ]);
  for (const d of set.distinct ?? []) {
    const aAt = where(located, d.a), bAt = where(located, d.b);
    const holds = (side: Array<{ p: PassageLike; s?: Span }>, n: Needle, at: Span) => side.some((x) => inside(x.p, n, at) && overlaps(x.s, at));
    if (sides.some((side) => holds(side, d.a, aAt) && holds(side, d.b, bAt))) { distinctLinked.push(d); }
  }

  return {
    distinct: { total: set.distinct?.length ?? 0, linked: distinctLinked.length },
    distinctLinked,
    conflicts: { predicted: predicted.length, correct: correct.length, gold: set.conflicts.length, found: foundGold.size },
    corroborations: { pairs: corrPairs, found: corrFound },
    updates: { pairs: updPairs, found: updFound },
    traps: { total: set.traps.length, hit: trapsHit.length },
    falsePositives: predicted.filter((pc) => !pc.gold.length),
    missedConflicts,
    missedCorroborations,
    missedUpdates,
    trapsHit,
    ambiguous: correct.filter((pc) => pc.traps.length || pc.updates.length),
  };
}

/** When a missed gold conflict was shown as related instead ("another period"), the engine's note. */
function relatedNote(claims: readonly ClaimLike[], located: Located, m: Needle, n: Needle): string | undefined {
  const mAt = where(located, m), nAt = where(located, n);
  for (const c of claims) {
    for (const r of c.related ?? []) {
      if ((inside(c, m, mAt) && inside(r, n, nAt)) || (inside(c, n, nAt) && inside(r, m, mAt))) {
        return `shown as related: ${r.note ?? ''}`.trim();
      }
    }
  }
  return undefined;
}

/** Counts of several sets summed (the table's total row). */
export interface Counts {
  conflicts: SetScore['conflicts'];
  corroborations: SetScore['corroborations'];
  updates: SetScore['updates'];
  traps: SetScore['traps'];
  distinct?: SetScore['distinct'];
}

export function sumCounts(scores: readonly Counts[]): Counts {
  const t: Counts = {
    conflicts: { predicted: 0, correct: 0, gold: 0, found: 0 },
    corroborations: { pairs: 0, found: 0 },
    updates: { pairs: 0, found: 0 },
    traps: { total: 0, hit: 0 },
    distinct: { total: 0, linked: 0 },
  };
  for (const s of scores) {
    t.conflicts.predicted += s.conflicts.predicted; t.conflicts.correct += s.conflicts.correct;
    t.conflicts.gold += s.conflicts.gold; t.conflicts.found += s.conflicts.found;
    t.corroborations.pairs += s.corroborations.pairs; t.corroborations.found += s.corroborations.found;
    t.updates.pairs += s.updates.pairs; t.updates.found += s.updates.found;
    t.traps.total += s.traps.total; t.traps.hit += s.traps.hit;
    t.distinct!.total += s.distinct?.total ?? 0; t.distinct!.linked += s.distinct?.linked ?? 0;
  }
  return t;
}

/** The ratios of a count set; null where the denominator is 0. */
export function ratios(c: Counts): { conflictPrecision: number | null; conflictRecall: number | null; corroborationRecall: number | null; updateRecall: number | null } {
  const r = (n: number, d: number): number | null => (d ? n / d : null);
  return {
    conflictPrecision: r(c.conflicts.correct, c.conflicts.predicted),
    conflictRecall: r(c.conflicts.found, c.conflicts.gold),
    corroborationRecall: r(c.corroborations.found, c.corroborations.pairs),
    updateRecall: r(c.updates.found, c.updates.pairs),
  };
}

export const THRESHOLDS = { conflictPrecision: 0.9, conflictRecall: 0.7, corroborationRecall: 0.75, updateRecall: 1 } as const;

/** The --check failures over the total (empty: pass). A ratio with nothing to measure (0/0) passes. */
export function checkFailures(total: Counts): string[] {
  const r = ratios(total);
  const out: string[] = [];
  const fmt = (x: number): string => x.toFixed(2);
  if (r.conflictPrecision !== null && r.conflictPrecision < THRESHOLDS.conflictPrecision) {
    out.push(`conflict precision ${fmt(r.conflictPrecision)} (${total.conflicts.correct}/${total.conflicts.predicted}) < ${THRESHOLDS.conflictPrecision}`);
  }
  if (r.conflictRecall !== null && r.conflictRecall < THRESHOLDS.conflictRecall) {
    out.push(`conflict recall ${fmt(r.conflictRecall)} (${total.conflicts.found}/${total.conflicts.gold}) < ${THRESHOLDS.conflictRecall}`);
  }
  if (r.corroborationRecall !== null && r.corroborationRecall < THRESHOLDS.corroborationRecall) {
    out.push(`corroboration recall ${fmt(r.corroborationRecall)} (${total.corroborations.found}/${total.corroborations.pairs}) < ${THRESHOLDS.corroborationRecall}`);
  }
  if (total.traps.hit > 0) { out.push(`${total.traps.hit} of ${total.traps.total} traps called conflicts (must be 0)`); }
  if (r.updateRecall !== null && r.updateRecall < THRESHOLDS.updateRecall) {
    out.push(`update recall ${fmt(r.updateRecall)} (${total.updates.found}/${total.updates.pairs}) < 1`);
  }
  return out;
}
