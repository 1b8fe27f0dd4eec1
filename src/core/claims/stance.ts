// Stance between two claim units from different documents: do they corroborate, conflict, or
// talk about the same thing in a way that cannot be compared (another window, another event)?
// Written by hand: no library judges agreement between figures, dates and quotes in news text.
import { diffArrays } from 'diff';
import type { ConflictKind, Figure, Period, Quote, Span, WordDiff } from '../model';
import type { ClaimUnit, UnitFigure } from './units';

export interface ConflictItem {
  kind: ConflictKind;
  reason: string;
  ours?: Span;
  theirs?: Span;
  diff?: WordDiff[];
}

export type Relation =
  | { type: 'corroborates'; basis: string }
  | ({ type: 'conflicts'; /** further disagreements between the same two passages */ more?: ConflictItem[] } & ConflictItem)
  | { type: 'related'; note: string }
  | { type: 'none' };

/** Concepts that name an event (what happened in a year) rather than the topic. */
const EVENT_CONCEPTS = new Set(['sign', 'force', 'build', 'complete', 'start', 'death', 'arrest']);
/** Event concepts that say when something happened, not what a number measures. */
const TIMING_CONCEPTS = new Set(['sign', 'force', 'build', 'complete', 'start']);

export interface StanceContext {
  /** Entity keys and identifiers mentioned anywhere in a document. */
  docNames(doc: string): ReadonlySet<string>;
}

export function compareUnits(a: ClaimUnit, b: ClaimUnit, similarity: number, ctx: StanceContext): Relation {
  const quote = compareQuotes(a, b);
  if (quote.type === 'conflicts') { return quote; }

  let agree: Relation | undefined = quote.type === 'corroborates' ? quote : undefined;
  let related: Relation | undefined;
  const conflicts: Extract<Relation, { type: 'conflicts' }>[] = [];
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      const r = compareFigures(fa, fb, a, b, ctx);
      if (r.type === 'conflicts') { conflicts.push(r); }
      else if (r.type === 'corroborates') { agree ??= r; }
      else if (r.type === 'related') { related ??= r; }
    }
  }
  if (conflicts.length) {
    // One passage may contradict several figures at once: each disagreement is reported on its own,
    // pointing at its own pair of figures.
    const seen = new Set<string>();
    const distinct = conflicts.filter((c) => !seen.has(c.reason) && seen.add(c.reason));
    return distinct.length > 1 ? { ...distinct[0], more: distinct.slice(1) } : distinct[0];
  }
  if (agree) { return agree; }
  if (related) { return related; }
  // No comparable figure or quote: the same proposition when the wording is close enough.
  if (similarity >= 0.55 && sharedCount(a.predicate, b.predicate) >= 2) { return { type: 'corroborates', basis: 'same statement' }; }
  return { type: 'none' };
}

function sharedCount(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) { if (b.includes(x)) { n++; } }
  return n;
}

// ---------------------------------------------------------------- figures

function compareFigures(fa: UnitFigure, fb: UnitFigure, a: ClaimUnit, b: ClaimUnit, ctx: StanceContext): Relation {
  const x = fa.figure;
  const y = fb.figure;
  if (x.kind !== y.kind || fa.periodOnly || fb.periodOnly || fa.capacity !== fb.capacity) { return NONE; }
  // A figure next to a name the other source never mentions is about something else
  // (another aircraft, another city): never compare it.
  if (foreign(fa.names, ctx.docNames(b.doc)) || foreign(fb.names, ctx.docNames(a.doc))) { return NONE; }

  if (x.kind === 'year' || x.kind === 'date') { return compareEvents(fa, fb); }

  if ((x.unit ?? '') !== (y.unit ?? '')) { return NONE; }
  if (!sameMeasure(fa, fb)) { return NONE; }
  const pa = x.period;
  const pb = y.period;
  if (!periodsCompatible(pa, pb)) {
    return { type: 'related', note: `different period: ${x.text}${pa ? ` (${pa.text})` : ''} vs ${y.text}${pb ? ` (${pb.text})` : ''}` };
  }
  if (valuesCompatible(x, y)) { return { type: 'corroborates', basis: `${x.text} ~ ${y.text}` }; }
  const what = measureName(fa, fb);
  return {
    type: 'conflicts',
    kind: 'figure',
    reason: `${show(x)} vs ${show(y)}: same ${what}, different value`,
    ours: span(x),
    theirs: span(y),
  };
}

function compareEvents(fa: UnitFigure, fb: UnitFigure): Relation {
  const ea = eventsOf(fa);
  const eb = eventsOf(fb);
  if (!ea.size || !eb.size) { return NONE; }
  const shared = [...ea].filter((e) => eb.has(e));
  const x = fa.figure;
  const y = fb.figure;
  if (!shared.length) {
    return { type: 'related', note: `different events: ${[...ea].map(eventWord).join('/')} (${x.text}) vs ${[...eb].map(eventWord).join('/')} (${y.text})` };
  }
  const same = x.kind === 'year' ? x.value === y.value : sameDate(x.iso, y.iso);
  if (same) { return { type: 'corroborates', basis: `${x.text} ~ ${y.text}` }; }
  if (x.kind === 'date' && !comparableDates(x.iso, y.iso)) { return NONE; }
  const noun = x.kind === 'year' ? 'year' : 'date';
  return {
    type: 'conflicts',
    kind: x.kind === 'year' ? 'year' : 'date',
    reason: `${x.text} vs ${y.text}: same event (${shared.map(eventWord).join(', ')}), different ${noun}`,
    ours: span(x),
    theirs: span(y),
  };
}

function eventsOf(f: UnitFigure): Set<string> {
  const pick = (s: Set<string>) => new Set([...s].filter((c) => EVENT_CONCEPTS.has(c)));
  const before = pick(f.before);
  return before.size ? before : pick(f.around);
}

const EVENT_WORDS: Record<string, string> = {
  sign: 'signed', force: 'entered into force', build: 'built', complete: 'completed', start: 'began',
  death: 'deaths', arrest: 'arrests',
};

function eventWord(c: string): string {
  return EVENT_WORDS[c] ?? c;
}

function sameMeasure(fa: UnitFigure, fb: UnitFigure): boolean {
  const ca = fa.figure.counted;
  const cb = fb.figure.counted;
  if (ca && cb && headNoun(ca) !== headNoun(cb)) {
    // "people" vs "passengers and crew" are different counts even when both died
    return false;
  }
  for (const c of fa.around) { if (!TIMING_CONCEPTS.has(c) && fb.around.has(c)) { return true; } }
  if (ca && cb) { return true; }
  // no concept on either side: require shared content words right next to the figure
  let shared = 0;
  for (const w of fa.window) { if (fb.window.includes(w)) { shared++; } }
  return shared >= 2;
}

function headNoun(counted: string): string {
  const words = counted.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.join(' ').replace(/s\b/g, '');
}

function measureName(fa: UnitFigure, fb: UnitFigure): string {
  if (fa.figure.counted) { return `count of ${fa.figure.counted}`; }
  const shared = [...fa.around].filter((c) => fb.around.has(c));
  const kind = fa.figure.kind === 'percent' ? 'percentage' : fa.figure.kind === 'money' ? 'amount' : 'measure';
  return shared.length ? `${kind} (${shared.join(', ')})` : kind;
}

/** Windows differ when both state one and they disagree, or when one is a partial-year window
 *  ("first 10 months of 2025") and the other states none. */
export function periodsCompatible(a: Period | undefined, b: Period | undefined): boolean {
  if (!a && !b) { return true; }
  if (!a || !b) { return !(a ?? b)!.months; }
  if ((a.months ?? 0) !== (b.months ?? 0)) { return false; }
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) { return false; }
  if (a.from !== undefined && b.from !== undefined && a.from !== b.from) { return false; }
  if (a.to !== undefined && b.to !== undefined && a.to !== b.to) { return false; }
  return true;
}

export function valuesCompatible(x: Figure, y: Figure): boolean {
  if (x.value === null || y.value === null) { return true; }
  const a = x.value;
  const b = y.value;
  if (a === b) { return true; }
  const lower = (f: Figure) => f.qualifier === 'over' || f.qualifier === 'at-least';
  const upper = (f: Figure) => f.qualifier === 'under' || f.qualifier === 'at-most';
  if (lower(x) && b >= a) { return true; }
  if (lower(y) && a >= b) { return true; }
  if (upper(x) && b <= a) { return true; }
  if (upper(y) && a <= b) { return true; }
  const rel = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  if (x.qualifier === 'approx' || y.qualifier === 'approx') { return rel <= 0.1; }
  // rounding: "66.8 billion" vs "66.79 billion"
  return rel <= 0.005;
}

function sameDate(a: string | null, b: string | null): boolean {
  if (!a || !b) { return false; }
  return a === b || monthDay(a) === monthDay(b) && (a.startsWith('--') || b.startsWith('--'));
}

function comparableDates(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.length === b.length;
}

function monthDay(iso: string): string {
  return iso.slice(-5);
}

function foreign(names: readonly string[], other: ReadonlySet<string>): boolean {
  return names.some((n) => !other.has(n));
}

function show(f: Figure): string {
  return f.qualifierText ? `${f.qualifierText} ${f.text}` : f.text;
}

function span(f: Figure): Span {
  return { start: f.start, end: f.end };
}

// ---------------------------------------------------------------- quotes

function compareQuotes(a: ClaimUnit, b: ClaimUnit): Relation {
  let agree: Relation | undefined;
  for (const [i, qa] of a.quotes.entries()) {
    if (!qa.speakerKey) { continue; }
    for (const [j, qb] of b.quotes.entries()) {
      if (qb.speakerKey !== qa.speakerKey) { continue; }
      const { raw: wa, norm: na } = a.quoteWords[i];
      const { raw: wb, norm: nb } = b.quoteWords[j];
      if (!wa.length || !wb.length) { continue; }
      if (contains(na, nb) || contains(nb, na)) {
        agree ??= { type: 'corroborates', basis: `same words of ${qa.speaker ?? 'the speaker'}` };
        continue;
      }
      if (!wordingRelated(na, nb)) { continue; }
      const diff = wordDiff(wa, wb);
      const [ours, theirs] = changedRegion(diff);
      return {
        type: 'conflicts',
        kind: 'quote-wording',
        reason: `${qa.speaker ?? 'The speaker'} quoted differently: “${ours}” vs “${theirs}”`,
        ours: { start: qa.start, end: qa.end },
        theirs: { start: qb.start, end: qb.end },
        diff,
      };
    }
  }
  return agree ?? NONE;
}

const QWORD = /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu;

/** The words of a quote as written and normalized for comparison (computed once per claim unit). */
export function quoteWords(q: Quote, text: string): { raw: string[]; norm: string[] } {
  const raw = text.slice(q.inner.start, q.inner.end).match(QWORD) ?? [];
  return { raw, norm: raw.map(norm) };
}

function norm(w: string): string {
  return w.toLowerCase().replace(/’/g, "'");
}

/** `inner` occurs in `outer` as a contiguous run of words. */
function contains(outer: string[], inner: string[]): boolean {
  if (inner.length > outer.length) { return false; }
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) { if (outer[i + j] !== inner[j]) { continue outer; } }
    return true;
  }
  return false;
}

/** Two renderings of the same words: most words shared (short quotes: at least one content word). */
function wordingRelated(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const w of sa) { if (sb.has(w)) { shared++; } }
  const dice = (2 * shared) / (sa.size + sb.size);
  if (Math.max(a.length, b.length) <= 4) { return shared >= 1 && dice >= 0.4; }
  return dice >= 0.6;
}

/** The words from the first to the last change, as each side has them. */
function changedRegion(diff: WordDiff[]): [string, string] {
  const first = diff.findIndex((d) => d.op !== 'same');
  let last = diff.length - 1;
  while (last > first && diff[last].op === 'same') { last--; }
  const region = diff.slice(first, last + 1);
  const side = (skip: WordDiff['op']) => region.filter((d) => d.op !== skip).map((d) => d.text).join(' ');
  return [side('added'), side('removed')];
}

/** Word-level difference, with changes read as regions: a lone shared word between two changes
 *  ("in [a] generation" vs "in half [a] century") belongs to the changed region on both sides. */
export function wordDiff(a: string[], b: string[]): WordDiff[] {
  const parts = diffArrays(a, b, { comparator: (x: string, y: string) => norm(x) === norm(y) }).map((p) => ({
    op: (p.added ? 'added' : p.removed ? 'removed' : 'same') as WordDiff['op'],
    words: p.value as string[],
  }));
  const out: WordDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length) { out.push({ op: 'removed', text: removed.join(' ') }); }
    if (added.length) { out.push({ op: 'added', text: added.join(' ') }); }
    removed = [];
    added = [];
  };
  parts.forEach((p, i) => {
    const flanked = i > 0 && i < parts.length - 1 && parts[i - 1].op !== 'same' && parts[i + 1].op !== 'same';
    if (p.op === 'same' && !(flanked && p.words.length === 1)) {
      flush();
      out.push({ op: 'same', text: p.words.join(' ') });
    } else {
      if (p.op !== 'added') { removed.push(...p.words); }
      if (p.op !== 'removed') { added.push(...p.words); }
    }
  });
  flush();
  return out;
}

const NONE: Relation = { type: 'none' };
