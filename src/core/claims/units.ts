// Claim units: the checkable sentences of one document with the features matching needs.
// A claim is a sentence outside boilerplate that carries a figure, a reported quote, or a named
// entity with a predicate; headlines and standfirsts count.
import type { DocumentAnalysis, Figure, Quote, Span } from '../model';
import { conceptOf, isStopword, stemWord } from './lexicon';
import { quoteWords } from './stance';

export interface UnitFigure {
  figure: Figure;
  /** Event/measure concepts in the words before the figure (same clause): "signed ... in 2019" -> sign. */
  before: Set<string>;
  /** Concepts in a window on both sides. */
  around: Set<string>;
  /** Content stems in the window (for a readable reason and for the counted noun). */
  window: string[];
  /** Entity keys and identifier tokens ("MH17", "AF447") near the figure. */
  names: string[];
  /** Year figures that only mark another figure's period ("between 2019 and 2024") are not events. */
  periodOnly: boolean;
  /** A design limit or capacity ("built for waves of up to 6 metres"), not a measured value. */
  capacity: boolean;
}

export interface ClaimUnit extends Span {
  uid: number;
  doc: string;
  text: string;
  /** Unique content-word stems. */
  stems: string[];
  /** Stems of the lower-case content words: the predicate, without the names. */
  predicate: string[];
  /** Unique canonical entity keys. */
  entityKeys: string[];
  figures: UnitFigure[];
  /** Reported-speech quotes inside the sentence. */
  quotes: Quote[];
  /** Each quote's words, as written and normalized. */
  quoteWords: Array<{ raw: string[]; norm: string[] }>;
  title: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const ID_TOKEN = /\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3,10}\b/g;

/** Words that make the following figure a limit or capacity rather than a measurement. */
const CAPACITY = /\b(?:designed|built|rated|meant|able|capable|intended|engineered)\s+(?:for|to\s+\w+)\b[^.;]*$|\bcapacity\b[^.;]*$/i;

const SAID_AFTER = /^['’]?s?\s*,?\s*(?:has\s+|had\s+)?(?:said|says|told|reported|announced|stated|added|confirmed|estimated)\b/i;
const ACCORDING_BEFORE = /according\s+to\s+(?:the\s+)?$/i;

let nextUid = 1;

/** Builds the claim units of one document. `text` is the document text the analysis was made from. */
export function buildUnits(a: DocumentAnalysis, text: string): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const { figures, quotes, entities } = a;
  let fi = 0;
  let qi = 0;
  let ei = 0;
  const seen = new Set<string>();
  for (const s of a.sentences) {
    while (fi < figures.length && figures[fi].end <= s.start) { fi++; }
    while (qi < quotes.length && quotes[qi].end <= s.start) { qi++; }
    while (ei < entities.length && entities[ei].end <= s.start) { ei++; }
    const sentFigures: Figure[] = [];
    for (let j = fi; j < figures.length && figures[j].start < s.end; j++) { sentFigures.push(figures[j]); }
    const sentQuotes: Quote[] = [];
    for (let j = qi; j < quotes.length && quotes[j].start < s.end; j++) {
      if (quotes[j].quoteKind === 'speech' && quotes[j].end > s.start) { sentQuotes.push(quotes[j]); }
    }
    const keys: string[] = [];
    const sentEntities: DocumentAnalysis['entities'] = [];
    for (let j = ei; j < entities.length && entities[j].start < s.end; j++) {
      sentEntities.push(entities[j]);
      if (!keys.includes(entities[j].key)) { keys.push(entities[j].key); }
    }
    const stext = text.slice(s.start, s.end);
    if (stext.length < 12) { continue; }
    const { count, stems, predicate } = sentenceStems(stext);
    if (count < 3) { continue; }
    const hasPredicate = count >= 4;
    if (!sentFigures.length && !sentQuotes.length && !(keys.length && hasPredicate)) { continue; }
    // A line repeated in the same document (title printed twice) is one claim.
    const norm = stext.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(norm)) { continue; }
    seen.add(norm);
    units.push({
      uid: nextUid++,
      doc: a.id,
      start: s.start,
      end: s.end,
      text: stext,
      stems,
      predicate,
      entityKeys: keys,
      figures: sentFigures.map((f) => unitFigure(f, s, text, sentFigures, sentEntities)),
      quotes: sentQuotes,
      quoteWords: sentQuotes.map((q) => quoteWords(q, text)),
      title: a.titleSpan ? s.start >= a.titleSpan.start && s.start < a.titleSpan.end : false,
    });
  }
  return units;
}

/** Raw token -> its content word ('' when it is a stop word, a number or too short). Cached:
 *  the same few thousand tokens recur across a corpus. */
const wordCache = new Map<string, string>();

function contentWord(raw: string): string {
  let w = wordCache.get(raw);
  if (w === undefined) {
    w = raw.toLowerCase().replace(/['’]s$/, '');
    if (w.length < 2 || isStopword(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) { w = ''; }
    if (wordCache.size < 500_000) { wordCache.set(raw, w); }
  }
  return w;
}

export function contentWords(s: string, lowerOnly = false): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const raw = m[0];
    if (lowerOnly && raw[0] !== raw[0].toLowerCase()) { continue; }
    const w = contentWord(raw);
    if (w) { out.push(w); }
  }
  return out;
}

/** Content-word stems of a sentence, and those of its lower-case words (the predicate). */
function sentenceStems(s: string): { count: number; stems: string[]; predicate: string[] } {
  const stems = new Set<string>();
  const predicate = new Set<string>();
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const raw = m[0];
    const w = contentWord(raw);
    if (!w) { continue; }
    count++;
    const st = stemWord(w);
    stems.add(st);
    if (raw[0] === raw[0].toLowerCase()) { predicate.add(st); }
  }
  return { count, stems: [...stems], predicate: [...predicate] };
}

function unitFigure(f: Figure, s: Span, text: string, all: Figure[], entities: DocumentAnalysis['entities']): UnitFigure {
  // The clause before the figure: back to the previous figure, clause punctuation or 8 words.
  const prevEnd = Math.max(s.start, ...all.filter((g) => g.end <= f.start).map((g) => g.end));
  let beforeText = text.slice(prevEnd, f.start);
  const cut = Math.max(beforeText.lastIndexOf(';'), beforeText.lastIndexOf(' — '), beforeText.lastIndexOf('—'));
  if (cut >= 0) { beforeText = beforeText.slice(cut + 1); }
  const beforeWords = contentWords(beforeText).slice(-8);
  const nextStart = Math.min(s.end, ...all.filter((g) => g.start >= f.end).map((g) => g.start));
  const afterWords = contentWords(text.slice(f.end, nextStart)).slice(0, 5);
  const before = concepts(beforeWords);
  const around = concepts([...beforeWords, ...afterWords, ...(f.counted ? contentWords(f.counted) : [])]);
  const lo = Math.max(s.start, f.start - 90);
  const hi = Math.min(s.end, f.end + 60);
  const names: string[] = [];
  for (const e of entities) {
    if (e.end <= lo || e.start >= hi) { continue; }
    // The source a figure is attributed to ("..., the port authority said") is not what it measures.
    if (e.type !== 'place' && (SAID_AFTER.test(text.slice(e.end, e.end + 20)) || ACCORDING_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start)))) { continue; }
    if (!names.includes(e.key)) { names.push(e.key); }
  }
  const near = text.slice(lo, hi);
  for (const m of near.matchAll(ID_TOKEN)) {
    const id = 'id:' + m[0].toLowerCase();
    if (!names.includes(id)) { names.push(id); }
  }
  const periodOnly = f.kind === 'year' && all.some((g) => g !== f && g.period && g.period.text.includes(f.text) && overlapsPeriod(g, f, text));
  const capacity = CAPACITY.test(text.slice(Math.max(prevEnd, f.start - 40), f.start));
  return { figure: f, before, around, window: [...beforeWords, ...afterWords].map(stemWord), names, periodOnly, capacity };
}

function overlapsPeriod(g: Figure, year: Figure, text: string): boolean {
  // the period phrase usually sits right next to its figure; find it near g
  const lo = Math.max(0, Math.min(g.start, year.start) - 80);
  const hi = Math.max(g.end, year.end) + 80;
  const idx = text.slice(lo, hi).indexOf(g.period!.text);
  if (idx < 0) { return false; }
  const ps = lo + idx;
  return year.start >= ps && year.end <= ps + g.period!.text.length;
}

function concepts(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const c = conceptOf(stemWord(w));
    if (c) { out.add(c); }
  }
  return out;
}
