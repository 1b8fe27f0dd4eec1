// Stance between two facts from different documents. Two facts are compared only when every slot that
// says what they are about agrees (measure, predicate class, holder, scope, time, role); then a conflict
// is disjoint value intervals, not different numbers, and the same fact with another value in a later
// report is an update. Quotes are compared on their overlapping words, editorial brackets and ellipses
// ignored; a change of order or a dropped word is a wording variant, never a conflict.
// Written by hand: no library judges agreement between facts in news text.
import type { ConflictKind, Fact, WordDiff } from '../model';
import { isStopword, stemWord } from '../claims/lexicon';
import { unitFactor } from '../extract/figures/units';
import { nameSpellings } from '../extract/keys';
import { isDemonym } from '../extract/entities/lexicon';
import { CUMULATIVE_CLASSES, DAY_PHRASES, EPISODIC_CLASSES, MOVING_COUNT_CLASSES, PEOPLE_NOUNS } from '../lang/en/facts';
import { measureLemma } from './extract';
import { GAP } from './quoteWords';
import { wordDiff } from './wordDiff';

export interface FactSide {
  fact: Fact;
  doc: string;
  /** The reporting date of the fact's document, when known. */
  reported: string | null;
  /** Entity keys mentioned anywhere in the fact's document. */
  names: ReadonlySet<string>;
}

export type FactRelation =
  | { type: 'same'; basis: string }
  | { type: 'conflict'; kind: ConflictKind; reason: string; diff?: WordDiff[] }
  | { type: 'update'; reason: string }
  | { type: 'variant'; reason: string; diff?: WordDiff[] }
  | { type: 'related'; note: string }
  | { type: 'none' };

const NONE: FactRelation = { type: 'none' };

/** Events that happen once to their holder: a different year is a contradiction. Other dated events
 *  (a win, a start, a departure) recur, so a different year is another occurrence. */
const ONCE_EVENTS = new Set(['build', 'found', 'born', 'complete', 'force', 'sign']);
/** Counts of people harmed: whose they are is not a place. */
const CASUALTY_CLASSES = new Set(['death', 'injury', 'missing', 'rescue', 'evacuation']);
/** Measures too generic to identify a fact without a predicate. */
const GENERIC_MEASURES = new Set(['person', 'percent', 'time', 'thing', 'other', 'more', 'year', 'day', 'month', 'week']);
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot', "won't", "don't", "didn't", "isn't", "wasn't", "aren't"]);

const PREDICATE_WORDS: Record<string, string> = {
  death: 'killed', injury: 'injured', missing: 'missing', arrest: 'arrested', charge: 'charged', evacuation: 'evacuated',
  rescue: 'rescued', attack: 'attacks', seat: 'seats', vote: 'votes', win: 'won', rise: 'rose', fall: 'fell', aid: 'aid',
  loan: 'loan', debt: 'debt', cost: 'cost', sale: 'sold', revenue: 'revenue', trade: 'trade', employment: 'jobs',
  aboard: 'on board', attendance: 'attendance', goal: 'goals', point: 'points', speed: 'speed', magnitude: 'magnitude',
  height: 'height', distance: 'distance', rate: 'rate', share: 'share', population: 'population', age: 'age',
  build: 'built', found: 'founded', sign: 'signed', force: 'entered into force', start: 'began', complete: 'completed',
  born: 'born', marry: 'married', place: 'placed', join: 'joined', leave: 'left', said: 'said', 'front-camera': 'front camera', 'rear-camera': 'rear camera',
};

export function predicateWord(p: string | null): string {
  if (p?.startsWith('w:')) { return p.slice(2); }
  return p ? PREDICATE_WORDS[p] ?? p : '';
}

/** A readable name for an entity key or noun-phrase holder: "person:antonio-costa" -> "Antonio Costa". */
export function holderName(key: string | null): string {
  if (!key) { return ''; }
  const slug = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
  if (key.startsWith('np:')) { return 'the ' + slug; }
  return slug.split('-').filter(Boolean).map((w) => w.length <= 3 && w === w.toUpperCase() ? w : w[0].toUpperCase() + w.slice(1)).join(' ');
}

export function scopeWords(scope: string): string {
  if (scope.startsWith('at:')) { return 'in ' + holderName(scope.slice(3)); }
  if (scope.startsWith('where:')) { return 'at the ' + scope.slice(6); }
  if (scope.startsWith('than:')) { return 'compared with ' + scope.slice(5); }
  if (scope.startsWith('from:')) { const r = scope.slice(5); return 'from ' + (r.includes(':') ? holderName(r) : r); }
  return scope;
}

/** "killed (person), storm iris" — the slots that say what a fact is about. */
export function factSubject(f: Fact): string {
  if (f.kind === 'quote') { return f.speaker ? `quote of ${f.speaker}` : 'unattributed quote'; }
  const measure = f.measure && !f.measure.includes(':') && f.measure !== f.predicate ? f.measure : '';
  const what = f.predicate ? [predicateWord(f.predicate), measure && `(${measure})`].filter(Boolean).join(' ') : measure;
  const kind = f.kind === 'date' ? `${f.figureKind === 'date' ? 'date' : 'year'} ${what}`.trim() : what || (f.figureKind ?? 'figure');
  const bits = [kind];
  if (f.holder) { bits.push(holderName(f.holder)); }
  if (f.scope) { bits.push(scopeWords(f.scope)); }
  // the window a value covers belongs to its subject; the day it was stated does not
  const window = (f.time ?? '').split('; ').map((t) => t.replace(/^period:/, '')).filter((t) => t && !DAY_PHRASES.test(t));
  if (window.length) { bits.push(window.join('; ')); }
  return bits.join(', ');
}

export function compareFacts(a: FactSide, b: FactSide): FactRelation {
  const x = a.fact;
  const y = b.fact;
  if (x.kind === 'quote' || y.kind === 'quote') { return x.kind === y.kind ? compareQuotes(x, y) : NONE; }
  // two sources giving the same old value ("cut from €10m", "down from the previous €10m") agree on it;
  // old values never contradict (the earlier state is rarely what a story is about)
  if (x.role === 'old' && y.role === 'old') {
    const rel = compareFacts({ ...a, fact: { ...x, role: 'measurement' } }, { ...b, fact: { ...y, role: 'measurement' } });
    return rel.type === 'same' ? rel : NONE;
  }
  if (x.role !== y.role || (x.role !== 'measurement' && x.role !== 'rank')) { return NONE; }
  if (x.kind === 'date' || y.kind === 'date') { return x.kind === y.kind ? compareDates(a, b) : NONE; }
  if (x.figureKind !== y.figureKind) { return NONE; }
  if (x.figureKind === 'time') { return compareTimes(x, y); }
  if ((x.value?.unit ?? '') !== (y.value?.unit ?? '')) { return x.value?.unit && y.value?.unit ? compareAcrossUnits(a, b) : NONE; }
  if (!x.value || !y.value || Number.isNaN(x.value.lo) || Number.isNaN(y.value.lo)) { return NONE; }
  // What is counted or measured, and by what event. A specific measure ("seats", "votes", "passengers")
  // identifies the fact on its own for agreement; a contradiction also needs the same predicate class.
  const generic = (mm: string | null) => !mm || GENERIC_MEASURES.has(mm) || mm.includes(':');
  // "£3bn" and "a £3bn deal": a named measure against a bare amount may agree, never contradict
  let weak = false;
  if (x.measure && y.measure && x.measure !== y.measure) {
    // ("153 Chinese passengers" / "153 Chinese nationals": one exact count of people of one nationality,
    // named by two nouns of people; agreement only)
    if (samePeopleCount(x, y) && holdersAgree(a, b)) { return { type: 'same', basis: `${x.value!.text} ~ ${y.value!.text}: same count of people` }; }
    if (generic(x.measure) === generic(y.measure)) { return NONE; }
    weak = true;
  }
  const m = x.measure ?? y.measure;
  const specific = !weak && !!x.measure && !!y.measure && !generic(m);
  const samePredicate = !!x.predicate && x.predicate === y.predicate;
  // a large, specific amount stated alike is the same figure even when the verbs differ ("£1.7bn", "4 million homes")
  // (and a measurement in a unit of two or more digits, "64km", "a 40-mile crossing": to agree, never to contradict)
  // (or with a fraction: "5.1 inches", "2.5GHz" are as specific as a large number)
  const fraction = (v: NonNullable<Fact['value']>) => /\d[.,]\d/.test(v.text.replace(/,\d{3}\b/g, ''));
  // (a span with a fraction too, "0.3 second autofocus" / "in 0.3 seconds": whole spans, "two days", recur)
  // ("2.0MP" states a whole value as precisely as a fraction: "2-megapixel" beside it is the same spec)
  const pointZero = (v: NonNullable<Fact['value']>, w: NonNullable<Fact['value']>) => /\d\.0(?!\d)/.test(v.text) && w.lo === w.hi && Number.isInteger(w.lo) && v.lo <= w.lo && w.lo <= v.hi;
  const precise = fraction(x.value) && fraction(y.value) || pointZero(x.value, y.value) || pointZero(y.value, x.value);
  // (a bound, "more than 1,000km", is as specific as the amount beside it that it bounds, "1,100 kilometres":
  // read on the side whose value is finite)
  const bounded = (v: NonNullable<Fact['value']>) => Number.isFinite(v.hi) && Number.isFinite(v.lo);
  const q = bounded(x.value) ? x.value : y.value;
  // (an age is no such quantity: "27" is a common age, and whose it is decides, holdersAgree)
  const specificQuantity = x.measure !== 'age' && ((x.figureKind === 'quantity' && !!q.unit && q.unit !== 'magnitude' && Math.abs(q.lo) >= 10) ||
    ((x.figureKind === 'quantity' || x.figureKind === 'duration') && !!q.unit && q.unit !== 'magnitude' && precise)) && bounded(q);
  // (or an amount of one named stuff, "2GB of RAM" / "RAM: 2GB": agreement only unless the verbs agree too)
  const sameStuff = !!x.stuff && x.stuff === y.stuff;
  // (or a share of one named holder, "Syriza gained almost 27 per cent" / "27 percent of the vote for Syriza":
  // agreement only, the verbs differing)
  const namedShare = x.figureKind === 'percent' && !!x.holder && !!y.holder && !x.holder.startsWith('np:') &&
    (x.holder === y.holder || sameNameOtherType(x.holder, y.holder));
  const distinctive = ((x.figureKind === 'money' || x.figureKind === 'count') && Math.abs(x.value.lo) >= 1000 && Number.isFinite(x.value.hi)) || specificQuantity || sameStuff || namedShare;
  if (!samePredicate && !specific && !distinctive) { return NONE; }
  const holders = holdersAgree(a, b);
  if (!holders) {
    // the same specific count stated exactly alike ("all 380 matches", "380 Premier League matches") is
    // one figure whoever the sentence seems to give it to: agreement only, never a contradiction
    const exact = x.value.text.replace(/\D/g, '') === y.value.text.replace(/\D/g, '') && x.value.lo === y.value.lo && x.value.hi === y.value.hi;
    const large = (x.figureKind === 'count' && specific && x.value.lo >= 100) || (x.figureKind === 'money' && Math.abs(x.value.lo) >= 1e6) ||
      (specificQuantity && !x.hedged && !y.hedged);
    return large && exact && !x.holder?.startsWith('np:') && !y.holder?.startsWith('np:')
      ? { type: 'same', basis: `${x.value.text} ~ ${y.value.text}: same ${factSubject(x)}` } : NONE;
  }
  if (holders === 'weak' || weak || (!samePredicate && !specific)) { weak = true; }
  // counts under different conditions ("clubs that spent £1bn" / "clubs spending 70% of revenue") are
  // different facts; a condition on one side only may agree but never contradict
  if (x.condition || y.condition) {
    if (x.condition && y.condition && !conditionsAgree(x.condition, y.condition)) { return NONE; }
    if (!x.condition || !y.condition) { weak = true; }
  }
  // rounding intervals that only touch ("8.8" is 8.75–8.85, "8.9" is 8.85–8.95) are two values
  // (the scale of the tolerance from the finite ends only: "up to 6,000" has no lower end)
  const finite = [x.value.lo, x.value.hi, y.value.lo, y.value.hi].filter(Number.isFinite).map(Math.abs);
  const eps = 1e-9 * Math.max(1, ...finite);
  const touch = x.value.hi > x.value.lo && y.value.hi > y.value.lo && (Math.abs(x.value.hi - y.value.lo) < eps || Math.abs(y.value.hi - x.value.lo) < eps);
  // a small whole number of a unit beside a value given to a decimal ("a 2-megapixel camera" / "2.1
  // megapixels", "your five-inch phone" / "5.1-inch") is that value rounded to the unit, as a writer rounds it
  const loose = (p: NonNullable<Fact['value']>, q: NonNullable<Fact['value']>) => x.figureKind === 'quantity' && !!p.unit && p.lo === p.hi &&
    Number.isInteger(p.lo) && Math.abs(p.lo) < 100 && !fraction(p) && fraction(q) && Math.abs(q.lo - p.lo) < 0.5 && Math.abs(q.hi - p.lo) < 0.5;
  const overlap = (x.value.lo <= y.value.hi + eps && y.value.lo <= x.value.hi + eps && !touch) || loose(x.value, y.value) || loose(y.value, x.value);
  // (what two facts agree on: a verb only one of them has is not what they share)
  const about = factSubject(samePredicate || !x.predicate ? x : { ...x, predicate: null });
  // some of a count its own sentence gives ("Eight attackers are dead, and seven died detonating vests")
  // is not another report's whole of the same size ("Seven terrorists were killed")
  if (overlap && (x.scope === 'of them') !== (y.scope === 'of them') && (!x.scope || !y.scope)) {
    return { type: 'related', note: `part vs whole: ${x.value.text}${x.scope ? ' (some of them)' : ''} vs ${y.value.text}${y.scope ? ' (some of them)' : ''}` };
  }
  // a rate ("at least $100,000 a day", "£760m a year") is not a rate per another thing, nor a total that a
  // bound lets it meet ("at least $100,000 a day" / "$11.4 million"); one stated per thing and one stated for
  // each thing in other words ("£6.6m a fixture" / "each match will cost £6.6m") may still agree
  const open = (v: NonNullable<Fact['value']>) => !Number.isFinite(v.lo) || !Number.isFinite(v.hi);
  if ((x.per ?? '') !== (y.per ?? '') && ((x.per && y.per) || open(x.value) || open(y.value))) {
    return { type: 'related', note: `per another unit: ${x.value.text}${x.per ? ` a ${x.per}` : ''} vs ${y.value.text}${y.per ? ` a ${y.per}` : ''}` };
  }
  // a bound agrees by its specificity alone with an amount near it only: "more than 1,000km" is how a writer
  // rounds 1,100 km down, not 2,500 km
  // (a measurement so bounded, whatever its verb: "more than 1,000km further north" is no agreement with "2,500km")
  // (so is a count: "killing at least 12 people" at one cafe is no statement of "89 lives" at the hall)
  if (overlap && (x.figureKind === 'quantity' || x.figureKind === 'count' || (!samePredicate && !specific && !sameStuff)) && bounded(x.value) !== bounded(y.value)) {
    const [b, v] = bounded(x.value) ? [y.value, x.value] : [x.value, y.value];
    const edge = edgeOf(b);
    if (Math.abs(v.lo) > 1.5 * edge || Math.abs(v.hi) < edge / 1.5) { return NONE; }
  }
  // (and two bounds of one side, "at least 19" / "at least 80", agree only near each other)
  if (overlap && x.figureKind === 'count' && !bounded(x.value) && !bounded(y.value)) {
    const [e1, e2] = [edgeOf(x.value), edgeOf(y.value)];
    if (Math.max(e1, e2) > 1.5 * Math.min(e1, e2)) { return NONE; }
  }
  // (two bounds of an amount, a share or a measurement only at one number: "more than £1bn" for a deal and "in
  // excess of £1.32bn" for salaries bound two sums, "more than 16 per cent" and "above 22 per cent" two rates;
  // "more than £1bn" / "over £1bn" give one)
  if (overlap && x.figureKind !== 'count' && !bounded(x.value) && !bounded(y.value) && edgeOf(x.value) !== edgeOf(y.value)) { return NONE; }
  // values of two named places ("two suspects killed ... in Verviers" / "two terror suspects killed ... at Saint
  // Denis") are of two places, however alike
  if (overlap && twoPlaces(namedPlace(x), namedPlace(y))) {
    return { type: 'related', note: `another place: ${x.value.text} (${scopeWords(x.scope!)}) vs ${y.value.text} (${scopeWords(y.scope!)})` };
  }
  if (overlap) { return { type: 'same', basis: `${x.value.text} ~ ${y.value.text}: same ${about}` }; }
  if (weak) { return NONE; }
  // a value stated as unconfirmed ("three brothers may be involved") is no contradiction of a firm one
  if (x.hedged || y.hedged) { return { type: 'related', note: `unconfirmed: ${x.value.text} vs ${y.value.text}` }; }
  // a place the text leaves unnamed ("killed there") is not known to be the other's
  if (x.scope === 'there' || y.scope === 'there') { return { type: 'related', note: `place unclear: ${x.value.text} vs ${y.value.text}` }; }
  // how long something took ("a 12-month search", "a four-day closure") is of one named thing, or of two
  if (x.figureKind === 'duration' && !(x.holder && x.holder === y.holder && !x.holder.startsWith('np:'))) {
    return { type: 'related', note: `durations of what may be two spans: ${x.value.text} vs ${y.value.text}` };
  }
  // a distance from a reference point is where something lies ("objects 2,500km from Perth", "the new
  // search area, 1,900km from Perth"): of one named thing, or of what may be two
  if ((x.scope?.startsWith('from:') || y.scope?.startsWith('from:')) && !(x.holder && x.holder === y.holder && !x.holder.startsWith('np:') && !x.scope?.endsWith(x.holder))) {
    return { type: 'related', note: `distances of what may be two places: ${x.value.text} vs ${y.value.text}` };
  }
  // arrests and charges come in operations: counts that share no place, time or named holder may be
  // of two operations, whatever the story
  if (samePredicate && EPISODIC_CLASSES.has(x.predicate!) && !anchoredAlike(x, y)) {
    return { type: 'related', note: `counts of what may be two operations: ${x.value.text} vs ${y.value.text}` };
  }
  const unclassed = (p: string | null) => !p || p.startsWith('w:');
  if (!samePredicate && !(specific && unclassed(x.predicate) && unclassed(y.predicate))) { return NONE; }
  // One of a list of like values whose holder is not read on both sides ("ND 29.7%, Syriza 26.9%"):
  // the values may belong to different holders.
  if ((x.inList || y.inList) && !(x.holder && x.holder === y.holder)) {
    return { type: 'related', note: `list of values, holders unclear: ${x.value.text} vs ${y.value.text}` };
  }
  // Another part, place or window is not the same fact: shown as related, never as a conflict.
  if (!scopesAgree(a, b)) {
    // a projection, then the count itself: the same fact, later
    // (near it: "waves of 1 to 2 metres" forecast for islands far away is no projection of "a 10m wave" that struck;
    // a running count may grow an order past its projection)
    if ((x.scope === 'projection') !== (y.scope === 'projection') && (!x.scope || !y.scope) && (!farApart(x.value, y.value) || isRunning(x))) {
      return { type: 'update', reason: `${x.value.text}${x.scope ? ' (projection)' : ''} → ${y.value.text}${y.scope ? ' (projection)' : ''}: same ${about}, a projection and the count` };
    }
    return { type: 'related', note: `part vs whole: ${x.value.text}${x.scope ? ` (${scopeWords(x.scope)})` : ''} vs ${y.value.text}${y.scope ? ` (${scopeWords(y.scope)})` : ''}` };
  }
  let times = timesAgree(x.time, y.time);
  // "overnight", "today", "last night": a window counted back from the day of the report is another
  // window in a report of another day
  if (times === true && x.time && RELATIVE_TO_REPORT.test(x.time) && a.reported && b.reported && a.reported !== b.reported) { times = 'days'; }
  // A running count stated for another day ("27 killed on Friday", "rose to 29 on Sunday") is the
  // same fact later: an update.
  if (times === 'days' && x.predicate && CUMULATIVE_CLASSES.has(x.predicate)) {
    return { type: 'update', reason: `${x.value.text} (${x.time}) → ${y.value.text} (${y.time}): same ${about}, stated for different days` };
  }
  // A running total read up to two moments ("168 raids", "414 raids over the past three nights", "793 raids
  // since last week's attacks"): windows that all run from the story's start to the report are the same count
  // at two stages. (A day's window, "overnight", "in the past 24 hours", is another quantity.)
  if (times === false && x.predicate && CUMULATIVE_CLASSES.has(x.predicate) && runningWindow(x.time) && runningWindow(y.time) &&
      (x.value.lo !== y.value.lo || x.value.hi !== y.value.hi)) {
    return { type: 'update', reason: `${x.value.text}${x.time ? ` (${x.time})` : ''} → ${y.value.text}${y.time ? ` (${y.time})` : ''}: same ${about}, a running total at another stage` };
  }
  if (times !== true) {
    return { type: 'related', note: `different period: ${x.value.text}${x.time ? ` (${x.time})` : ''} vs ${y.value.text}${y.time ? ` (${y.time})` : ''}` };
  }
  // A fact known only by its subject word may be another quantity of the same subject; one known by no verb
  // at all ("About four million homes in and around Tokyo suffered power cuts") may be another quantity of anything.
  if ((!x.predicate || x.predicate.startsWith('w:')) && !specific) {
    return { type: 'related', note: `possibly the same figure: ${x.value.text} vs ${y.value.text}` };
  }
  if (a.reported && b.reported && a.reported !== b.reported) {
    // a running count moves between reports; an age or a price stated in another year may too; the
    // same static fact reported a day apart still contradicts
    if (isRunning(x)) {
      return { type: 'update', reason: `${x.value.text} (${a.reported}) → ${y.value.text} (${b.reported}): same ${about}, reported on different days` };
    }
    if (/^\d{4}/.test(a.reported) && /^\d{4}/.test(b.reported) && a.reported.slice(0, 4) !== b.reported.slice(0, 4)) {
      return { type: 'related', note: `reported in different years: ${x.value.text} (${a.reported}) vs ${y.value.text} (${b.reported})` };
    }
  }
  // an age grows: two ages years apart, in reports not known to be of the same year, are ages at two
  // times ("Malia, 6" in one profile, "Malia, 16" in another); a slip of a year or two is a contradiction
  const sameYear = !!a.reported && !!b.reported && a.reported.slice(0, 4) === b.reported.slice(0, 4);
  if (x.measure === 'age' && !sameYear && Math.min(Math.abs(x.value.lo - y.value.hi), Math.abs(y.value.lo - x.value.hi)) > 2) {
    return { type: 'related', note: `ages at different times: ${x.value.text} vs ${y.value.text}` };
  }
  // Two outlets that disagree on one figure disagree by a little (27 vs 31 dead, 160 vs 190 km/h); values
  // several times apart ("122 objects" / "10 objects", "€21m" / "18bn euros") are two different figures
  // whose slots the text did not tell apart.
  // (a running count is the exception: an order apart it is the count at another stage, which the linker tells)
  if (farApart(x.value, y.value) && !isRunning(x)) {
    return { type: 'related', note: `values too far apart to be one figure: ${x.value.text} vs ${y.value.text}` };
  }
  return { type: 'conflict', kind: 'figure', reason: `${x.value.text} vs ${y.value.text}: same ${about}, different value` };
}

/** Two times of day of one story. The same minute as written ("just after 9.20pm", "9:20 p.m.") is one
 *  moment, whatever the sentences call it: a story's timeline names few minutes twice.
 *  Different minutes are different moments of it (the siege began at 9:20, police stormed at 12:20):
 *  what happened when is not read well enough here to call two times a contradiction, so they never are. */
function compareTimes(x: Fact, y: Fact): FactRelation {
  if (!x.value || !y.value) { return NONE; }
  if (x.value.lo <= y.value.hi && y.value.lo <= x.value.hi) {
    return { type: 'same', basis: `${x.value.text} ~ ${y.value.text}: same time of day` };
  }
  return NONE;
}

/** The lemmas of the nouns that count people (lang PEOPLE_NOUNS), "person" among them. */
const PEOPLE_MEASURES = new Set(['person', ...PEOPLE_NOUNS.map(measureLemma)]);
const CAPITALIZED_WORD = /\p{Lu}\p{Ll}+/gu;

/** Two counts of people, by two nouns of people, of one exact value of 20 or more, that name one
 *  nationality ("153 Chinese passengers" / "153 Chinese nationals"). */
function samePeopleCount(x: Fact, y: Fact): boolean {
  if (x.figureKind !== 'count' || !x.value || !y.value || x.value.lo !== x.value.hi || x.value.lo !== y.value.lo || y.value.lo !== y.value.hi || x.value.lo < 20) { return false; }
  if (!PEOPLE_MEASURES.has(x.measure ?? '') || !PEOPLE_MEASURES.has(y.measure ?? '')) { return false; }
  const demonyms = (t: string) => (t.match(CAPITALIZED_WORD) ?? []).filter(isDemonym);
  const dy = demonyms(y.value.text);
  return demonyms(x.value.text).some((d) => dy.includes(d));
}

/** The larger value is at least three times the smaller (both positive, finite). */
export function farApart(a: NonNullable<Fact['value']>, b: NonNullable<Fact['value']>): boolean {
  const [low, high] = a.hi <= b.lo ? [a, b] : [b, a];
  return low.hi > 0 && Number.isFinite(low.hi) && Number.isFinite(high.lo) && high.lo >= 3 * low.hi;
}

/** "64km" and "a 40-mile crossing": the other value converted to this one's unit (a conversion is
 *  rounded by whoever wrote it, so the interval widens by 3%). Agreement only: a value in another unit
 *  system that does not match is more often a loose conversion than a contradiction. */
function compareAcrossUnits(a: FactSide, b: FactSide): FactRelation {
  const x = a.fact;
  const y = b.fact;
  const k = unitFactor(y.value!.unit!, x.value!.unit!);
  if (k === null) { return NONE; }
  const unitMeasure = (f: Fact) => f.measure === 'unit:' + f.value!.unit;
  const lo = y.value!.lo * k * 0.97;
  const hi = y.value!.hi * k * 1.03;
  const converted: Fact = {
    ...y,
    value: { ...y.value!, lo: Math.min(lo, hi), hi: Math.max(lo, hi), unit: x.value!.unit },
    measure: unitMeasure(y) && unitMeasure(x) ? x.measure : y.measure,
  };
  const rel = compareFacts(a, { ...b, fact: converted });
  return rel.type === 'same' ? rel : NONE;
}

/** The named place a fact's value is of ("at:place:lenk"), or null. */
export function namedPlace(f: Fact | null | undefined): string | null {
  return f?.scope?.startsWith('at:') ? f.scope : null;
}

/** Two named places, told apart (null is no place). */
export function twoPlaces(a: string | null, b: string | null): boolean {
  return !!a && !!b && a !== b;
}

/** A fact's holder when it is a name (an entity key), not a noun phrase ("np:driver"); else null. */
export function namedHolder(f: Fact): string | null {
  return f.holder && !f.holder.startsWith('np:') ? f.holder : null;
}

/** Two counts that share a place, a time or a named holder: of one operation, when they count one. */
export function anchoredAlike(x: Fact, y: Fact): boolean {
  return (!!x.scope && x.scope === y.scope) || (!!x.time && x.time === y.time) || (!!namedHolder(x) && x.holder === y.holder);
}

/** The finite end of a value, as a size: its low end, or its high end for an upper bound ("up to 6,000"). */
export function edgeOf(v: NonNullable<Fact['value']>): number {
  return Number.isFinite(v.lo) ? Math.abs(v.lo) : Math.abs(v.hi);
}

/** No window, or one that runs up to the report from the story's start ("since last week", "so far", "over
 *  the past three nights", "in five nights of operations"): where a running total is read. */
function runningWindow(t: string | null): boolean {
  return !t || (!t.includes('; ') && RUNNING_WINDOW.test(t));
}
const RUNNING_WINDOW = /^(?:period:)?(?:since (?:last|this|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d)|so far\b|to date\b|(?:(?:over|in|during|for) )?(?:the )?(?:past |last )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few) (?:days|nights|weeks)$)/;

/** A count that grows as the story goes on: a casualty-like class, or a running window ("since Friday"). */
export function isRunning(f: Fact): boolean {
  return (!!f.predicate && (CUMULATIVE_CLASSES.has(f.predicate) || (f.figureKind === 'count' && MOVING_COUNT_CLASSES.has(f.predicate)))) ||
    /\b(?:since|so far|to date)\b/.test(f.time ?? '');
}

/** The same part: equal markers, or a place one side names and the other's document mentions
 *  ("14 killed in Port Calder" vs "16 died when the storm struck Port Calder"). */
function scopesAgree(a: FactSide, b: FactSide): boolean {
  const sa = a.fact.scope;
  const sb = b.fact.scope;
  if ((sa ?? '') === (sb ?? '')) { return true; }
  if (sa && sb) { return false; }
  const one = (sa ?? sb)!;
  const other = sa ? b : a;
  return one.startsWith('at:') && other.names.has(one.slice(3));
}

/** A stated period on one side only ("in the week after the storm") narrows nothing the other side
 *  contradicts, unless it is a partial window ("first 10 months"); running-total and window phrases
 *  ("since Friday", "overnight") on one side only make the two values different measures. */
function conditionsAgree(a: string, b: string): boolean {
  const [ka, ua, la, ha] = a.split(':');
  const [kb, ub, lb, hb] = b.split(':');
  return ka === kb && ua === ub && Number(la) <= Number(hb) && Number(lb) <= Number(ha);
}

const RELATIVE_TO_REPORT = /\b(?:overnight|today|tonight|yesterday|last night|this (?:morning|afternoon|evening|week)|so far)\b/;

/** true when the times agree; 'days' when only the day each is stated for differs; false otherwise. */
function timesAgree(a: string | null, b: string | null): boolean | 'days' {
  if ((a ?? '') === (b ?? '')) { return true; }
  const split = (t: string | null) => {
    const days: string[] = [];
    const windows: string[] = [];
    for (const p of t ? t.split('; ') : []) { (DAY_PHRASES.test(p) ? days : windows).push(p); }
    return { days, windows };
  };
  const x = split(a);
  const y = split(b);
  const daysDiffer = x.days.length > 0 && y.days.length > 0 && x.days.join() !== y.days.join();
  const wx = x.windows.join('; ');
  const wy = y.windows.join('; ');
  if (wx === wy) { return daysDiffer ? 'days' : true; }
  if (daysDiffer) { return false; }
  if (wx && wy) { return false; }
  // One side only: a window relative to the event itself ("in the week after the storm") narrows little;
  // a calendar or running window ("last year", "first 10 months", "since Friday") makes it another quantity.
  const one = wx || wy;
  // ("since the 2004 bombings" names a year: a calendar window)
  return one.startsWith('period:') && /\b(?:after|since|following)\s+the\b/.test(one) && !/\b(?:first|last|past|\d+)\s+(?:\w+\s+)?months?\b/.test(one) && !/\b\d{4}\b/.test(one);
}

/** true: the same holder; 'weak': probably the same (a short and a long form of one name,
 *  "person:michelle" and "person:michelle-obama"; a noun phrase and a name) — enough to agree, never
 *  enough to contradict; false: different holders. */
function holdersAgree(a: FactSide, b: FactSide): boolean | 'weak' {
  const hx = a.fact.holder;
  const hy = b.fact.holder;
  if (hx && hy) {
    if (hx === hy) { return true; }
    // a toll "of the Carra Sound disaster" and one "aboard the Aldermoor": a place or a named event is
    // where people died, not whose count it is; the place slot (scope) tells parts apart
    if (CASUALTY_CLASSES.has(a.fact.predicate ?? '') && a.fact.predicate === b.fact.predicate && (hx.startsWith('place:') || hy.startsWith('place:'))) { return 'weak'; }
    // (an age of "the driver" and one of a name may be one person's, where the report of the first names him too)
    if (hx.startsWith('np:') !== hy.startsWith('np:')) {
      const [named, side] = hx.startsWith('np:') ? [hy, a] : [hx, b];
      return a.fact.measure === 'age' && !!mentionedIn(named, side.names) ? 'weak' : false;
    }
    // (two subjects told apart by one nationality, "a Thai satellite spotted 300 objects" / "Thai images show
    // about 300 objects": probably one source's finding; enough to agree, never to contradict)
    if (hx.startsWith('np:') && hx.split(' ')[0] === hy.split(' ')[0] && hx.includes(' ') && hy.includes(' ')) { return 'weak'; }
    // (one name spelled two ways is one holder, as sure as one spelling)
    if (sameNameSpelledOtherwise(hx, hy)) { return true; }
    // (one name typed two ways by the tagger, "place:syriza" / "organization:syriza", is probably one holder)
    if (sameNameOtherType(hx, hy)) { return 'weak'; }
    return sameNameShorter(hx, hy) ? 'weak' : false;
  }
  // an age is always someone's: two ages of unnamed people are not one fact; an unnamed one ("a
  // 29-year-old French national") and a named one of the story ("Omar Mostefai, 29") may be one person:
  // enough to agree, never to contradict
  // (so is a finishing place: "finished first" of nobody named is no contradiction of "Vell came second")
  if (a.fact.measure === 'age' || b.fact.measure === 'age' || a.fact.measure === 'place' || b.fact.measure === 'place') {
    const named = hx ?? hy;
    return !!named && !named.startsWith('np:') && !!mentionedIn(named, (hx ? b : a).names) ? 'weak' : false;
  }
  // A value next to a name the other source never mentions is about something else (another aircraft,
  // another party): never compared.
  // A longer or shorter form of a name the other source does mention ("Premier League TV" / "Premier
  // League") is probably the same holder: enough to agree, never to contradict.
  const mx = hx && !hx.startsWith('np:') ? mentionedIn(hx, b.names) : true;
  const my = hy && !hy.startsWith('np:') ? mentionedIn(hy, a.names) : true;
  if (!mx || !my) {
    // (a toll given to a place the other report never names, "Boulevard Voltaire: at least 80 dead", beside
    // the same toll there, which names no place: the place is where, not whose; agreement only)
    const one = hx ?? hy;
    return !!one?.startsWith('place:') && CASUALTY_CLASSES.has(a.fact.predicate ?? '') && a.fact.predicate === b.fact.predicate ? 'weak' : false;
  }
  return mx === 'weak' || my === 'weak' ? 'weak' : true;
}

/** "place:syriza" and "organization:syriza": one name under two entity types. */
function sameNameOtherType(x: string, y: string): boolean {
  const i = x.indexOf(':');
  const j = y.indexOf(':');
  return i > 0 && j > 0 && x.slice(i) === y.slice(j) && x.slice(0, i) !== y.slice(0, j) && !x.startsWith('np:') && !y.startsWith('np:');
}

function mentionedIn(key: string, names: ReadonlySet<string>): boolean | 'weak' {
  if (names.has(key)) { return true; }
  for (const n of names) { if (sameNameShorter(key, n) || sameNameSpelledOtherwise(key, n) || sameNameOtherType(key, n)) { return 'weak'; } }
  return false;
}

/** "person:michelle" and "person:michelle-obama": one key's name words are all in the other's. */
export function sameNameShorter(x: string, y: string): boolean {
  const tx = x.slice(0, x.indexOf(':'));
  if (tx !== y.slice(0, y.indexOf(':'))) { return false; }
  const wx = x.slice(tx.length + 1).split('-');
  const wy = y.slice(tx.length + 1).split('-');
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  return short.length < long.length && short.every((w) => long.includes(w));
}

/** "person:ismael-omar-mostefai" and "person:omar-ismail-mostefai", "person:abdeslam-salah" and
 *  "person:salah-abdeslam": one person's name in two spellings (keys.ts nameSpellings). */
export function sameNameSpelledOtherwise(x: string, y: string): boolean {
  const tx = x.slice(0, x.indexOf(':'));
  if (tx !== 'person' || tx !== y.slice(0, y.indexOf(':')) || x === y) { return false; }
  const sy = nameSpellings(y.slice(tx.length + 1).split('-'));
  return nameSpellings(x.slice(tx.length + 1).split('-')).some((k) => sy.includes(k));
}

function compareDates(a: FactSide, b: FactSide): FactRelation {
  const x = a.fact;
  const y = b.fact;
  if (!x.value || !y.value) { return NONE; }
  const holders = holdersAgree(a, b);
  // one calendar day of one story named in two sentences: the names around it ("on 22 August 1964 on BBC
  // Television", "Match of the Day ... broadcast on 22 August 1964") are often what happened that day,
  // not whose the date is: agreement may cross them (never a contradiction)
  const oneDay = x.figureKind === 'date' && y.figureKind === 'date' && !!dayOf(x.value.iso ?? '') &&
    sameCalendarDay(x.value.iso ?? '', y.value.iso ?? '') && (x.predicate ?? null) === (y.predicate ?? null);
  if (!holders && !(oneDay && !x.predicate)) { return NONE; }
  // An event without a class word ("graduated from Harvard Law School in 1988") is known by what it is
  // about: the same year and two shared words agree; a different year says nothing.
  if (!x.predicate || !y.predicate) {
    // the same calendar day named in two reports of a story ("the May 6 election", "a ballot on May 6")
    const isoX = x.value.iso ?? '';
    // (in a sentence, not a dateline: a report's own date is no fact of the story)
    const inSentence = (f: Fact) => f.sentence.end - f.sentence.start - (f.end - f.start) >= 25;
    const sharedAll = (x.objects ?? []).filter((o) => (y.objects ?? []).includes(o)).length;
    const shared = (x.objects ?? []).filter((o) => !o.startsWith('c:') && (y.objects ?? []).includes(o)).length;
    // (and about something both name: "arrested on 17 November" and "a car found on 17 November" only share a day)
    // (or, when neither names an event word at all, "disappeared on March 8" / "the night of March 8":
    // a day of a story stated bare in two of its reports is most often the day the story happened)
    const classes = (f: Fact) => (f.objects ?? []).filter((o) => o.startsWith('c:')).length;
    const bare = !x.predicate && !y.predicate && classes(x) === 0 && classes(y) === 0;
    // (a month, "in December 2014", is too long a span to be the story's day by itself)
    if (x.figureKind === 'date' && y.figureKind === 'date' && isoX.length >= 7 && sameCalendarDay(isoX, y.value.iso ?? '') && inSentence(x) && inSentence(y) && (sharedAll >= 1 || (bare && !!dayOf(isoX)))) {
      return { type: 'same', basis: `${x.value.text} ~ ${y.value.text}: same day` };
    }
    const sharedName = (x.objects ?? []).some((o) => o.startsWith('e:') && (y.objects ?? []).includes(o));
    // (or one word of its own both put right next to the year, where neither names an event class:
    // "radicalized in 2010" / "a target for radicalisation in 2010"; five letters or more, no short everyday one)
    const sharedWord = !x.predicate && !y.predicate && (x.near ?? []).some((o) => o.length >= 5 && (y.near ?? []).includes(o));
    return (!x.predicate || !y.predicate) && (shared >= 2 || sharedName || sharedWord) && yearOf(x) !== null && yearOf(x) === yearOf(y) && x.figureKind === 'year' && y.figureKind === 'year'
      ? { type: 'same', basis: `${x.value.text} ~ ${y.value.text}: same event` } : NONE;
  }
  // the same event on one calendar day whose year one side leaves unstated ("the May 6 elections")
  if (oneDay && holders) { return { type: 'same', basis: `${x.value.text} ~ ${y.value.text}: same event (${predicateWord(x.predicate)})` }; }
  if (!holders) { return NONE; }
  const yx = yearOf(x);
  const yy = yearOf(y);
  if (yx === null || yy === null) { return NONE; }
  if (x.predicate !== y.predicate) {
    return yx === yy ? NONE : { type: 'related', note: `different events: ${predicateWord(x.predicate)} (${x.value.text}) vs ${predicateWord(y.predicate)} (${y.value.text})` };
  }
  const isoX = x.value.iso ?? null;
  const isoY = y.value.iso ?? null;
  const sameDay = x.figureKind === 'date' && y.figureKind === 'date' && isoX && isoY && (isoX.length === isoY.length || (dayOf(isoX) && dayOf(isoY))) ? sameCalendarDay(isoX, isoY) : yx === yy;
  const what = predicateWord(x.predicate);
  if (sameDay) { return { type: 'same', basis: `${x.value.text} ~ ${y.value.text}: same event (${what})` }; }
  if (holders === 'weak') { return NONE; }
  // a recurring event is one when both name the same unique occurrence ("its last inspection")
  const once = (x.objects ?? []).find((o) => o.startsWith('once:') && (y.objects ?? []).includes(o));
  if (!ONCE_EVENTS.has(x.predicate) && !once) { return { type: 'related', note: `another occurrence: ${what} ${x.value.text} vs ${y.value.text}` }; }
  // the same event needs the same thing: "signed the treaty" vs "signed a loan deal" are two signings
  // (who did it is not what it is about: "Greece signed" and "Greece's minister signed" share only the signer)
  const doers = new Set([x.holder, y.holder].filter((h): h is string => !!h).map((h) => 'e:' + h));
  // (the doer is no object either side: "The Aldermoor, built in 2001" names nothing built but the holder)
  const ox = (x.objects ?? []).filter((o) => !o.startsWith('c:') && !doers.has(o));
  const oy = (y.objects ?? []).filter((o) => !o.startsWith('c:') && !doers.has(o));
  if (ox.length && oy.length && !ox.some((o) => oy.includes(o))) {
    return { type: 'related', note: `different events: ${what} ${x.value.text} vs ${y.value.text}` };
  }
  const kind: ConflictKind = x.figureKind === 'year' && y.figureKind === 'year' ? 'year' : 'date';
  return { type: 'conflict', kind, reason: `${x.value.text} vs ${y.value.text}: same event (${what}${x.holder ? ', ' + holderName(x.holder) : ''}), different ${kind === 'year' || yx !== yy ? 'year' : 'date'}` };
}

/** "2014-03-08" -> "03-08"; "--03-08" (a day stated without its year) -> "03-08"; a month or a year -> null. */
export function dayOf(iso: string): string | null {
  const m = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** One calendar day: equal, or the same month and day where one side leaves the year unstated
 *  ("March 8" in a report of the story, "8 March 2014" in another). */
export function sameCalendarDay(a: string, b: string): boolean {
  if (a === b) { return true; }
  const da = dayOf(a);
  return !!da && da === dayOf(b) && (a.startsWith('--') || b.startsWith('--'));
}

function yearOf(f: Fact): number | null {
  const iso = f.value?.iso;
  if (iso && /^\d{4}/.test(iso)) { return Number(iso.slice(0, 4)); }
  if (f.figureKind === 'year' && f.value && Number.isFinite(f.value.lo)) { return f.value.lo; }
  return null;
}

// ---------------------------------------------------------------- quotes

/** Words of a quote without gap markers, and the runs between gaps. */
function segments(words: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const w of words) {
    if (w === GAP) { if (out[out.length - 1].length) { out.push([]); } } else { out[out.length - 1].push(w); }
  }
  return out.filter((s) => s.length);
}

function indexOfRun(outer: readonly string[], inner: readonly string[], from = 0): number {
  outer: for (let i = from; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) { if (outer[i + j] !== inner[j]) { continue outer; } }
    return i;
  }
  return -1;
}

/** Every segment of `inner` occurs in `outer`, in order: the shorter quote is a cut of the longer. */
function cutOf(outer: readonly string[], inner: readonly string[]): boolean {
  const flat = outer.filter((w) => w !== GAP);
  let at = 0;
  for (const seg of segments(inner)) {
    const i = indexOfRun(flat, seg, at);
    if (i < 0) { return false; }
    at = i + seg.length;
  }
  return true;
}

/** The end of two quotes where one stops on a word the other writes in another form and goes on ("... any
 *  possible landing sites" / "... any possible landing site. It is therefore ..."): the one quote is the other's
 *  start, its last word inflected; the rest is what one source quotes beyond the other. */
function inflectedThenMore(tail: readonly WordDiff[]): boolean {
  const removed = tail.filter((d) => d.op === 'removed').flatMap((d) => d.text.split(' ')).filter(Boolean);
  const added = tail.filter((d) => d.op === 'added').flatMap((d) => d.text.split(' ')).filter(Boolean);
  const [short, long] = removed.length <= added.length ? [removed, added] : [added, removed];
  return short.length >= 1 && short.length <= 2 && long.length > short.length &&
    short.every((w, i) => stemWord(w) === stemWord(long[i]));
}

export function compareQuotes(x: Fact, y: Fact): FactRelation {
  const wx = x.words ?? [];
  const wy = y.words ?? [];
  // "person:hollande" and "person:francois-hollande" are probably one speaker: enough to agree, not to contradict
  const weakSpeaker = !!x.speakerKey && !!y.speakerKey && x.speakerKey !== y.speakerKey;
  if (weakSpeaker && !sameNameShorter(x.speakerKey!, y.speakerKey!)) { return NONE; }
  const fx = wx.filter((w) => w !== GAP);
  const fy = wy.filter((w) => w !== GAP);
  if (!fx.length || !fy.length) { return NONE; }
  const who = x.speaker ?? y.speaker ?? 'the speaker';
  if (cutOf(wx, wy) || cutOf(wy, wx)) {
    if (!x.speakerKey && !y.speakerKey && Math.min(fx.length, fy.length) < 5) { return NONE; }
    if ((!x.speakerKey || !y.speakerKey) && Math.min(fx.length, fy.length) < 4) { return NONE; }
    return { type: 'same', basis: `same words of ${who}` };
  }
  // Compare on the overlapping part: what one source quotes beyond the other is not a change.
  // The words the diff can keep as the same are at most the words both share (as a multiset): when even
  // those are fewer than the "same" test below asks for, they are different quotes and no diff is needed
  // (the diff is the costly step: two long unrelated quotes of one speaker in ten copies of a story).
  const shorter = Math.min(fx.length, fy.length);
  if (sharedWords(fx, fy) < Math.max(3, 0.5 * shorter)) { return NONE; }
  const diff = wordDiff(fx, fy, true);
  // Trim only what one side quotes beyond the other (a run of changes of one kind at either end);
  // a substitution at the end ("in a generation" vs "in half a century") stays a change.
  let first = 0;
  let last = diff.length - 1;
  const oneSided = (from: number, to: number) => new Set(diff.slice(from, to + 1).map((d) => d.op)).size === 1;
  let lead = 0;
  while (lead <= last && diff[lead].op !== 'same') { lead++; }
  if (oneSided(0, lead - 1)) { first = lead; }
  let trail = last;
  while (trail >= first && diff[trail].op !== 'same') { trail--; }
  if (oneSided(trail + 1, diff.length - 1) || inflectedThenMore(diff.slice(trail + 1))) { last = trail; }
  if (first > last) { return NONE; }
  const core = diff.slice(first, last + 1);
  let same = 0;
  const removed: string[] = [];
  const added: string[] = [];
  for (const d of core) {
    if (!d.text) { continue; }
    const ws = d.text.split(' ');
    if (d.op === 'same') { same += ws.length; } else if (d.op === 'removed') { removed.push(...ws); } else { added.push(...ws); }
  }
  if (same < 3 || same < 0.5 * shorter) { return NONE; }
  if (!x.speakerKey || !y.speakerKey) { return same >= 5 ? { type: 'variant', reason: `${who} quoted in other words`, diff } : NONE; }
  if (!removed.length && !added.length) { return { type: 'same', basis: `same words of ${who}` }; }
  const content = (ws: string[]) => ws.filter((w) => !isStopword(w) && !NEGATIONS.has(w));
  const negX = removed.some((w) => NEGATIONS.has(w));
  const negY = added.some((w) => NEGATIONS.has(w));
  const cr = content(removed);
  const ca = content(added);
  const reordered = sameMultiset(removed, added);
  const numberChanged = [...cr, ...ca].some((w) => /\d/.test(w));
  const substituted = cr.length > 0 && ca.length > 0 && !reordered && (cr.length + ca.length >= 3 || numberChanged);
  const ours = removed.join(' ');
  const theirs = added.join(' ');
  if ((negX !== negY || substituted) && weakSpeaker) { return { type: 'variant', reason: `${who} quoted in other words`, diff }; }
  if (negX !== negY || substituted) {
    return { type: 'conflict', kind: 'quote-wording', reason: `${who} quoted differently: “${ours || '…'}” vs “${theirs || '…'}”`, diff };
  }
  const how = reordered ? 'words in another order' : !cr.length && !ca.length ? 'small words changed' : removed.length && added.length ? `“${ours}” vs “${theirs}”` : removed.length ? `“${ours}” left out` : `“${theirs}” added`;
  return { type: 'variant', reason: `${who} quoted with a variant: ${how}`, diff };
}

/** How many words the two lists share, counted with repeats (the size of their multiset intersection). */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) { counts.set(w, (counts.get(w) ?? 0) + 1); }
  let n = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) { n++; counts.set(w, c - 1); }
  }
  return n;
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length || !a.length) { return false; }
  const s = [...a].sort().join(' ');
  return s === [...b].sort().join(' ');
}
