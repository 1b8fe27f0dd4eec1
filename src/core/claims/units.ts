// Claim units: the checkable sentences of one document with the features retrieval needs, and the
// facts (src/core/facts) read from them. A unit is a sentence outside boilerplate that carries a fact
// (figure, dated event, reported quote) or a named entity with a predicate; headlines count.
import type { DocumentAnalysis, Fact, Span } from '../model';
import { isStopword, stemWord } from './lexicon';
import { TITLES } from '../lang/en/titles';
import { identifierTerms, listTerms, quotedTerms } from './terms';

/** An identifier named in more sentences of a document than this is what the piece is about. */
const MAX_TERM_SENTENCES = 2;

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
  /** The facts whose sentence this is. */
  facts: Fact[];
  /** Coined identifiers the sentence names ("IP67", "USB 3.0") that few sentences of its document name:
   *  the piece's own subject ("the S5" in every paragraph) is not a fact of one sentence. */
  terms: string[];
  /** The sentence and its neighbours, whose word 3-grams tell near-verbatim copies apart (computed
   *  on first use: most pairs never need them). */
  around: string;
  shingleSet?: Uint32Array;
  /** The adjacent content-word pairs of `stems` as numbers (linker.ts sharedPhrases), sorted, each once. */
  phrases?: Float64Array;
  /** The linker's retrieval keys (linker.ts valueKeys), computed on first use. */
  valueKeys?: readonly string[];
  title: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** A label, a colon and a value: a line of a spec sheet or a fact box. */
const SPEC_LINE = /^\s*\p{L}[\p{L} ]{1,20}:\s*\S/u;

let nextUid = 1;

/** Builds the claim units of one document. `text` is the document text the analysis was made from.
 *  `subject` names the coined identifiers the corpus's headlines are about ("MH370", "S5"): a sentence naming
 *  one states no spec by it, so they are no terms of its unit. Every identifier and label the document's
 *  sentences name, subject or not, is added to `named` when given. */
export function buildUnits(a: DocumentAnalysis, text: string, subject: (t: string) => boolean = () => false, named?: Set<string>): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const { entities } = a;
  const facts = a.facts ?? [];
  const factsBySentence = new Map<number, Fact[]>();
  for (const f of facts) {
    let list = factsBySentence.get(f.sentence.start);
    if (!list) { list = []; factsBySentence.set(f.sentence.start, list); }
    list.push(f);
  }
  let ei = 0;
  const seen = new Set<string>();
  const sentences = a.sentences;
  const termsOf = sentences.map((s) => { const t = text.slice(s.start, s.end); return [...identifierTerms(t), ...quotedTerms(t), ...listTerms(t)]; });
  const termCount = new Map<string, number>();
  for (const ts of termsOf) { for (const t of ts) { termCount.set(t, (termCount.get(t) ?? 0) + 1); named?.add(t); } }
  for (const t of termCount.keys()) { if (subject(t)) { termCount.set(t, Infinity); } }
  // an identifier in the headline is what the piece is about ("MH370 search ...")
  if (a.titleSpan) {
    const title = text.slice(a.titleSpan.start, a.titleSpan.end);
    for (const t of [...identifierTerms(title, true), ...quotedTerms(title)]) { termCount.set(t, Infinity); }
  }
  for (const [si, s] of sentences.entries()) {
    while (ei < entities.length && entities[ei].end <= s.start) { ei++; }
    const keys: string[] = [];
    let ej = ei;
    for (; ej < entities.length && entities[ej].start < s.end; ej++) {
      if (!keys.includes(entities[ej].key)) { keys.push(entities[ej].key); }
    }
    const sentFacts = factsBySentence.get(s.start) ?? [];
    const stext = text.slice(s.start, s.end);
    // (a spec-sheet line, a label and its value, is short and a claim still: "RAM: 2GB", "Age: 44"; a bare
    // figure, "15,000 FT.", is a chart's label)
    if (stext.length < 12 && !(sentFacts.length && SPEC_LINE.test(stext))) { continue; }
    const { count, stems, predicate } = sentenceStems(stext);
    // a short sentence with a fact ("Two people are still missing.") is still a claim
    if (count < (sentFacts.length ? 1 : 3)) { continue; }
    const hasPredicate = count >= 4;
    // (a term inside a name is the name's: "U2 singer Bono" names a band, not a spec)
    const named = termsOf[si].length ? entities.slice(ei, ej).map((e) => text.slice(e.start, e.end).replace(/[\s-]/g, '').toUpperCase()) : [];
    const terms = termsOf[si].filter((t) => termCount.get(t)! <= MAX_TERM_SENTENCES && !named.some((n) => n.includes(t)));
    if (!sentFacts.length && !(keys.length && hasPredicate) && !terms.length) { continue; }
    // A line repeated in the same document (title printed twice) is one claim.
    const norm = stext.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(norm)) { continue; }
    seen.add(norm);
    const prev = sentences[si - 1];
    const next = sentences[si + 1];
    const around = text.slice(prev ? prev.start : s.start, next ? next.end : s.end);
    units.push({
      uid: nextUid++,
      doc: a.id,
      start: s.start,
      end: s.end,
      text: stext,
      stems,
      predicate,
      entityKeys: keys,
      facts: sentFacts,
      terms,
      around,
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

/** Stems of the titles that stand before a person's name ("president", "minister", "spokesman", lang TITLES
 *  rows used as names, not the modifiers "foreign", "health", "first") and of "prime", "deputy", "chief", built on
 *  first use. */
let titleStems: ReadonlySet<string> | null = null;
const TITLE_STEMS = (): ReadonlySet<string> => (titleStems ??= new Set([
  ...TITLES.filter((t) => t.uses.split(' ').includes('name') && !t.uses.split(' ').includes('modifier')).map((t) => t.title),
  'prime', 'deputy', 'chief',
].map((t) => stemWord(t))));

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
    // (a person's title, "the prime minister", says who, not what: no word of the statement)
    if (raw[0] === raw[0].toLowerCase() && !TITLE_STEMS().has(st)) { predicate.add(st); }
  }
  return { count, stems: [...stems], predicate: [...predicate] };
}

/** Hashes of the word 3-grams of a passage (lower-cased, at most 400 words), sorted, each once. */
function shingles(s: string): Uint32Array {
  const words = (s.toLowerCase().match(WORD) ?? []).slice(0, 400);
  const out = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) {
    let h = 2166136261;
    const g = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    for (let j = 0; j < g.length; j++) { h = Math.imul(h ^ g.charCodeAt(j), 16777619); }
    out.add(h >>> 0);
  }
  return Uint32Array.from(out).sort();
}

/** Two passages are copies of one text (a wire story run by two outlets) when most of their
 *  3-grams, over the sentence and its neighbours, are shared. */
export function nearCopies(a: ClaimUnit, b: ClaimUnit): boolean {
  const sa = (a.shingleSet ??= shingles(a.around));
  const sb = (b.shingleSet ??= shingles(b.around));
  const [small, large] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  if (small.length < 6) { return false; }
  const shared = sharedSorted(small, large);
  return shared / (small.length + large.length - shared) >= 0.5;
}

/** How many values two sorted arrays of distinct values have in common. */
export function sharedSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) { i++; } else if (a[i] > b[j]) { j++; } else { n++; i++; j++; }
  }
  return n;
}
