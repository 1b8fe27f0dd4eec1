// Facts: one per figure, dated event and reported quote, read from its clause with the slots matching
// needs (value interval, measure, predicate class, holder, scope, time, role). Written by hand: no
// library reads what a number in a news sentence is about. The reading is lexical and local: the
// clause around the value (bounded to a few hundred characters, so the cost per figure is constant),
// lexical classes from lang/en/facts.ts, and the entities and quotes the extractors already found.
import type { DocumentAnalysis, Entity, Fact, FactRole, FactValue, Figure, Quote, Span } from '../model';
import {
  ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, EVENT_CLASSES, EVENT_NOUN_CLASSES, UNIQUE_OCCURRENCE, LABEL_BEFORE, MEASURE_SYNONYMS, OLD_VALUE_AFTER, OLD_VALUE_BEFORE,
  MODIFIED_SUBJECT_BEFORE, MONTH_OF_EPISODE, PART_AFTER, PART_MARKERS, PEOPLE_NOUNS, PREDICATE_CLASSES, ROLE_NOUNS, SOURCE_VERB_FORMS, TIME_PHRASES, WHOLE_MARKERS,
} from '../lang/en/facts';
import { casualtyAfter } from '../extract/figures/bare';
import { isStopword, stemWord } from '../claims/lexicon';
import { NUMBER_WORDS } from '../extract/figures/numbers';
import { isLength } from '../extract/figures/units';
import { demonymPlace, isDemonym } from '../extract/entities/lexicon';
import { quoteWordsOf } from './quoteWords';

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Clause boundaries inside a sentence: a figure's slots are read between them. */
const BOUNDARY = /;|\s[—–]\s|—|:\s|\(|\)|,\s+(?:and|but|while|whereas|which|who|although|though|as|after|before|when|with)\s|\s(?:while|whereas|but)\s/g;
const CONVERSION_GAP = /^\s*\(\s*(?:about|around|roughly|approximately|approx\.?|some|nearly|or|equivalent to|c\.)?\s*$/i;
const RANGE_GAP = /^\s*(?:-|–|to|and)\s*$/i;
const RANGE_BEFORE = /\b(?:between|from)\s+$/i;
/** Predicate classes of a change of value ("rose from", "cut from"), and change words without one. */
const CHANGE_CLASSES = new Set(['rise', 'fall']);
const FROM_BEFORE = /\bfrom\s+(?:an?\s+|the\s+)?(estimated\s+|initial\s+|previous\s+|original\s+|earlier\s+)?$/i;
const CHANGE_WORDS = /^(?:upgrade[ds]?|upgrading|revised|up|down|improved|bumped|extended|expanded|reduced|shrunk|changed)$/i;
const CAPACITY = /\b(?:designed|built|rated|meant|able|capable|intended|engineered)\s+(?:for|to\s+\w+)\b[^.;]*$|\bcapacity\b[^.;]*$|\bup to\s*$/i;
/** How far after a count the place of its clause may be named ("two suspects killed in a fierce gun battle with
 *  police during the raid in the eastern town of Verviers"): words only between, no comma. */
const PLACE_REACH = 110;
const PLACE_BEFORE = /\b(?:in|at|near|outside|across|throughout|around)\s+(?:the\s+)?$/i;
/** The same, through the kind of place the name is of: "in the eastern town of Verviers", "at the port of Lenk". */
const PLACE_OF_BEFORE = /\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:town|city|village|suburb|district|region|province|port|island|capital)\s+of\s+$/i;
const AGE_NOUN_AFTER = /^\s+(?:(?:former|british|american|local|unemployed|retired|married|french|german)\s+)?(?!(?:who|whom|whose|which|that|and|or|but|was|is|had|has|from|with|in|at|on)\b)([a-z]+)/;
const MAX_SIDE = 240;
const MAX_FIGURES = 60;
/** Where the attribution begins after a value ("..., the board said on Wednesday"). */
const SAID_AFTER = /,?\s*(?:[\p{L}.'’-]+\s+){0,5}?(?:said|says|told|according|reported|announced|confirmed|added)\b/iu;
/** SAID_AFTER's verb alone: where it does not occur, SAID_AFTER (slow to fail: it tries every start) cannot match. */
const SAID_VERB = /(?:said|says|told|according|reported|announced|confirmed|added)\b/iu;
const PROJECTION = /\b(?:will (?:see|reach|hit|rise|top|exceed)|projections?|projected|exit polls?|opinion polls?|polls? (?:show|suggest|put|give)|forecasts?|forecaster|expected to|predicted|estimates? (?:show|suggest)|could (?:reach|exceed|rise)|may (?:reach|exceed|rise)|feared)\b/i;
const TIME_WORDS = /^(?:years?|months?|weeks?|days?|hours?|decades?|quarters?|periods?|seasons?|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|first|last|past|next)$/;
const AGENT_BEFORE = /,\s*(?:[a-z]+ed|[a-z]+en|[a-z]+wn|run|owned|led|built|made|held|shot|caught|brought|sent|found|paid|won)\s+by\s+(?:the\s+)?$/i;
/** A partner named after "with" ("a deal with BSkyB and BT worth £3bn", "talks with the IMF on €10bn")
 *  is the other party, not whose the value is; the second of two partners too. */
const PARTNER_BEFORE = /\bwith\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{N}.'’&-]*\s+){0,4}(?:and\s+(?:the\s+)?)?$/u;
const NOT_COUNTED = new Set(['side', 'way', 'time', 'thing', 'part', 'reason', 'step', 'hand', 'occasion', 'point', 'word', 'thought']);
// (in a list of names, one a line, the age is followed by a dash or ends the line: "Ana Ruiz, 25 - named as ...")
const APPOSITIVE_AGE = /^,\s(\d{1,3})(?=,|\.(?!\d)|;|\)|\s+and\b|\s+[-–—]\s|[ \t]*\r?\n)/;
const ROLE_AGE = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[a-z]+\\s+)?(${ROLE_NOUNS.join('|')}),\\s(\\d{1,3})(?=,|\\.(?!\\d)|;|\\)|\\s+and\\b)`, 'g');
const COPULA_AGE = /\b(?:was|is)\s+(?:only\s+|just\s+|aged\s+)?(\d{1,2})(?=,?\s+and\s|\s*[,;)]|\.(?!\d)|[ \t]*\r?\n|[ \t]*$)/g;
/** Between the subject and its copula: nothing, an appositive or a relative clause between commas. */
const SUBJECT_TAIL = /^(?:\s*,[^,.;]{1,80},)?\s*$/;
const ROLE_SUBJECT = new RegExp(`^\\s*(?:The|A|An|Another|One|Her|His|Their)\\s+(?:[a-z]+\\s+)?(${ROLE_NOUNS.join('|')})\\b`);

/** Whose an age after a copula is, from the words before it in its sentence: a person named first (key), a
 *  role noun ("np:assailant"), he or she (null: someone the sentence does not name); undefined when the
 *  subject is none of these. */
function copulaSubject(head: string, start: number, entities: readonly Entity[]): string | null | undefined {
  if (/^\s*(?:He|She)\s*$/.test(head)) { return null; }
  const lead = head.length - head.trimStart().length;
  const e = entities.find((x) => x.type === 'person' && x.start === start + lead);
  if (e && SUBJECT_TAIL.test(head.slice(e.end - start))) { return e.key; }
  const r = ROLE_SUBJECT.exec(head);
  if (r && SUBJECT_TAIL.test(head.slice(r[0].length))) { return 'np:' + r[1].toLowerCase(); }
  return undefined;
}
const SPEC_AGE = /^[ \t]*Age[ \t]*:[ \t]*(\d{1,3})[ \t]*$/gm;
/** Between a value and the day it is given for: "168 raids on November 15th", "killed 14 people in the town on 3 May". */
const DAY_AFTER_GAP = /^[^,;.\d]{0,30}?\bon\s+(?:the\s+)?$/i;

const CASUALTY = new Set(['death', 'injury', 'missing', 'arrest', 'confinement', 'evacuation', 'rescue']);

const predicateOfStem = new Map<string, string>();
const predicatePrefixes: Array<[string, string]> = [];
for (const [cls, stems] of PREDICATE_CLASSES) {
  for (const s of stems) {
    if (s.endsWith('*')) { predicatePrefixes.push([s.slice(0, -1), cls]); } else if (!predicateOfStem.has(s)) { predicateOfStem.set(s, cls); }
  }
}
const measureOf = new Map<string, string>();
for (const [lemma, words] of MEASURE_SYNONYMS) { for (const w of words) { measureOf.set(w, lemma); } }

/** predicateClass per word (null: none), across documents: the same words recur, and the stem and
 *  prefix look-ups cost more than one Map look-up. */
const classCache = new Map<string, string | null>();

/** The predicate class of one word, or undefined. */
export function predicateClass(word: string): string | undefined {
  if (word.length > 64) { return classOfWord(word); }
  let c = classCache.get(word);
  if (c === undefined) {
    c = classOfWord(word) ?? null;
    if (classCache.size >= 100_000) { classCache.clear(); }
    classCache.set(word, c);
  }
  return c ?? undefined;
}

function classOfWord(word: string): string | undefined {
  const st = stemWord(word);
  // (a whole word listed first: "election" is a vote, though it shares the stem of "elected", a win)
  const direct = predicateOfStem.get(word.toLowerCase()) ?? predicateOfStem.get(st);
  if (direct) { return direct; }
  for (const [p, cls] of predicatePrefixes) { if (st.startsWith(p)) { return cls; } }
  return undefined;
}

/** "people" -> "person", "seats" -> "seat", "weapons" -> "weapon". */
export function measureLemma(noun: string): string {
  const w = noun.toLowerCase().trim().split(/\s+/).pop() ?? '';
  const syn = measureOf.get(w);
  if (syn) { return syn; }
  if (w.endsWith('ies') && w.length > 4) { return w.slice(0, -3) + 'y'; }
  if (/(?:ches|shes|sses|xes)$/.test(w)) { return w.slice(0, -2); }
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) { return w.slice(0, -1); }
  return w;
}

/** The speakers of quotes named where the entity tagger found no name ("\"Mom,\" Malia, our 10-year-old,
 *  said"): the attribution read a person there, so the sentence's values may be that person's too. In
 *  text order; each once. */
function speakerMentions(a: Pick<DocumentAnalysis, 'entities' | 'quotes'>, text: string): Entity[] {
  const out: Entity[] = [];
  for (const q of a.quotes) {
    const sp = q.speakerSpan;
    if (!sp) { continue; }
    // (a name: a pronoun resolved to the speaker, "He said", is no mention of the name there)
    const written = text.slice(sp.start, sp.end);
    if (!q.speakerKey?.startsWith('person:') || !/^\p{Lu}/u.test(written) || /^(?:he|she|i|we|they|it|you)$/i.test(written)) { continue; }
    if (out.some((e) => e.start === sp.start) || overlapsEntity(a.entities, sp)) { continue; }
    out.push({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), type: 'person', key: q.speakerKey });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Does any entity (sorted by start) overlap span s? */
function overlapsEntity(entities: readonly Entity[], s: Span): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid].end <= s.start) { lo = mid + 1; } else { hi = mid; } }
  return lo < entities.length && entities[lo].start < s.end;
}

interface SentenceParts {
  span: Span;
  figures: Figure[];
  entities: Entity[];
  /** The last clause tested for HEDGE and the answer: figures of one clause share it. */
  hedge?: { start: number; end: number; hedged: boolean };
  /** The names of the previous sentence: its people are whom a "he" or "she" opening this one's main
   *  clause most likely is. */
  before?: Entity[];
}

/** HEDGE.test on the clause's text, once per clause of the sentence in a row. */
function hedged(parts: SentenceParts, text: string, clause: Span): boolean {
  const h = parts.hedge;
  if (h && h.start === clause.start && h.end === clause.end) { return h.hedged; }
  const v = HEDGE.test(text.slice(clause.start, clause.end));
  parts.hedge = { start: clause.start, end: clause.end, hedged: v };
  return v;
}

/** Facts of one document, in text order. `a` carries the entities and quotes (keys resolved or raw). */
export function extractFacts(a: Pick<DocumentAnalysis, 'sentences' | 'figures' | 'entities' | 'quotes'>, text: string): Fact[] {
  const facts: Fact[] = [];
  let fi = 0;
  let ei = 0;
  let before: Entity[] = [];
  const speakers = speakerMentions(a, text);
  let si = 0;
  for (const s of a.sentences) {
    while (fi < a.figures.length && a.figures[fi].end <= s.start) { fi++; }
    while (ei < a.entities.length && a.entities[ei].end <= s.start) { ei++; }
    while (si < speakers.length && speakers[si].end <= s.start) { si++; }
    const parts: SentenceParts = { span: { start: s.start, end: s.end }, figures: [], entities: [], before };
    // a sentence of hundreds of numbers (a table run together) is read for its first MAX_FIGURES only:
    // the slots of one figure look at its neighbours, so this bounds the work per sentence
    for (let j = fi; j < a.figures.length && a.figures[j].start < s.end; j++) { if (parts.figures.length < MAX_FIGURES) { parts.figures.push(a.figures[j]); } }
    for (let j = ei; j < a.entities.length && a.entities[j].start < s.end; j++) { parts.entities.push(a.entities[j]); }
    if (si < speakers.length && speakers[si].start < s.end) {
      for (let j = si; j < speakers.length && speakers[j].start < s.end; j++) { parts.entities.push(speakers[j]); }
      parts.entities.sort((x, y) => x.start - y.start);
    }
    const consumed = new Set<Figure>();
    const sentFacts: Fact[] = [];
    for (const [i, f] of parts.figures.entries()) {
      if (consumed.has(f)) { continue; }
      const fact = figureFact(f, i, parts, text, consumed);
      if (fact) { sentFacts.push(fact); }
    }
    const like = new Map<string, number>();
    // like values: same kind and unit ("ND 29.7% ..., Syriza 26.9%"); "29 dead, 52 injured" are two facts, not a list
    // ("286 passengers and 41 crew" are two measures, not a list)
    // (a part of a count beside it, "Eight attackers are dead, and seven died ...", makes no list either, nor do
    // the specs of two cameras, "2.1 megapixels up front, 16 megapixels on the rear camera")
    const kindKey = (x: Fact) => `${x.figureKind}|${x.value?.unit ?? ''}|${x.figureKind === 'count' ? x.measure : ''}|${x.predicate && (CASUALTY.has(x.predicate) || SIDE_CLASSES.has(x.predicate)) ? x.predicate : ''}|${x.scope ?? ''}`;
    for (const x of sentFacts) { if (x.role === 'measurement' && x.kind === 'figure') { like.set(kindKey(x), (like.get(kindKey(x)) ?? 0) + 1); } }
    for (const x of sentFacts) { if ((like.get(kindKey(x)) ?? 0) >= 2) { x.inList = true; } facts.push(x); }
    facts.push(...revisions(sentFacts, parts, text));
    before = parts.entities;
  }
  // "Captain Ewan Tarrow, 54, ...": an age in apposition to a person, which the figure reader leaves alone
  for (const e of a.entities) {
    if (e.type !== 'person') { continue; }
    const m = APPOSITIVE_AGE.exec(text.slice(e.end, e.end + 10));
    if (!m) { continue; }
    const age = ageFact(a, e.end + m.index + m[0].indexOf(m[1]), m[1], e.key);
    if (age) { facts.push(age); }
  }
  // "The lorry driver, 28, ...": an age in apposition to a role noun is the age of the one it names
  ROLE_AGE.lastIndex = 0;
  for (let m = ROLE_AGE.exec(text); m; m = ROLE_AGE.exec(text)) {
    const at = m.index + m[0].length - m[2].length;
    if (facts.some((f) => f.start === at)) { continue; }
    const age = ageFact(a, at, m[2], 'np:' + m[1].toLowerCase());
    if (age) { facts.push(age); }
  }
  // "Samy Amimour, another Frenchman, was 28 and ...", "Another assailant, who died at the hall, was 29", "He was 25,":
  // an age after a copula, of the clause's subject when that is a person, a role noun or he/she (never "the toll was 29")
  COPULA_AGE.lastIndex = 0;
  for (let m = COPULA_AGE.exec(text); m; m = COPULA_AGE.exec(text)) {
    const at = m.index + m[0].length - m[1].length;
    const si = sentenceOf(a.sentences, at);
    if (si < 0 || facts.some((f) => f.start === at)) { continue; }
    // (the subject opens the sentence and the copula follows it closely; a longer head has none of these)
    if (m.index - a.sentences[si].start > 200) { continue; }
    const head = text.slice(a.sentences[si].start, m.index);
    const holder = copulaSubject(head, a.sentences[si].start, a.entities);
    if (holder === undefined) { continue; }
    const age = ageFact(a, at, m[1], holder);
    if (age) { facts.push(age); }
  }
  // "Age: 44" on a line of its own: a fact box's age, of the person the box is about (whom it does not name)
  SPEC_AGE.lastIndex = 0;
  for (let m = SPEC_AGE.exec(text); m; m = SPEC_AGE.exec(text)) {
    const age = ageFact(a, m.index + m[0].indexOf(m[1], m[0].indexOf(':')), m[1], null);
    if (age) { facts.push(age); }
  }
  for (const q of a.quotes) {
    if (q.quoteKind !== 'speech') { continue; }
    const si = sentenceOf(a.sentences, q.start);
    const sentence = si >= 0 ? { start: a.sentences[si].start, end: Math.max(a.sentences[si].end, Math.min(q.end, text.length)) } : { start: q.start, end: q.end };
    facts.push(quoteFact(q, sentence, text));
  }
  facts.sort((x, y) => x.start - y.start || x.end - y.end);
  facts.forEach((f, i) => { f.id = `f${i + 1}`; });
  return facts;
}

function sentenceOf(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].end <= offset) { lo = mid + 1; } else if (sentences[mid].start > offset) { hi = mid - 1; } else { return mid; }
  }
  return -1;
}

function quoteFact(q: Quote, sentence: Span, text: string): Fact {
  return {
    id: '', kind: 'quote', start: q.start, end: q.end, sentence,
    measure: null, predicate: 'said', holder: q.speakerKey, scope: null, time: null, role: 'measurement',
    speakerKey: q.speakerKey, speaker: q.speaker, words: quoteWordsOf(text.slice(q.inner.start, q.inner.end)),
  };
}

// ---------------------------------------------------------------- figures

function figureFact(f: Figure, i: number, parts: SentenceParts, text: string, consumed: Set<Figure>): Fact | null {
  const s = parts.span;
  const prev = parts.figures[i - 1];
  const next = parts.figures[i + 1];
  const clause = clauseAround(text, s, f);
  // the words before a figure belong to it only back to the previous figure ("killed 14, injured 40 and destroyed 300 homes")
  // ("from €10m to €3m" and "12 or 13" share theirs)
  // (a time of day is part of the moment it dates: "born at 7:24 p.m. on Aug. 4")
  const cutAtPrev = prev && prev.end <= f.start && prev.kind !== 'year' && prev.kind !== 'date' && prev.kind !== 'duration' && prev.kind !== 'time' &&
    // an ordinal is part of what is dated ("signed its first deal in 2011")
    !(prev.kind === 'ordinal' && (f.kind === 'year' || f.kind === 'date')) && !/^\s*(?:to|and|or|,|-|–|\()\s*$/.test(text.slice(prev.end, f.start));
  const leftRaw = text.slice(Math.max(clause.start, f.start - MAX_SIDE, cutAtPrev ? prev.end : 0), f.qualifierText ? qualifierStart(text, f) : f.start);
  const leftNear = text.slice(Math.max(s.start, f.start - 40), f.start);
  const rightRaw = text.slice(f.end, Math.min(clause.end, f.end + MAX_SIDE));

  let value = valueOf(f);
  let end = f.end;
  // "200 to 300 bodies", "between 2019 and 2024": one interval.
  // ("boosted from 2600mAh to 2800mAh", "an upgrade from 13MP to 16MP": a change, the old value and the new)
  const change = /\bfrom\s+$/i.test(leftNear) && words(leftNear).slice(-5, -1).some((w) => CHANGE_CLASSES.has(predicateClass(w) ?? '') || CHANGE_WORDS.test(w));
  if (next && next.kind === f.kind && (next.unit ?? '') === (f.unit ?? '') && f.value !== null && next.value !== null && !change &&
      RANGE_GAP.test(text.slice(f.end, next.start)) && (next.value > f.value) &&
      (RANGE_BEFORE.test(leftNear) || /^\s*(?:-|–|to)\s*$/.test(text.slice(f.end, next.start)))) {
    value = { ...value, lo: Math.min(value.lo, f.value), hi: Math.max(valueOf(next).hi, next.value), text: text.slice(f.start, next.end) };
    end = next.end;
    consumed.add(next);
  }

  // (a range read as one value is judged on what follows the range: the "from" of "from €10 to €20 each"
  // opens the range, it names no old value)
  const ranged = end !== f.end;
  const role0 = roleOf(f, prev, text, leftRaw, ranged ? text.slice(end, Math.min(clause.end, end + MAX_SIDE)) : rightRaw, parts);
  const role = ranged && role0 === 'old' && RANGE_BEFORE.test(leftNear) ? 'measurement' : role0;
  let measure = measureOfFigure(f, rightRaw);
  // "239 passengers and crew": the count is of both, not of the first noun
  const both = f.kind === 'count' && measure ? AND_NOUN_AFTER.exec(rightRaw) : null;
  if (both && measure) { measure = `${measure}+${measureLemma(both[1].toLowerCase())}`; }
  // "14 dead", "14 KILLED", "3 injured": the counted word is the predicate, and people are counted
  const own = f.counted ? predicateClass(f.counted) : undefined;
  const casualty = own && CASUALTY.has(own) ? own : undefined;
  // (or a noun the sentence said before: "Eight attackers are dead, and seven died")
  let elided: { measure: string; part: boolean } | null = null;
  if (casualty && measure && predicateClass(measure) === casualty) {
    elided = elidedNoun(f, i, parts, text);
    measure = elided?.measure ?? 'person';
  }
  // (a finishing place is its own event, whatever verb is near: "placed third", "came in first")
  // (the verb after a relative clause about the counted ones lies past the clause's end: "89 people, who had
  // been listening to a band, had been shot to death")
  const toSentenceEnd = text.slice(f.end, Math.min(s.end, f.end + MAX_SIDE));
  const rightVerb = RELATIVE_CLAUSE_AFTER.test(toSentenceEnd) ? toSentenceEnd : rightRaw;
  const read = casualty ?? (f.kind === 'ordinal' && f.counted === 'place' ? 'place' : predicateOf(f, leftRaw, rightVerb, measure));
  // "police conducted 414 raids", "182 charges were filed": where no verb of the clause has a class, a counted
  // noun that names an event is the fact's event itself (not a noun of things or people: "five passengers",
  // "four attackers")
  const predicate0 = (!read || read.startsWith('w:')) && f.kind === 'count' && own && EVENT_NOUN_CLASSES.has(own) &&
    measure !== 'person' && !PEOPLE.has((f.counted ?? '').toLowerCase()) ? own : read;
  // "would claim 89 lives", "took 30 lives": lives a verb takes are the dead
  const livesTaken = f.kind === 'count' && /^lives$/i.test(f.counted ?? '') && LIVES_VERB_BEFORE.test(leftNear);
  const predicate1 = livesTaken ? 'death' : predicate0;
  // "four others are still missing": the others of a casualty count are people
  if (measure === 'other' && predicate1 && CASUALTY.has(predicate1)) { measure = 'person'; }
  // "a 2.0MP front camera", "16 megapixels on the rear camera": which camera of a device a spec is of
  const predicate = (f.kind === 'quantity' && f.unit && (!predicate1 || predicate1.startsWith('w:')) && sideOf(rightRaw, parts, i)) || predicate1;
  const holder = holderOf(f, parts, text, clause);
  // (an age has no place or part: "a 31-year-old French citizen living in Belgium" is of the person, wherever)
  const scope = measure === 'age' ? null : scopeOf(f, leftNear, rightRaw, parts, text, text.slice(Math.max(s.start, f.start - 200), f.start)) ??
    distanceFrom(f, rightRaw, parts) ?? (elided?.part ? 'of them' : null);
  // a year or date with an event of its own ("built in 1998") dates that event, not this value
  const noEventOf = (g: Figure) => ![...words(text.slice(Math.max(s.start, g.start - 30), g.start)).slice(-4), ...firstWords(text.slice(g.end, g.end + 12).replace(/^-/, ' '), 1)]
    .some((w) => EVENT_CLASSES.has(predicateClass(w) ?? ''));
  // a bare year elsewhere in the sentence says which occurrence the value belongs to ("Great Kanto in
  // 1923 ... was 7.9 magnitude"): part of the value's time when nothing closer gives one
  const sentenceYear = f.kind === 'year' || f.kind === 'date' ? undefined
    : parts.figures.find((g) => g !== f && g.kind === 'year' && !(f.period && f.period.text.includes(g.text)) && noEventOf(g));
  // a date or a span earlier in the clause dates the value when nothing closer does ("On November 15th
  // police conducted 168 raids", "In five nights of operations 174 weapons were seized")
  const inClauseBefore = (g: Figure) => g !== f && g.start >= clause.start && g.end <= f.start;
  const dayBefore = f.kind === 'year' || f.kind === 'date' ? undefined
    : parts.figures.find((g) => g.kind === 'date' && g.iso && inClauseBefore(g) && noEventOf(g));
  const spanBefore = f.kind === 'year' || f.kind === 'date' || f.kind === 'duration' ? undefined
    : parts.figures.find((g) => g.kind === 'duration' && !OFFSET_AFTER.test(text.slice(g.end, g.end + 16)) && (inClauseBefore(g) || (g.start >= f.end && g.end <= clause.end && g.start - f.end <= 60)) &&
      SPAN_BEFORE.test(text.slice(Math.max(s.start, g.start - 24), g.start)));
  // (or right after it: "police carried out 168 raids on November 15th")
  const dayAfter = f.kind === 'year' || f.kind === 'date' || dayBefore ? undefined
    : parts.figures.find((g) => g.kind === 'date' && g.iso && g.start >= end && g.end <= clause.end && DAY_AFTER_GAP.test(text.slice(end, g.start)) && noEventOf(g));
  const day = dayBefore ?? dayAfter;
  // (and a month earlier in the sentence names the episode: "In January, two brothers attacked ..., killing 12")
  // (read within the 300 characters before the value: a sentence can be a whole 1 MB line of figures)
  const sentenceMonth = f.kind === 'year' || f.kind === 'date' ? null : MONTH_WINDOW.exec(text.slice(Math.max(s.start, f.start - 300), f.start));
  const time = timeOf(f, leftRaw, rightRaw) ?? (day ? `on ${day.iso}` : null) ??
    (spanBefore ? `over ${spanBefore.text.toLowerCase()}` : null) ?? (sentenceYear ? `in ${sentenceYear.text}` : null) ??
    (sentenceMonth ? sentenceMonth[0].toLowerCase().replace(/\s+/g, ' ') : null);
  const isDate = f.kind === 'year' || f.kind === 'date';
  // what a dated event is about: "signed the Maastricht Treaty in 1992" vs "signed its loan deal in 2010"
  const objectWord = (w: string) => w.length >= 4 && w === w.toLowerCase() && !/\d/.test(w) && !isStopword(w) && !CLAUSE_LINKS.test(w) && !predicateClass(w);
  const before = isDate ? lastWords(text.slice(Math.max(s.start, f.start - 160), f.start), 10) : [];
  const after = isDate ? firstWords(rightRaw, 8) : [];
  // (the words right next to the date: "radicalized in 2010", "a target for radicalisation in 2010")
  const near = isDate ? [...new Set([...before.slice(-NEAR_BEFORE), ...after.slice(0, NEAR_AFTER)].filter(objectWord).map((w) => stemWord(w)))] : [];
  const objects = isDate ? [...new Set([
    ...[...before, ...after].filter(objectWord).map((w) => stemWord(w)),
    // the names next to the date are what it is about ("Harvard Law School in 1988")
    ...parts.entities.filter((e) => (e.end <= f.start && e.end > f.start - 60) || (e.start >= f.end && e.start < f.end + 40)).map((e) => 'e:' + e.key),
    ...(predicate ? occurrenceOf(text.slice(Math.max(s.start, f.start - 60), f.start), predicate) : []),
    // the event words near a calendar day, by class ("the May 6 election", "a ballot on May 6": c:vote),
    // so two mentions of one day can be told to be about one event
    ...(f.kind === 'date' ? [...words(text.slice(Math.max(s.start, f.start - 60), f.start)).slice(-5), ...firstWords(rightRaw, 4)]
      .map((w) => predicateClass(w.toLowerCase())).filter((c): c is string => !!c).map((c) => 'c:' + c) : []),
  ])] : undefined;
  const stuff = f.kind === 'quantity' && f.unit ? stuffOf(rightRaw, text.slice(s.start, f.qualifierText ? qualifierStart(text, f) : f.start)) : null;
  const perMatch = f.kind === 'money' || f.kind === 'count' || f.kind === 'quantity' ? PER_AFTER.exec(rightRaw) : null;
  const per = perMatch ? measureLemma(perMatch[1].toLowerCase()) : null;
  // "the two sides", "one way": counts of nothing a reader would check
  if (f.kind === 'count' && measure && NOT_COUNTED.has(measure)) { return null; }
  // "8 clubs have spent £1bn", "nine clubs spending more than 70% of revenue": a count of the clause's
  // subject is defined by the amount its verb governs; clubs that spent one thing are not clubs that spent another
  let condition: string | undefined;
  if (f.kind === 'count' && !(predicate && CASUALTY.has(predicate)) && wordCount(text.slice(clause.start, f.start), 3) <= 3) {
    const g = parts.figures.find((o) => o.start >= end && o.end <= clause.end && (o.kind === 'money' || o.kind === 'percent' || o.kind === 'quantity') && o.value !== null);
    if (g) { const v = valueOf(g); condition = `${g.kind}:${g.unit ?? ''}:${v.lo}:${v.hi}`; }
  }
  return {
    id: '', kind: isDate ? 'date' : 'figure', start: f.start, end, sentence: { ...s }, figureKind: f.kind, value,
    measure, predicate: isDate ? (predicate && EVENT_CLASSES.has(predicate) ? predicate : null) : predicate,
    holder, scope, time, role, ...(objects ? { objects } : {}), ...(near.length ? { near } : {}), ...(condition ? { condition } : {}), ...(stuff ? { stuff } : {}), ...(per ? { per } : {}),
    // (an age is hedged only by what comes before it, "is believed to be 28": "X, 27, is thought to be in Syria"
    // hedges where he is, not his age)
    ...((measure === 'age' ? HEDGE.test(text.slice(clause.start, f.start)) : hedged(parts, text, clause)) ? { hedged: true } : {}),
  };
}

/** The side of a device a spec value is of, right after the value and before the next figure: "2.0MP
 *  front camera", "16-megapixel rear-facing camera", "camera on the front", "megapixels up front". */
const SIDE_AFTER = new RegExp('^\\s*(?:(front|rear|back|selfie|main|primary)(?:-facing)?\\s+(?:camera|shooter|lens|sensor|snapper)s?\\b' +
  '|(?:camera|shooter|lens|sensor|snapper)s?\\s+(?:on|at|in)\\s+(?:the\\s+)?(front|rear|back)\\b' +
  '|(?:up\\s+)(front)\\b|on\\s+the\\s+(front|rear|back)\\b)', 'i');
const SIDE_CLASS: Readonly<Record<string, string>> = { front: 'front-camera', selfie: 'front-camera', rear: 'rear-camera', back: 'rear-camera', main: 'rear-camera', primary: 'rear-camera' };

const SIDE_CLASSES: ReadonlySet<string> = new Set(Object.values(SIDE_CLASS));

function sideOf(right: string, parts: SentenceParts, i: number): string | null {
  // (the figures are in text order: the next one after figure i is found from i + 1, not from the start)
  const f = parts.figures[i];
  let next: Figure | undefined;
  for (let k = i + 1; k < parts.figures.length && !next; k++) { if (parts.figures[k].start >= f.end) { next = parts.figures[k]; } }
  const m = SIDE_AFTER.exec(next ? right.slice(0, next.start - f.end) : right);
  const side = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase() : null;
  return side ? SIDE_CLASS[side] : null;
}

const PEOPLE = new Set(PEOPLE_NOUNS);

/** Numeral ellipsis: a bare casualty count ("seven died", "2 were injured") repeats the noun of a count
 *  of people earlier in its sentence that is itself the subject of a casualty verb and no smaller:
 *  "Eight attackers are dead, and seven died" counts attackers, "Five soldiers were killed and 2 were
 *  injured" soldiers. The measure lemma of that noun, or null (the bare count counts people). */
function elidedNoun(f: Figure, i: number, parts: SentenceParts, text: string): { measure: string; part: boolean } | null {
  if (f.value === null || !f.counted) { return null; }
  for (let k = i - 1; k >= 0; k--) {
    const g = parts.figures[k];
    if (g.kind !== 'count' || !g.counted) { continue; }
    // (the nearest count decides: "12 people died and 3 soldiers were hurt, and 2 more died" is not read)
    if (g.value === null || g.value < f.value || !PEOPLE.has(g.counted.toLowerCase())) { return null; }
    const own = casualtyAfter(text, g.end);
    if (!own || own === 'people') { return null; }
    // fewer of them under the same verb class are some of them ("seven [of the eight] died detonating vests")
    return { measure: measureLemma(g.counted), part: f.value < g.value && predicateClass(own) === predicateClass(f.counted) };
  }
  // no count before it: a plural of people that is a casualty subject itself ("Police believe all of the
  // gunmen are dead - seven killed themselves"): some of them
  const head = text.slice(Math.max(parts.span.start, f.start - 160), f.start);
  let found: { measure: string; part: boolean } | null = null;
  for (const m of head.matchAll(/[\p{L}]+/gu)) {
    if (!PEOPLE.has(m[0].toLowerCase())) { continue; }
    const own = casualtyAfter(text, f.start - head.length + m.index + m[0].length);
    if (own && own !== 'people') { found = { measure: measureLemma(m[0]), part: true }; }
  }
  return found;
}

/** "9.0 magnitude, upgraded from 8.9", "a toll of 31, revised from 29": the bare number after a revision
 *  verb is the old value of the figure before it (same kind and unit), which the figure reader leaves alone. */
const REVISED_FROM = /^[^.;:!?]{0,30}?\b(?:upgraded|downgraded|revised(?:\s+(?:up|down)(?:wards?)?)?|raised|lowered|corrected|up|down)\s+from\s+(?:an?\s+(?:initial|earlier|previous)\s+(?:\w+\s+)?)?(\d+(?:\.\d+)?)(?![\d.,]*\d)(?!\s*(?:%|per\s?cent|[a-z]))/i;
function revisions(sentFacts: Fact[], parts: SentenceParts, text: string): Fact[] {
  const out: Fact[] = [];
  for (const x of sentFacts) {
    if (x.kind !== 'figure' || x.role !== 'measurement' || !x.value || !Number.isFinite(x.value.lo)) { continue; }
    const m = REVISED_FROM.exec(text.slice(x.end, Math.min(parts.span.end, x.end + 70)));
    if (!m) { continue; }
    const start = x.end + m.index + m[0].length - m[1].length;
    if (parts.figures.some((g) => g.start <= start && start < g.end)) { continue; }
    const n = Number(m[1]);
    const dot = m[1].indexOf('.');
    const r = dot >= 0 ? 0.5 * Math.pow(10, -(m[1].length - dot - 1)) : 0;
    out.push({ ...x, id: '', start, end: start + m[1].length, role: 'old', inList: undefined,
      value: { lo: n - r, hi: n + r, text: m[1], iso: null, unit: x.value.unit ?? null } });
  }
  return out;
}

/** "passed its last safety inspection on 4 February": a word that makes this occurrence of a recurring
 *  event the only one of its kind ('once:last', 'once:first'), read from the words right before the date. */
function occurrenceOf(before: string, predicate: string): string[] {
  const ws = before.replace(/\s+(?:on|in|at|of|from|dated)\s*$/i, '').split(/\s+/).filter(Boolean);
  for (let i = ws.length - 1; i >= Math.max(0, ws.length - 2); i--) {
    if (predicateClass(ws[i].toLowerCase().replace(/[^a-z-]/g, '')) !== predicate) { continue; }
    const lead = ws.slice(Math.max(0, i - 3), i).join(' ');
    for (const [name, re] of UNIQUE_OCCURRENCE) {
      // the marker sits right before the event word or one modifier before it ("last safety inspection")
      if (re.test(lead) || re.test(ws.slice(Math.max(0, i - 3), i - 1).join(' '))) { return ['once:' + name]; }
    }
  }
  return [];
}

function qualifierStart(text: string, f: Figure): number {
  const i = text.lastIndexOf(f.qualifierText!, f.start);
  return i >= 0 && f.start - i < 40 ? i : f.start;
}

/** What an amount is per, right after it: "a day", "per week", "each season", "a fixture", "a head". */
const PER_AFTER = /^\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|night|season|match|game|fixture|head|person|capita|episode|unit|barrel|share|ton|tonne)\b(?![-'’])/i;

/** "of" and a bare noun right after an amount: a lower-case word or an acronym ("of RAM", "of rain"). */
const STUFF_AFTER = /^\s+of\s+([a-z]{3,}|[A-Z]{2,5})\b(?!['’-])/;
/** A spec-sheet label that opens the sentence right before the amount ("RAM: 2GB", "Battery life: 20 hours"). */
const STUFF_LABEL = /^\s*(?:[A-Za-z]+\s)?([A-Za-z]{2,}):\s*$/;

/** What an amount in a unit is of: "2GB of RAM", "50mm of rain", "RAM: 2GB". Only a bare noun: "40km of
 *  the coast" is a distance from it (the scope reads it), and a function or time word is no stuff ("of which"). */
function stuffOf(right: string, sentenceBefore: string): string | null {
  const m = STUFF_AFTER.exec(right) ?? STUFF_LABEL.exec(sentenceBefore);
  if (!m) { return null; }
  const w = m[1].toLowerCase();
  return isStopword(w) || TIME_WORDS.test(w) || NUMBER_WORDS.includes(w) ? null : measureLemma(w);
}

const AND_NOUN_AFTER = /^\s+and\s+(crew|staff|crew members|employees|workers|children|others|officers|soldiers|civilians)\b(?!\s+(?:were|was|are|is|have|had)\b)/i;
/** A clause that states its value as unconfirmed. */
const HEDGE = /\b(?:may|might|could) (?:have )?(?:be|been|have)\b|\b(?:reportedly|allegedly|purportedly|supposedly|unconfirmed)\b|\b(?:is|are|was|were) (?:believed|thought|said|feared|understood) to\b|\b(?:is|are|was|were|have been|had been) (?:reported|feared) (?:killed|dead|missing|injured|wounded|hurt)\b|\bclaim(?:ed|s|ing)? (?:that|responsibility)\b/i;
const SPAN_BEFORE = /\b(?:in|over|during|within|across)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?$/i;
const OFFSET_AFTER = /^\s*(?:later|earlier|before|after|ago|afterwards|beforehand|prior\b|previously)\b/i;
const OTHER_AFTER = /^\s+(?:other|others|more|further|additional)\b/i;
const OTHER_INSIDE = /^\S+\s+(?:other|more|further|additional)\s/i;
const WHERE_BEFORE = /\b(?:the|a|an)\s+((?:[a-z]+\s+){0,2}[a-z]+),?\s+(?:where|in which|at which)\s+(?:[a-z]+\s+){0,2}$/i;
const COMPARED_AFTER = /^\s+(?:[a-z]+\s+){0,3}?(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater)\b[^.;]{0,40}?\bthan\s+((?:[\p{L}\p{N}'’-]+\s*){1,3})/iu;

/** "1,600km (1,000 miles) west of Perth", "120km south by west from the site": a distance is measured
 *  from a reference point, part of what the figure is about ("from:place:perth", "from:site"); two
 *  distances from different points, or from a point on one side only, are different facts. */
const DISTANCE_REF = /^\s*(?:\([^()]{0,40}\)\s*)?(?:["“]?(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))*(?:\s+by\s+(?:north|south|east|west))?["”]?\s+)?(?:of|from|off)\s+(?:the\s+|a\s+|an\s+)?/i;
function distanceFrom(f: Figure, right: string, parts: SentenceParts): string | null {
  if (f.kind !== 'quantity' || !isLength(f.unit)) { return null; }
  const m = DISTANCE_REF.exec(right);
  if (!m) { return null; }
  const at = f.end + m[0].length;
  const e = parts.entities.find((x) => x.start === at);
  if (e) { return 'from:' + e.key; }
  // (the reference's noun phrase ends where its clause does: "from the coast, the navy said" is from the coast)
  const ref = right.slice(m[0].length);
  const stop = ref.search(/[,;:.!?()"“”—–]/);
  const head = firstWords(stop >= 0 ? ref.slice(0, stop) : ref, 3).filter((w) => w === w.toLowerCase() && !isStopword(w)).slice(0, 2);
  return head.length ? 'from:' + head.map((w) => stemWord(w)).join(' ') : null;
}

/** The clause of the sentence that holds [f.start, f.end). */
function clauseAround(text: string, s: Span, f: Span): Span {
  const lo = Math.max(s.start, f.start - MAX_SIDE);
  const hi = Math.min(s.end, f.end + MAX_SIDE);
  let start = lo;
  let end = hi;
  const slice = text.slice(lo, hi);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const at = lo + m.index;
    // a heading value at the start of a sentence ("May 1992: The league is founded ...") is what the
    // rest of the sentence is about: the colon after it ends no clause
    if (m[0][0] === ':' && /^\s*$/.test(text.slice(f.end, at)) && words(text.slice(s.start, f.start)).length <= 1) { continue; }
    if (at + m[0].length <= f.start) { start = at + m[0].length; } else if (at >= f.end) { end = at; break; }
  }
  return { start, end };
}

/** The interval of values the figure allows. Unqualified numbers allow the rounding of their last
 *  significant digit ("67 billion" is 66.5–67.5 billion; "14" is 14); approximations allow 10%. */
export function valueOf(f: Figure): FactValue {
  const text = f.qualifierText ? `${f.qualifierText} ${f.text}` : f.text;
  if (f.value === null) { return { lo: NaN, hi: NaN, text, iso: f.iso, unit: f.unit }; }
  const v = f.value;
  // a time of day is compared by the minute written: "around 12.30am" and "12:20 a.m." may be two moments
  // of one night's timeline (the siege ended, police stormed), "just after 9.20pm" is 9:20 as another
  // outlet writes it; the qualifier stays in the text
  if (f.kind === 'time') { return { lo: v, hi: v, text, iso: f.iso, unit: f.unit }; }
  const r = rounding(f);
  let lo = v - r;
  let hi = v + r;
  switch (f.qualifier) {
    case 'approx': lo = Math.min(lo, v * 0.9); hi = Math.max(hi, v * 1.1); if (v < 0) { [lo, hi] = [hi, lo]; } break;
    case 'over': lo = v; hi = Infinity; break;
    case 'at-least': lo = v; hi = Infinity; break;
    case 'under': lo = -Infinity; hi = v; break;
    case 'at-most': lo = -Infinity; hi = v; break;
    default: break;
  }
  return { lo, hi, text, iso: f.iso, unit: f.unit };
}

/** Half a unit of the last significant digit as written: "1,600" -> 50, "66.8 billion" -> 0.05e9, "14" -> 0,
 *  "27 percent" -> 0.5. */
function rounding(f: Figure): number {
  if (f.kind === 'year' || f.kind === 'date' || f.kind === 'ordinal') { return 0; }
  const m = /(\d[\d,.\u00a0 ]*\d|\d)/.exec(f.text);
  if (!m || f.value === null) { return 0; }
  const digits = m[1].replace(/[,\u00a0 ]/g, '');
  const dot = digits.indexOf('.');
  const written = dot >= 0 ? Number(digits) : Number(digits);
  if (!written) { return 0; }
  const scale = f.value / written;
  if (dot >= 0) { return (0.5 * Math.pow(10, -(digits.length - dot - 1))) * scale; }
  // Trailing zeros of a scaled or large whole number are rounding ("1,600", "67 billion"); small counts are exact.
  const zeros = /0*$/.exec(digits)![0].length;
  // (a whole percentage is one a writer rounded: "27 percent" of the vote is the 26.9% of the official count)
  if (written < 100) { return scale === 1 ? (f.kind === 'percent' ? 0.5 : 0) : 0.5 * scale; }
  if (scale === 1 && zeros === 0) { return 0; }
  return 0.5 * Math.pow(10, zeros) * scale;
}

function roleOf(f: Figure, prev: Figure | undefined, text: string, left: string, right: string, parts: SentenceParts): FactRole {
  if (prev && f.kind === prev.kind && f.start - prev.end < 30 && CONVERSION_GAP.test(text.slice(prev.end, f.start)) &&
      (f.kind === 'quantity' || f.kind === 'money') && (f.unit ?? '') !== (prev.unit ?? '')) { return 'conversion'; }
  if (f.equivalentOf !== undefined) { return 'conversion'; }
  // a year or a duration inside another figure's period ("30% in the first 9 months of 2026") dates it
  if ((f.kind === 'year' || f.kind === 'duration') && parts.figures.some((g) => g !== f && g.period && g.period.text.includes(f.text) && g.start !== f.start)) { return 'window'; }
  if (LABEL_BEFORE.test(left.slice(-24)) && (f.kind === 'count' || f.kind === 'quantity' || f.kind === 'ordinal') && !f.counted) { return 'label'; }
  if (parts.entities.some((e) => e.start <= f.start && e.end >= f.end)) { return 'label'; }
  if (f.kind === 'ordinal') { return 'rank'; }
  // "two days later", "three days earlier", "a week before the vote": an offset that dates another event
  if (f.kind === 'duration' && OFFSET_AFTER.test(right)) { return 'window'; }
  if (CAPACITY.test(left.slice(-60))) { return 'capacity'; }
  if (OLD_VALUE_BEFORE.test(left.slice(-60)) && !/\bto\s+$/i.test(left.slice(-6))) { return 'old'; }
  if (OLD_VALUE_AFTER.test(right.slice(0, 40)) && /\bfrom\s+(?:an?\s+|the\s+)?[^\s]*\s*$/i.test(left.slice(-30))) { return 'old'; }
  // "from" alone says where a thing comes from ("teams from 14 countries"); after a change it is the old value
  // ("the toll climbed from 27", "its stake grew from 5% last year")
  // ("to €3m from the previous €10m": a new value before it, or a word that says the value was before)
  const from = FROM_BEFORE.exec(left.slice(-40));
  if (from && (from[1] || /\bto\s+\S*\d/i.test(left.slice(-60, -from[0].length)) ||
      words(left.slice(-80)).slice(-9, -1).some((w) => CHANGE_CLASSES.has(predicateClass(w) ?? '') || CHANGE_WORDS.test(w)))) { return 'old'; }
  return 'measurement';
}

function measureOfFigure(f: Figure, right: string): string | null {
  if (f.counted === 'age' || (f.unit === 'year' && /^-year-old|year-old/.test(f.text.slice(-9)))) { return 'age'; }
  // "the fifth strongest worldwide", "the fourth largest in the world": a rank is a rank by its superlative
  if (f.kind === 'ordinal') {
    const sup = /^[\s-]+((?:most\s+)?[a-z]+est|most\s+[a-z]+)\b/.exec(right);
    if (sup && !/^(?:best|least|latest|earliest|interest|forest|honest|modest|protest|contest|harvest)$/.test(sup[1])) { return measureLemma(sup[1].replace(/\s+/g, ' ')); }
  }
  if (f.counted) { return measureLemma(f.counted); }
  switch (f.kind) {
    case 'percent': {
      // "30 percent of the vote", "12% of its workforce": the whole the share is of
      const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[a-z]+\s+)?(votes?|seats?|ballots?|shares?|workforce|population|electorate|budget|gdp|market|sales|revenues?)\b/i.exec(right);
      return of ? measureLemma(of[1]) : 'percent';
    }
    case 'money': {
      // "a €14m refit", "a $2bn bailout": the noun the amount is the price of
      const n = /^\s*([a-z]{4,})\b/.exec(right);
      return n && !/^(?:from|with|over|into|more|less|than|each|this|that|last|next|after|before|since|until|till|when|which|while|worth|were|was|have|been|would|will|under|during|within|without|through|across|against|among|unless|because|though|then|where)$/.test(n[1]) ? measureLemma(n[1]) : 'money:' + (f.unit ?? '?');
    }
    case 'quantity': return f.unit ? 'unit:' + f.unit : null;
    case 'duration': return f.unit ? 'duration:' + f.unit : null;
    case 'year': case 'date': return null;
    case 'time': return 'time';
    default: {
      // "14 of the 20 seats", "36,000 fans": a noun right after the figure
      const m = /^\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+)?([a-z]{3,})\b/.exec(right);
      return m ? measureLemma(m[1]) : null;
    }
  }
}

/** The predicate class nearest the figure in its clause: left side first (the verb before the object),
 *  then right (the verb after the subject), then the counted noun itself ("12 seats" -> seat). */
function predicateOf(f: Figure, left: string, right: string, measure: string | null): string | null {
  // "into force" / "in force" is one word for the class table ("force" alone is an air force)
  // (and "carried out" is done, not carried aboard; "dropped off" is brought, no fall)
  // (the rewrites only where one of their words occurs: one scan instead of three or four)
  const lw = lastWords(!REWRITTEN.test(left) ? left : left.replace(/\b(?:into|in)\s+force\b/gi, 'into-force').replace(/\blost\s+(?:their|his|her|its)\s+li(?:fe|ves)\b/gi, 'perished')
    .replace(/\bcarr(?:y|ies|ied|ying)\s+out\b/gi, 'conducted').replace(/\bdrop(?:s|ped|ping)?\s+off\b/gi, 'brought').replace(HOUSE_ARREST, 'house-arrest'), 8);
  // (past a relative clause about the counted ones: "89 people, who had been listening to a band, had been shot to death")
  const right1 = right.replace(RELATIVE_CLAUSE_AFTER, ' ');
  const rw = firstWords(!REWRITTEN.test(right1) ? right1 : right1.replace(/\blost\s+(?:their|his|her|its)\s+li(?:fe|ves)\b/gi, 'perished')
    .replace(/\bshot\s+(?:to\s+death|dead)\b/gi, 'killed').replace(HOUSE_ARREST, 'house-arrest'), 6);
  // A year or date dates an event: only event classes count ("signed a free trade agreement in 2019").
  const dated = f.kind === 'year' || f.kind === 'date';
  // a speed or a magnitude is one by its unit, whatever verb is near ("was doing 21 knots when the alarm was raised")
  if (f.unit === 'km/h' || f.unit === 'mph' || f.unit === 'kn') { return 'speed'; }
  if (f.unit === 'magnitude') { return 'magnitude'; }
  // (and an age one whatever happened to its holder: "the 28-year-old driver was released")
  if (measure === 'age') { return 'age'; }
  const classOf = (w: string) => { const c = predicateClass(w); return c && (!dated || EVENT_CLASSES.has(c)) ? c : undefined; };
  let best: string | null = null;
  let dist = Infinity;
  // "the death toll rose to 29": a change verb before "to" states the level of what changed, so the
  // class of its subject wins ("toll" -> death); "rose by 5%" stays a change.
  const level = /\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|at least\s+)?$/i.test(left);
  // a word of a multi-word name is no verb ("the South Side woman", "Strike Force Alpha")
  const title = (w: string | undefined) => !!w && isTitleWord(w);
  const inName = (ws: string[], i: number) => title(ws[i]) && (title(ws[i - 1]) || title(ws[i + 1]));
  for (let i = lw.length - 1; i >= 0; i--) {
    if (inName(lw, i)) { continue; }
    // (the verb of the attribution is not the value's event, nor is anything before it: "Cazeneuve announced
    // that police carried out 168 raids", "Hospital staff said 17 people were still in hospital")
    // ("tsunamis, reported at 10 metres": a participle before a preposition reports no one's words)
    if (!dated && SOURCE_VERB_FORMS.has(lw[i].toLowerCase())) {
      if (PREPOSITION_AFTER_SOURCE.test(lw[i + 1] ?? '')) { continue; }
      break;
    }
    const c = classOf(lw[i]);
    if (!c) { continue; }
    if (level && (c === 'rise' || c === 'fall') && best === null) {
      const subject = lw.slice(0, i).reverse().map(classOf).find((x) => x && x !== 'rise' && x !== 'fall');
      if (subject) { best = subject; dist = lw.length - i; break; }
    }
    best = c; dist = lw.length - i; break;
  }
  for (let i = 0; i < rw.length && i + 1 < dist && !(dated && best && i > 0); i++) {
    // the counted noun itself comes first on the right: skip it when it only names the measure
    if (inName(rw, i)) { continue; }
    const c = classOf(rw[i]);
    if (c) {
      // "three gunmen killed dozens", "two men entered and shot the guard": the counted ones did it
      if (f.counted && agentOf(rw, i)) { continue; }
      if (i === 0 && f.counted && measure) { if (!best) { best = c; dist = 1; } continue; }
      best = c; break;
    }
  }
  // "left more than 400 people wounded", "leaving 14 dead": a casualty participle right after the counted
  // people is their event, whatever verb governs the clause
  if (!dated && f.kind === 'count' && rw.length && CASUALTY.has(classOf(rw[0]) ?? '') && /(?:ed|dead|hurt|missing)$/i.test(rw[0]) && !agentOf(rw, 0) &&
      (measure === 'person' || PEOPLE.has((f.counted ?? '').toLowerCase()))) {
    return classOf(rw[0])!;
  }
  // the clause's verb past a long subject ("About 40 ships and 34 aircraft from 10 countries, including
  // Australia and the U.S., are searching the seas"): where no verb stands before the value, the first
  // auxiliary after it (not of a relative clause) opens the verb phrase the value is the subject of
  if (!best && !dated && !lw.some((w) => AUXILIARY_VERB.test(w))) {
    const aux = SUBJECT_AUX_AFTER.exec(right);
    if (aux) {
      for (const w of firstWords(right.slice(aux.index + aux[0].length), 4)) { const c = classOf(w); if (c) { best = c; break; } }
    }
  }
  // "swept her 400 metres from her home": a length followed by "from" is a distance, whatever came before
  if (f.kind === 'quantity' && isLength(f.unit) && /^\s+(?:away\s+)?from\b/i.test(right)) { return 'distance'; }
  if (best) { return best; }
  if (measure === 'age') { return 'age'; }
  if (f.unit === 'km/h' || f.unit === 'mph' || f.unit === 'kn') { return 'speed'; }
  if (f.unit === 'magnitude') { return 'magnitude'; }
  if (dated) { return null; }
  // No class: the subject of the clause stands for it ("Rainfall ... was 30% above average" -> w:rainfal).
  // Such facts corroborate and relate, but never conflict (compare.ts).
  // (the sentence's first word counts even capitalized; words of time never stand for a subject)
  const subjectWords = lastWords(left, 12);
  const atStart = /^\s*$/.test(left.slice(0, Math.max(0, left.indexOf(subjectWords[0] ?? ''))));
  for (const [i, w] of subjectWords.entries()) {
    const lower = w.toLowerCase();
    if ((w[0] !== lower[0] && !(i === 0 && atStart)) || /\d/.test(w) || w.length < 4 || isStopword(lower) || TIME_WORDS.test(lower)) { continue; }
    return 'w:' + measureLemma(lower);
  }
  return null;
}

/** /^\p{Lu}\p{Ll}/u.test(w), from char codes when the first two are ASCII (most words). */
function isTitleWord(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (a < 128 && b < 128) { return a >= 65 && a <= 90 && b >= 97 && b <= 122; }
  return /^\p{Lu}\p{Ll}/u.test(w);
}

/** The words of a dated event next to its date (`near`): this many before it, and after it. */
const NEAR_BEFORE = 3;
const NEAR_AFTER = 2;
/** Words that join clauses, which the stop-word list leaves in ("when", "whenever"): no object of an event. */
const CLAUSE_LINKS = /^(?:when|whenever|whereas|whilst|until|unless)$/;
/** "under house arrest" is one word for the class table: a confinement, not an arrest ("arrest" alone). */
const HOUSE_ARREST = /\bhouse\s+arrests?\b/gi;
/** A word every rewrite of predicateOf needs ("into force", "lost their lives", "carried out", "house arrest"). */
const REWRITTEN = /force|lost|carr|shot|drop|house/i;

/** Between a name and a value coordinated with it: "India and more than 50 ships and 40 aircraft", "Ireland, and 12 others". */
const COORDINATED_BEFORE = /^\s*,?\s*(?:and|or|as well as|plus)\s/i;
const PREPOSITION_AFTER_SOURCE = /^(?:at|as|to|in|by|for|with|on)$/i;
const MONTH_WINDOW = new RegExp(`\\b(?:in|during|since|until) ${MONTH_OF_EPISODE}\\b`, 'i');
const RELATIVE_CLAUSE_AFTER = /^\s*,\s*(?:who|which|that)\b[^,;.]{0,80},/i;
const LIVES_VERB_BEFORE = /\b(?:claim(?:s|ed|ing)?|t(?:ook|ake|akes|aking)|cost(?:s|ing)?)\s+(?:the\s+)?(?:at least\s+|more than\s+|some\s+|nearly\s+|about\s+)?$/i;
const JOURNEY_BEFORE = /\b(?:to|for|from|towards?|departed|left|leaving|reached)\s+(?:the\s+)?$/i;
/** A relative clause open before a name (", that saw some matches sublicensed to "): with a comma between
 *  the name and the value, the clause closed before the value. */
const RELATIVE_BEFORE_NAME = /,\s*(?:which|who|that)\s+[^,.;:!?]*$/u;
/** The start of a relative clause the value stands in, up to the value: ", which came in " (no comma or stop
 *  inside it: the clause has not closed). */
const RELATIVE_HEAD = /,?\s+(?:which|who)\s+[^,.;:!?]*$/u;
/** After an age in an appositive, the pronoun subject of the main clause: "..., 27 years old and of
 *  Moroccan ethnicity, he is thought to be in Syria". */
const PRONOUN_SUBJECT_AFTER = /^[^.;:!?"“”]*?,\s+(?:he|she)\s+(?:is|was|has|had|will|would|can|could|may|might|\p{Ll}+ed|\p{Ll}+s)\b/u;
/** Between an age and the name it introduces: nothing, or a noun and its nationality ("French citizen"). */
const AGE_INTRODUCES = /^\s+(?:(?:\p{Lu}\p{Ll}+\s+)?(\p{Ll}+)\s+)?$/u;
/** Verbs an age may be the subject of (AGE_NOUN_AFTER's guard): "the 27-year-old said", "went", "told". */
const VERB_AFTER_AGE = /^(?:will|would|can|could|may|might|must|should|did|does|do|went|came|told|died|lived|left|became|remains?|is|was|has|had|says|said)$/;
const APPOSITION_GAP = /^,\s*(?:a|an|the|our|his|her|their|my)?\s*$/i;
const AUXILIARY_VERB = /^(?:were|was|are|is|been|had|have|has|will|would|can|could)$/i;
/** The first auxiliary after a subject, not of a relative clause ("..., are now involved in the search"). */
const SUBJECT_AUX_AFTER = /^(?:(?!\b(?:which|who|that|whose|whom|where|when)\b)[^;:!?])*?\b(?:are|is|were|was|have|has|had)\s+(?:now\s+|also\s+|still\s+|already\s+)?(?:been\s+)?/i;
/** Auxiliaries that make the verb after a counted noun passive or stative ("were killed", "are dead"). */
const AUXILIARY = /^(?:were|was|are|is|be|been|being|had|have|has|reportedly|also|all|later)$/i;
/** Words that open the object of an active verb: what it was done to ("killed dozens", "shot the guard"). */
const OBJECT_START = new RegExp(`^(?:the|a|an|his|her|their|its|dozens|scores|hundreds|thousands|several|many|some|people|civilians|\\d[\\d,.]*|${NUMBER_WORDS.join('|')})$`, 'i');
/** Verbs of a class that take no object ("died the next day" is a time, not a victim). */
const INTRANSITIVE = /^(?:died|perished|drowned)$/i;

/** The verb at rw[i] (the words after the figure) is active with the figure as its subject and an object after it:
 *  the figure counts who did it, not whom it was done to. A reflexive ("killed themselves") or no
 *  object ("died in", "killed, 352 injured") leaves the figure the one it happened to. */
function agentOf(rw: readonly string[], i: number): boolean {
  if (!/(?:ed|shot|slew|hit)$/i.test(rw[i]) || INTRANSITIVE.test(rw[i]) || i + 1 >= rw.length) { return false; }
  for (let k = 0; k < i; k++) { if (AUXILIARY.test(rw[k])) { return false; } }
  const next = rw[i + 1].toLowerCase();
  // ("killed at least 89", "killed more than 80")
  return OBJECT_START.test(next) || (next === 'at' && rw[i + 2]?.toLowerCase() === 'least') || (next === 'more' && rw[i + 2]?.toLowerCase() === 'than');
}

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

/** words(s).slice(-k), matched from a white space near the end when the words after it are enough: no
 *  word runs across a white space, so the words after one are the last words of s. */
function lastWords(s: string, k: number): string[] {
  let p = s.length - 12 * k;
  if (p > 0) {
    while (p > 0 && !isBlank(s.charCodeAt(p - 1))) { p--; }
    if (p > 0) {
      const ws = words(s.slice(p));
      if (ws.length >= k) { return ws.slice(-k); }
    }
  }
  return words(s).slice(-k);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** words(s).slice(0, k), without matching the rest of s. */
function firstWords(s: string, k: number): string[] {
  const out: string[] = [];
  WORD_SCAN.lastIndex = 0;
  for (let m = out.length < k ? WORD_SCAN.exec(s) : null; m; m = out.length < k ? WORD_SCAN.exec(s) : null) { out.push(m[0]); }
  return out;
}
/** words(s).length when it is at most max, else some number above max (the count stops there). */
function wordCount(s: string, max: number): number {
  WORD_SCAN.lastIndex = 0;
  let n = 0;
  while (n <= max && WORD_SCAN.exec(s)) { n++; }
  return n;
}

/** An age the figure reader leaves alone (in apposition to a name, or a fact box's line), as a fact: null
 *  when it is no plausible age, lies inside a figure, or in no sentence. */
function ageFact(a: Pick<DocumentAnalysis, 'sentences' | 'figures'>, start: number, digits: string, holder: string | null): Fact | null {
  const v = Number(digits);
  if (v < 1 || v > 110 || a.figures.some((f) => f.start <= start && f.end > start)) { return null; }
  const si = sentenceOf(a.sentences, start);
  if (si < 0) { return null; }
  const sentence = a.sentences[si];
  return {
    id: '', kind: 'figure', start, end: start + digits.length, sentence: { start: sentence.start, end: sentence.end },
    figureKind: 'quantity', value: { lo: v, hi: v, text: digits, unit: 'year' }, measure: 'age', predicate: 'age', holder,
    scope: null, time: null, role: 'measurement',
  };
}

/** Who or what the value belongs to. Lists are aligned by the entity right before each value;
 *  sources of attribution ("..., police said") are never holders. */
function holderOf(f: Figure, parts: SentenceParts, text: string, clause: Span): string | null {
  // "The Unity party, which had surged on anger at Norland's tax, was in second place, with 27 percent": the
  // subject of the sentence, past a relative clause about it, holds what the main clause says of it (not a
  // name inside the relative clause)
  const rel = relativeSubject(f, parts, text);
  if (rel) { return rel; }
  let best: Entity | null = null;
  let bestGap = Infinity;
  const age = /year-old$/.test(f.text) || f.counted === 'age';
  const dated = f.kind === 'year' || f.kind === 'date';
  // "said Johan Reed, a 30-year-old patient", "Malia, our 10-year-old, said": an age in apposition is the
  // name's, speaker or not (the comma before it may open the value's clause)
  if (age) {
    const named = parts.entities.find((e) => e.type === 'person' && e.end <= f.start && APPOSITION_GAP.test(text.slice(e.end, f.start)));
    if (named) { return named.key; }
    // "the 26-year-old Salah Abdeslam", "the 31-year-old French citizen Brahim Abdeslam": the name the age and
    // its noun introduce
    // (a verb is no such noun: "the 27-year-old told Salah ...")
    const introduced = parts.entities.find((e) => {
      if (e.type !== 'person' || e.start <= f.end || e.start > f.end + 40) { return false; }
      const gap = AGE_INTRODUCES.exec(text.slice(f.end, e.start));
      return !!gap && !(gap[1] && (SOURCE_VERB_FORMS.has(gap[1]) || /(?:ed|ing)$/.test(gap[1]) || VERB_AFTER_AGE.test(gap[1])));
    });
    if (introduced) { return introduced.key; }
  }
  for (const e of parts.entities) {
    if (e.end > f.start || e.start < clause.start) { continue; }
    // (an age is a person's: "a tip-off from Moroccan intelligence helped track the 28-year-old")
    if (age && e.type !== 'person') { continue; }
    // ("Samsung said it sold 11 million units": the source is the holder when the pronoun after it is
    // the subject of the value's clause)
    if (isSource(e, text) && !sourceIsSubject(e, f, text)) { continue; }
    // the agent of an appositive ("The Aldermoor, operated by Carrig Line, was carrying 286") is not the holder
    if (AGENT_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start))) { continue; }
    if (PARTNER_BEFORE.test(text.slice(Math.max(0, e.start - 60), e.start))) { continue; }
    // a place after "in/at" is where, not whose
    if (e.type === 'place' && PLACE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start))) { continue; }
    // (and a place a journey is to or from is no holder of its day: "departed Kuala Lumpur bound for China on
    // 8 March", "the Beijing-bound airliner disappeared on 8 March")
    if (dated && e.type === 'place' && (JOURNEY_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start)) || /^-bound\b/i.test(text.slice(e.end, e.end + 6)))) { continue; }
    const between = text.slice(e.end, f.start);
    // a name coordinated with the value is its sibling, not its holder ("including India and more than 50 ships")
    if (COORDINATED_BEFORE.test(between)) { continue; }
    // a name inside a relative clause that closed before the value holds none of the main clause's values ("The
    // previous deal with Fox, that saw some matches sublicensed to ESPN, was worth about $80 million")
    if (RELATIVE_BEFORE_NAME.test(text.slice(Math.max(clause.start, e.start - 80), e.start)) && /,/.test(between)) { continue; }
    // another figure between the name and this figure belongs to the name first: "Syriza 36.3%, ND 27.8%"
    const blocked = parts.figures.some((g) => g !== f && g.start >= e.end && g.end <= f.start && !/^\s*(?:and|,)?\s*$/.test(text.slice(g.end, f.start)) && /,\s*$/.test(text.slice(e.end, g.start)) === false && false);
    if (blocked) { continue; }
    const gap = wordCount(between, Math.min(10, bestGap - 1));
    if (gap <= 10 && gap < bestGap) { best = e; bestGap = gap; }
  }
  if (best) { return best.key; }
  // "Vell placed third in the vote, with 12 percent of the vote and 33 seats": the values of a "with"
  // adjunct are the main clause's subject's, when the sentence opens on that subject
  if (/,\s+with\s$/i.test(text.slice(Math.max(0, clause.start - 7), clause.start))) {
    const first = openingSubject(parts, text, clause.start);
    if (first && first.type !== 'place' && !parts.entities.some((e) => e !== first && e.start < clause.start) && !/[;:]/.test(text.slice(first.end, clause.start))) {
      return first.key;
    }
  }
  // "the conservative New Democracy, which came in first, has said": a value inside a relative clause is the
  // name's the clause is about
  {
    const head = text.slice(Math.max(parts.span.start, f.start - 100), f.start);
    const rel = RELATIVE_HEAD.exec(head);
    if (rel) {
      const at = f.start - head.length + rel.index;
      // (a noun after the name heads the phrase: "the Aldermoor ferry, which" is the ferry named so, but in a
      // restrictive clause, "an al Qaeda affiliate who killed", the affiliate is another party than the name)
      const comma = rel[0].trimStart().startsWith(',');
      const named = parts.entities.find((e) => e.end <= at && (comma ? /^(?:\s+\p{Ll}+)?\s*$/u : /^\s*$/u).test(text.slice(e.end, at)) && e.end > at - 30);
      if (named && !isSource(named, text)) { return named.key; }
    }
  }
  // "the 1998-built Aldermoor": a date joined to a participle before a name dates that name's event
  if (dated) {
    const named = parts.entities.find((e) => e.start > f.end && e.start <= f.end + 24 && /^-\p{Ll}+\s+$/u.test(text.slice(f.end, e.start)));
    if (named) { return named.key; }
  }
  // "40 seats for Labour", "36.3% for Syriza", "the age of Mr X"
  const after = text.slice(f.end, Math.min(clause.end, f.end + 60));
  const m = /^\s+(?:[a-z]+\s+){0,2}(?:for|to|by|of|at)\s+(?:the\s+)?$/;
  for (const e of parts.entities) {
    if (e.start < f.end || e.start > f.end + 60 || e.start > clause.end) { continue; }
    // ("built in 1998 at the Hollin yard": a place after "at" is where, not whose)
    if (m.test(text.slice(f.end, e.start)) && !isSource(e, text) && !(e.type === 'place' && PLACE_BEFORE.test(text.slice(Math.max(f.end, e.start - 12), e.start)))) { return e.key; }
    break;
  }
  // "a French satellite had seen 122 objects" / "a Thai satellite spotted 300": a subject told apart by a
  // nationality holds what its verb counts (the modifier alone is no holder: "French police" and
  // "French officials" differ, so the noun is kept)
  const subj = f.kind === 'count' ? MODIFIED_SUBJECT_BEFORE.exec(text.slice(clause.start, f.start)) : null;
  if (subj && isDemonym(subj[1]) && !isStopword(subj[2]) && !predicateClass(subj[2])) {
    return 'np:' + subj[1].toLowerCase() + ' ' + measureLemma(subj[2]);
  }
  // "Malaysian officials said the country has spent $8.6m": the country is the one the sentence named
  // before it, by name or by nationality
  if (/\bthe\s+(?:country|nation)\b(?!['’]s\s+\w+\s+(?:of|in)\b)[^,;]{0,40}$/i.test(text.slice(clause.start, f.start))) {
    const head = text.slice(parts.span.start, f.start);
    const at = head.search(/\bthe\s+(?:country|nation)\b/i);
    const place = parts.entities.filter((e) => e.type === 'place' && e.end <= parts.span.start + at).pop();
    if (place) { return place.key; }
    for (const m of [...head.slice(0, at).matchAll(/\p{Lu}\p{Ll}+/gu)].reverse()) { const k = demonymPlace(m[0]); if (k) { return k.key; } }
  }
  // "A Belgian member of IS, 27 years old and of Moroccan ethnicity, he is thought to be in Syria": an age in
  // an appositive before a "he" or "she" that opens the main clause is of the one person the sentence before
  // names, when the sentence names no one before it
  if (age) {
    const pronoun = PRONOUN_SUBJECT_AFTER.exec(text.slice(f.end, Math.min(parts.span.end, f.end + 120)));
    const people = pronoun ? new Set((parts.before ?? []).filter((e) => e.type === 'person').map((e) => e.key)) : null;
    if (people?.size === 1 && !parts.entities.some((e) => e.type === 'person' && e.start < f.start)) { return [...people][0]; }
  }
  // an age belongs to the noun it describes ("the 28-year-old driver"), or to the person the noun
  // introduces ("her 10-year-old daughter, Malia", "28-year-old driver John Reed")
  if (age) {
    const n = AGE_NOUN_AFTER.exec(after);
    // ("The 27-year-old said ...": a verb after it, the age is of someone the sentence does not name)
    // (nor is a function word: "track the 28-year-old to a building")
    if (n && !SOURCE_VERB_FORMS.has(n[1]) && !VERB_AFTER_AGE.test(n[1]) && !isStopword(n[1])) {
      const nounEnd = f.end + n.index + n[0].length;
      const named = parts.entities.find((e) => e.type === 'person' && e.start >= nounEnd && /^,?\s*$/.test(text.slice(nounEnd, e.start)));
      return named ? named.key : 'np:' + measureLemma(n[1]);
    }
  }
  return null;
}

/** The name a sentence opens on (at most two words before it, "The Unity party"), when it ends before
 *  `before` and is not the source of an attribution: the subject the sentence's clauses may go back to. */
function openingSubject(parts: SentenceParts, text: string, before: number): Entity | null {
  const first = parts.entities[0];
  if (!first || first.end > before || isSource(first, text)) { return null; }
  return /^\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(parts.span.start, first.start)) ? first : null;
}

/** A sentence opening on a name ("The Unity party", "Norland"), then a relative clause about it (", which
 *  ... ," / ", who ... ,") and the main clause's verb: the name, when the figure is in that main clause and
 *  no other name stands between the relative clause and the figure (a new subject). */
const RELATIVE_OPEN = /^\s*(?:\p{Lu}[\p{L}'’-]*\s+)?(?:party|group|company|club|bank|firm|government)?\s*,\s*(?:which|who)\s/u;
const MAIN_VERB = /,\s+(?:was|is|were|are|had|has|have|gained|won|took|got|came|finished|secured|polled|earned|received|lost|kept|holds|held)\b/;
function relativeSubject(f: Figure, parts: SentenceParts, text: string): string | null {
  const first = openingSubject(parts, text, f.start);
  if (!first) { return null; }
  const m = RELATIVE_OPEN.exec(text.slice(first.end, first.end + 40));
  if (!m) { return null; }
  const tail = text.slice(first.end + m[0].length, f.start);
  const v = MAIN_VERB.exec(tail);
  if (!v) { return null; }
  const from = first.end + m[0].length + v.index;
  // (the main clause reports what someone else did: "The ministry, which ..., has said 14 people died")
  if (firstWords(text.slice(from + v[0].length, f.start), 2).some((w) => SOURCE_VERB_FORMS.has(w.toLowerCase()))) { return null; }
  if (parts.entities.some((e) => e.start >= from && e.end <= f.start)) { return null; }
  if (/[;:]/.test(text.slice(from, f.start))) { return null; }
  return first.key;
}

/** "The Pentagon said last week that it had already spent", "Samsung says it sold": a reporting verb after
 *  the name, then a pronoun for it as the subject of what follows, up to the value. */
const SOURCE_THEN_PRONOUN = new RegExp(`^['’]?s?\\s*,?\\s*(?:\\w+\\s+){0,2}?(?:${[...SOURCE_VERB_FORMS].join('|')})\\s+(?:[\\w.]+\\s+){0,3}?(?:that\\s+)?(it|its|they|their|he|his|she|her)\\s+[^,;:()]{0,60}$`, 'i');
function sourceIsSubject(e: Entity, f: Figure, text: string): boolean {
  if (f.start - e.end > 120) { return false; }
  const m = SOURCE_THEN_PRONOUN.exec(text.slice(e.end, f.start));
  if (!m) { return false; }
  const p = m[1].toLowerCase();
  const personal = p === 'he' || p === 'his' || p === 'she' || p === 'her';
  return personal ? e.type === 'person' : e.type !== 'person';
}

function isSource(e: Entity, text: string): boolean {
  return ATTRIBUTION_AFTER.test(text.slice(e.end, e.end + 80)) || ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start));
}

/** Each part marker with the endings scopeOf looks for, built once rather than three strings per marker per figure,
 *  listed under the marker's last word (in PART_MARKERS order): every ending is that word and a space, so only the
 *  markers listed under the last word of the text before a figure can match it. */
const PART_ENDINGS = new Map<string, Array<readonly [string, string, string, string]>>();
for (const p of PART_MARKERS) {
  const last = p.slice(p.lastIndexOf(' ') + 1);
  const list = PART_ENDINGS.get(last) ?? [];
  list.push([p, ' ' + p + ' ', p + ' ', '(' + p + ' ']);
  PART_ENDINGS.set(last, list);
}

/** The word before the final space of l (back to a space or a parenthesis), or null when l does not end with a space. */
function wordBeforeSpace(l: string): string | null {
  const n = l.length;
  if (n < 2 || l.charCodeAt(n - 1) !== 32) { return null; }
  let i = n - 2;
  while (i >= 0 && l.charCodeAt(i) !== 32 && l.charCodeAt(i) !== 40) { i--; }
  return l.slice(i + 1, n - 1);
}

/** Part-of markers and sub-places: "another 5", "including 3", "12 died at the station", "in Miyagi alone". */
function scopeOf(f: Figure, leftNear: string, right: string, parts: SentenceParts, text: string, left: string): string | null {
  // a projection, poll or forecast is not the result it anticipates
  const modal = PROJECTION.exec(left.slice(-120));
  if (modal) { return 'projection'; }
  // (every ending ends in a space: text before the figure that does not end in white space has none)
  if (/\s$/.test(leftNear)) {
    const l = leftNear.toLowerCase().replace(/\s+/g, ' ');
    const last = wordBeforeSpace(l);
    for (const [p, spaced, alone, paren] of (last !== null && PART_ENDINGS.get(last)) || []) {
      if (l.endsWith(spaced) || l === alone || l.endsWith(paren)) { return p; }
    }
  }
  // "two other men", "five more planes": a subset beside one already counted
  if (f.kind === 'count' && (OTHER_AFTER.test(right) || OTHER_INSIDE.test(f.text))) { return 'other'; }
  // "the concert hall where 89 people were killed": the place the relative clause is about is a part
  const where = WHERE_BEFORE.exec(left.slice(-60));
  if (where) { return 'where:' + words(where[1]).map((w) => stemWord(w.toLowerCase())).join(' '); }
  // "40 percent fewer than expected", "20 percent more than the S4": a comparison with its baseline
  if (f.kind === 'percent') {
    const than = COMPARED_AFTER.exec(right);
    if (than) { return 'than:' + (words(than[1]).filter((w) => !isStopword(w.toLowerCase())).slice(0, 2).map((w) => stemWord(w.toLowerCase())).join(' ') || '?'); }
  }
  // "were killed there": a place the sentence does not name; two such are not known to be one
  // (not the "there" of "there were", unless it follows the counted noun: "all four attackers there were dead")
  if (/^[^.;,]{0,30}?\bthere\b/i.test(right) && (/^\s+there\b/i.test(right) || !/^[^.;,]{0,30}?\bthere (?:is|are|was|were|will|have|had)\b/i.test(right))) { return 'there'; }
  // sub-places and subsets narrow counts ("12 died at the station"); a measurement's place is where it was read
  const pa = f.kind === 'count' ? PART_AFTER.exec(right) : null;
  if (pa && !WHOLE_MARKERS.test(right.slice(0, 40))) { return pa[0].trim().split(/\s+/).slice(-3).join(' ').toLowerCase(); }
  // "in <Place>" after the figure's noun phrase, in its clause
  for (const e of parts.entities) {
    if (e.type !== 'place' || e.start < f.end || e.start - f.end > PLACE_REACH) { continue; }
    // "in 202 countries across Europe, Asia and Africa": a list of places says where the whole is, not a part
    const listed = parts.entities.some((o) => o !== e && o.type === 'place' && o.start > e.end && /^\s*(?:,|and|&)\s*$/.test(text.slice(e.end, o.start)));
    const between = text.slice(f.end, e.start);
    if (!listed && (PLACE_BEFORE.test(between) || PLACE_OF_BEFORE.test(between)) && /^[\s\w-]*$/.test(between)) { return 'at:' + e.key; }
  }
  return null;
}

function timeOf(f: Figure, left: string, right: string): string | null {
  if (f.period) { return 'period:' + f.period.text.toLowerCase(); }
  if (f.kind === 'year' || f.kind === 'date') { return null; }
  const found: string[] = [];
  const take = (s: string) => {
    TIME_PHRASES.lastIndex = 0;
    for (let m = TIME_PHRASES.exec(s); m; m = TIME_PHRASES.exec(s)) { found.push(m[0].toLowerCase().replace(/\s+/g, ' ')); }
  };
  take(left.slice(-60));
  // the time of the reporting ("..., the board said on Wednesday") is not the time of the value
  const near = right.slice(0, 90);
  const said = SAID_VERB.test(near) ? SAID_AFTER.exec(near) : null;
  take((said ? near.slice(0, said.index) : near).slice(0, 80));
  return found.length ? [...new Set(found)].sort().join('; ') : null;
}
