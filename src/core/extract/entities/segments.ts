// Capitalized token runs -> name segments with typing evidence. No NER model can be shipped or
// downloaded here, and the libraries we measured do not type proper nouns (wink-nlp has no
// person/org/place entities; compromise types people with recall 0.44 at 10k words/s), so this
// scanner is ours: runs of capitalized words joined across spaces, hyphens and name connectors,
// split at titles ("European Council President Antonio Costa") and known names, then typed by
// head words, titles, cue verbs, appositives and place prepositions.
import type { EntityType } from '../../model';
import { MAX_WORD_LENGTH, type Token } from '../../text/tokens';
import {
  CUE_VERBS, NAME_PARTICLES, NON_ENTITY_ACRONYMS, OF_HEADS, ORG_HEADS, PLACE_HEADS, PLACE_PREFIXES,
  PLACE_PREPOSITIONS, ROLE_NOUNS, STOPWORDS, THING_HEADS, THING_PREFIXES, TITLES, TITLE_MODIFIERS,
} from './gazetteer';
import { isCalendarWord, isDemonym, knownName, lexicon, type KnownName } from './lexicon';
import type { Words } from './words';

export interface Segment {
  start: number;
  end: number;
  /** Name words, connectors included, possessive removed. */
  parts: string[];
  known?: KnownName;
  /** Letters of a single-token acronym ("US" for "U.S."). */
  acronym?: string;
  /** Evidence scores per type; the winner becomes the type. */
  person: number;
  org: number;
  place: number;
  /** A run that names a thing (agreement, storm, flight): never emitted. */
  thing?: boolean;
  /** Run in an all-caps line: only matched against names found elsewhere. */
  shouted?: boolean;
  /** Written as "(CSB)" right after another segment. */
  inParens?: boolean;
  /** slug of the name words, filled in by the resolver. */
  slug?: string;
}

// The document's lowercase vocabulary, set by findSegments for the synchronous scan below.
let lowerVocab: ReadonlySet<string> = new Set();
const STRONG = 3;
const MEDIUM = 2;
const WEAK = 1;

export function findSegments(text: string, words: Words): Segment[] {
  const w = words.list;
  lowerVocab = words.lower;
  const out: Segment[] = [];
  let pendingTitle = false; // "Vietnam’s President, Luong Cuong": a bare title governs the next run

  for (let i = 0; i < w.length; i++) {
    if (!w[i].cap || w[i].text.length > MAX_WORD_LENGTH) { pendingTitle = false; continue; }
    // ---- grow the run
    const idx: number[] = [i];
    let j = i;
    while (j + 1 < w.length && !hasPossessive(w[j].text)) {
      const gap = text.slice(w[j].end, w[j + 1].start);
      const nx = w[j + 1];
      if (nx.cap && nx.text.length <= MAX_WORD_LENGTH && (gap === ' ' || gap === '\u00a0' || gap === '-' || gap === '–' || gap === '&' || gap === ' & '
        || (gap === '. ' && TITLES.has(w[j].text)))) {
        idx.push(++j);
        continue;
      }
      if (gap === ' ' && !nx.cap) {
        const k = connectorEnd(text, w, j, idx);
        if (k > 0) { for (let x = j + 1; x <= k; x++) { idx.push(x); } j = k; continue; }
      }
      break;
    }
    i = j;
    const shape = words.lineShape(w[idx[0]].start);
    if (shape === 'shout' && idx.every((x) => isUpper(w[x].text))) {
      out.push(seg(w, idx, { shouted: true }));
      pendingTitle = false;
      continue;
    }
    // ---- drop common words at the edges of the run
    let a = 0;
    while (a < idx.length && isCommonLead(text, w, idx[a], a === 0 ? idx[0] : -1, words, shape)) { a++; }
    let z = idx.length;
    while (z > a && isCalendarWord(w[idx[z - 1]].text) && z - a === 1) { z--; }
    const toks = idx.slice(a, z);
    while (toks.length && !w[toks[0]].cap) { toks.shift(); }
    if (!toks.length) { continue; }
    if (shape === 'title') {
      // Title Case headline: words the document also writes lowercase are not names.
      const pieces = splitWhere(toks, (x) => words.lower.has(bare(w[x].text).toLowerCase()) || STOPWORDS.has(bare(w[x].text)));
      for (const p of pieces) {
        while (p.length && !w[p[0]].cap) { p.shift(); }
        while (p.length && !w[p[p.length - 1]].cap) { p.pop(); }
        if (p.length) { emitRun(text, w, p, out, false); }
      }
      pendingTitle = false;
      continue;
    }
    const onlyTitles = toks.every((x) => TITLES.has(bare(w[x].text)) || TITLE_MODIFIERS.has(w[x].text));
    if (onlyTitles) {
      pendingTitle = /^,?\s$/.test(text.slice(w[j].end, w[j + 1]?.start ?? w[j].end)) || text.slice(w[j].end, w[j].end + 2) === ', ';
      continue;
    }
    emitRun(text, w, toks, out, pendingTitle);
    pendingTitle = false;
  }
  return out;
}

/** Index of the last token of a connector sequence that continues the run ("of", "of the",
 *  "and" inside "Ministry of Industry and Trade", name particles), or -1. */
function connectorEnd(text: string, w: Token[], j: number, idx: readonly number[]): number {
  const c = w[j + 1].text;
  const after = (k: number) => k < w.length && w[k].cap && text.slice(w[k - 1].end, w[k].start) === ' ';
  if (c === 'of' && OF_HEADS.has(w[j].text)) {
    if (after(j + 2)) { return j + 1; }
    if (w[j + 2]?.text === 'the' && after(j + 3)) { return j + 2; }
    return -1;
  }
  // "Ministry of Industry and Trade", but not "United States of America and Britain".
  const of = idx.findIndex((x) => w[x].text === 'of');
  if ((c === 'and' || c === 'for') && of > 0 && ORG_HEADS.has(w[idx[of - 1]].text) && after(j + 2)) { return j + 1; }
  if (NAME_PARTICLES.has(c)) {
    if (after(j + 2)) { return j + 1; }
    if (NAME_PARTICLES.has(w[j + 2]?.text ?? '') && after(j + 3)) { return j + 2; }
  }
  return -1;
}

function isCommonLead(text: string, w: Token[], x: number, first: number, words: Words, shape: string): boolean {
  const t = bare(w[x].text);
  if (isCalendarWord(t)) { return true; }
  if (t === 'The' || t === 'A' || t === 'An') { return true; }
  if (knownName(t) || isUpper(t)) { return false; }
  const initial = x === first && isInitial(text, w, x);
  if (!initial && shape !== 'title') { return false; }
  const lo = t.toLowerCase();
  return STOPWORDS.has(t) || words.lower.has(lo) || (lo.endsWith('s') && words.lower.has(lo.slice(0, -1)));
}

/** First word of a sentence, a line, a quotation or a list item. */
export function isInitial(text: string, w: Token[], x: number): boolean {
  if (x === 0) { return true; }
  const gap = text.slice(w[x - 1].end, w[x].start);
  return /[.!?:;"“”‘|•–—\n\r]/.test(gap);
}

/** Split a run into segments at titles, organization heads and known names, and type each. */
function emitRun(text: string, w: Token[], toks: number[], out: Segment[], titled: boolean): void {
  const names = toks.filter((x) => w[x].cap);
  const last = headOf(w, toks);
  const whole = knownName(joinNames(w, toks, toks.length));
  if (whole) { out.push(seg(w, toks, { known: whole })); return; }
  // A lone "I", "The", "Parliament" or "Government" is no name.
  if (toks.length === 1 && (STOPWORDS.has(last) || ORG_HEADS.has(last) || PLACE_HEADS.has(last) || last.length < 2)) { return; }

  // Title inside the run: "European Council President Antonio Costa", "EU Ambassador".
  if (!ORG_HEADS.has(last) && !THING_HEADS.has(last)) {
    let t = -1;
    for (let k = toks.length - 2; k >= 0; k--) { if (TITLES.has(w[toks[k]].text)) { t = k; break; } }
    if (t >= 0) {
      let s = t;
      while (s > 0 && (TITLES.has(w[toks[s - 1]].text) || TITLE_MODIFIERS.has(w[toks[s - 1]].text))) { s--; }
      if (s > 0) { emitRun(text, w, toks.slice(0, s), out, false); }
      let rest = toks.slice(t + 1);
      while (rest.length && (!w[rest[0]].cap || TITLE_MODIFIERS.has(w[rest[0]].text) || TITLES.has(w[rest[0]].text))) { rest = rest.slice(1); }
      if (rest.length) { emitRun(text, w, rest, out, true); }
      return;
    }
  }
  // Organization head inside the run: "European Council Antonio Costa", "Malaysia Airlines Flight".
  for (let k = 1; k < toks.length - 1; k++) {
    const h = w[toks[k]].text;
    const nx = w[toks[k + 1]];
    if (ORG_HEADS.has(h) && nx.cap && !ORG_HEADS.has(nx.text) && nx.text !== 'of') {
      emitRun(text, w, toks.slice(0, k + 1), out, false);
      emitRun(text, w, toks.slice(k + 1), out, titled);
      return;
    }
  }
  // Known name first, a name after it: "Vietnam Julien Guerrier" (from "EU Ambassador to Vietnam Julien Guerrier").
  if (names.length >= 2 && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) && !THING_HEADS.has(last)) {
    for (let k = Math.min(toks.length - 1, 5); k >= 1; k--) {
      const known = knownName(joinNames(w, toks, k));
      if (known && w[toks[k]].cap) {
        out.push(seg(w, toks.slice(0, k), { known }));
        emitRun(text, w, toks.slice(k), out, titled);
        return;
      }
    }
  }
  // Hyphenated known names: "EU-Vietnam" -> EU, Vietnam; "Hanoi-based" -> Hanoi (a place).
  if (toks.length === 1 || !ORG_HEADS.has(last)) {
    const parts = splitHyphens(text, w, toks);
    if (parts) { out.push(...parts); return; }
  }
  // Nationality adjectives: "Southeast Asian country" is no name; "Vietnamese Foreign Ministry"
  // is, but "Vietnamese Pham Minh Chinh" (title already split off) is not.
  if (isDemonym(bare(w[names[names.length - 1]].text))) { return; }
  if (isDemonym(w[toks[0]].text) && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last)) {
    let k = 0;
    while (k < toks.length && (isDemonym(w[toks[k]].text) || !w[toks[k]].cap)) { k++; }
    if (k < toks.length) { emitRun(text, w, toks.slice(k), out, titled); }
    return;
  }
  const s = seg(w, toks, {});
  typeSegment(text, w, toks, s, titled);
  out.push(s);
}

function splitHyphens(text: string, w: Token[], toks: number[]): Segment[] | null {
  const hy = toks.findIndex((x) => /[-–]/.test(w[x].text) || (x > toks[0] && /^[-–]$/.test(text.slice(w[x - 1].end, w[x].start))));
  if (hy < 0) { return null; }
  const lx = lexicon();
  const x = toks[hy];
  const t = w[x].text;
  const based = /^(.*)-(based|born|headquartered|bound)$/.exec(bare(t));
  if (based && toks.length === 1) {
    const s = segAt(w[x].start, w[x].start + based[1].length, [based[1]]);
    const known = knownName(based[1]) ?? lx.byAcronym.get(based[1]);
    if (known) { s.known = known; } else { s.place += MEDIUM; }
    return [s];
  }
  if (toks.length !== 1) { return null; }
  // Only split when every part is a known name; "Asia-Pacific", "Sven-Goran" stay whole.
  const pieces: Segment[] = [];
  let off = w[x].start;
  for (const p of bare(t).split(/[-–]/)) {
    const known = knownName(p) ?? lx.byAcronym.get(p.replace(/\./g, ''));
    if (!known) { return null; }
    const piece = segAt(off, off + p.length, [p]);
    piece.known = known;
    pieces.push(piece);
    off += p.length + 1;
  }
  return pieces;
}

/** Evidence from the words around a segment. */
function typeSegment(text: string, w: Token[], toks: number[], s: Segment, titled: boolean): void {
  const lx = lexicon();
  const first = toks[0];
  const lastTok = toks[toks.length - 1];
  const last = headOf(w, toks);
  // Dateline: "HANOI: ...", "PORT CALDER: ..." at the start of a line.
  if (s.parts.every(isUpper) && /^:\s/.test(text.slice(w[lastTok].end, w[lastTok].end + 2))
    && (w[first].start === 0 || /\n\s*$/.test(text.slice(Math.max(0, w[first].start - 2), w[first].start)))) {
    s.place += STRONG;
    return;
  }
  if (s.parts.length === 1 && isAcronym(s.parts[0])) {
    const letters = s.parts[0].replace(/\./g, '');
    const known = lx.byAcronym.get(letters);
    if (known) { s.known = known; return; }
    if (NON_ENTITY_ACRONYMS.has(letters) || lx.currencies.has(letters) || words(letters)) { s.thing = true; return; }
    s.acronym = letters;
    s.inParens = text[w[first].start - 1] === '(' && text[w[first].end] === ')';
    s.org += MEDIUM;
    return;
  }
  if (THING_HEADS.has(last) || THING_PREFIXES.has(s.parts[0])) { s.thing = true; return; }
  if (s.parts.every((p) => TITLES.has(p) || TITLE_MODIFIERS.has(p))) { s.thing = true; return; } // "Prime Minister's wife"
  if (ORG_HEADS.has(last) && s.parts.length >= 1) { s.org += s.parts.length > 1 ? STRONG : MEDIUM; }
  if (PLACE_HEADS.has(last) && s.parts.length > 1) { s.place += STRONG; }
  if (PLACE_PREFIXES.has(s.parts[0]) && s.parts.length > 1) { s.place += MEDIUM; }
  if (titled) { s.person += STRONG; }

  const prev = first > 0 ? w[first - 1] : undefined;
  const gapBefore = prev ? text.slice(prev.end, w[first].start) : '\n';
  const next = lastTok + 1 < w.length ? w[lastTok + 1] : undefined;
  const gapAfter = next ? text.slice(w[lastTok].end, next.start) : '\n';
  const pl = prev?.text.toLowerCase();
  if (prev && gapBefore === ' ') {
    // "analyst Khang Vu", "daughters Malia and Sasha"
    if (ROLE_NOUNS.has(prev.text) || (prev.text.endsWith('s') && ROLE_NOUNS.has(prev.text.slice(0, -1)))) { s.person += STRONG; }
    if (pl === 'said' || pl === 'says' || pl === 'added' || pl === 'wrote') { s.person += MEDIUM; }
    if (pl === 'to' && w[first - 2]?.text.toLowerCase() === 'according') {
      if (s.parts.length > 1) { s.person += WEAK; } else { s.org += WEAK; }
    }
    // "in Obama's speech" is no place; "in Hanoi" is.
    if (PLACE_PREPOSITIONS.has(prev.text) && !hasPossessive(w[lastTok].text)) { s.place += MEDIUM; }
    if (pl === 'capital') { s.place += STRONG; }
  }
  if (pl === 'by' && (gapBefore === ' ' || gapBefore === ': ') && s.parts.length >= 2) { s.person += MEDIUM; }
  if (pl === 'capital' && gapBefore === ', ') { s.place += STRONG; }
  if (next) {
    const nl = next.text.toLowerCase();
    if ((gapAfter === ' ' || gapAfter === ', ') && CUE_VERBS.has(nl) && !hasPossessive(w[lastTok].text)) { s.person += MEDIUM; }
    // an age in apposition ("Malia, 10, and Sasha, 7"): only people have one
    if (gapAfter === ', ' && /^\d{1,2}$/.test(next.text) && /^(?:,|\.(?!\d)|;|\)|\s+and\b)/.test(text.slice(next.end, next.end + 5))) { s.person += MEDIUM; }
    if (gapAfter === ', ' && !next.cap) {
      // Appositive: "Alfred Gerstl, an expert", "Bill Hayton, associate fellow", "X, who".
      if (nl === 'who' || nl === 'whose') { s.person += MEDIUM; }
      for (let k = lastTok + 1; k < Math.min(w.length, lastTok + 6); k++) {
        if (ROLE_NOUNS.has(w[k].text)) { s.person += MEDIUM; break; }
        if (text.slice(w[k - 1].end, w[k].start) !== (k === lastTok + 1 ? gapAfter : ' ')) { break; }
      }
    }
  }
  // No cue at all: a two-to-four word name of plain capitalized words reads as a person
  // ("Donald Trump", "To Lam"), unless one of its words is a common word in this document
  // ("New York", "Air France", "City Hall").
  if (s.person + s.org + s.place === 0 && s.parts.length >= 2 && s.parts.length <= 4
    && s.parts.every((p) => NAME_PARTICLES.has(p) || (/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(p) && (p.length <= 2 || !lowerVocab.has(p.toLowerCase()))))) {
    s.person += WEAK;
  }
}

/** The word that decides the type: "University" in "University of Vienna", else the last word. */
function headOf(w: Token[], toks: number[]): string {
  const of = toks.findIndex((x) => w[x].text === 'of');
  const h = of > 0 ? toks[of - 1] : toks[toks.length - 1];
  return bare(w[h].text);
}

function words(letters: string): boolean {
  return letters.length > 3 && STOPWORDS.has(letters[0] + letters.slice(1).toLowerCase());
}

function seg(w: Token[], toks: number[], extra: Partial<Segment>): Segment {
  const lastTok = w[toks[toks.length - 1]];
  const end = lastTok.end - (hasPossessive(lastTok.text) ? 2 : 0);
  // Connectors stay in the name ("University of Vienna", "Ursula von der Leyen"): keys read as written.
  const parts = toks.map((x) => bare(w[x].text));
  return Object.assign(segAt(w[toks[0]].start, end, parts), extra);
}

/** The first `count` words of a run, possessives removed, joined by spaces; a lone word is
 *  returned as is (no array, no new string to hash for the name caches). */
function joinNames(w: Token[], toks: number[], count: number): string {
  if (count === 1) { return bare(w[toks[0]].text); }
  let out = bare(w[toks[0]].text);
  for (let k = 1; k < count; k++) { out += ' ' + bare(w[toks[k]].text); }
  return out;
}

export function segAt(start: number, end: number, parts: string[]): Segment {
  // Every field present from the start: one object shape keeps the scanner fast.
  return {
    start, end, parts, known: undefined, acronym: undefined, person: 0, org: 0, place: 0,
    thing: false, shouted: false, inParens: false, slug: undefined,
  };
}

function splitWhere(toks: number[], cut: (x: number) => boolean): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (const x of toks) {
    if (cut(x)) { if (cur.length) { out.push(cur); } cur = []; } else { cur.push(x); }
  }
  if (cur.length) { out.push(cur); }
  return out;
}

/** /['’]s$/.test(t) from char codes (asked for every word of every capitalized run). */
function hasPossessive(t: string): boolean {
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 115) { return false; }
  const q = t.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

export function bare(t: string): string {
  // Most words have no possessive: return them as they are, no regex and no copy.
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 115) { return t; }
  const q = t.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? t.slice(0, n - 2) : t;
}

export function isUpper(t: string): boolean {
  // ASCII: no lower-case letter and at least one capital, read from char codes (no case-mapped copies).
  let cap = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) { return t === t.toUpperCase() && t !== t.toLowerCase(); }
    if (c >= 97 && c <= 122) { return false; }
    if (c >= 65 && c <= 90) { cap = true; }
  }
  return cap;
}

export function isAcronym(t: string): boolean {
  return /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){1,3}\p{Lu}\.?)$/u.test(t);
}

export function segmentType(s: Segment): EntityType | null {
  if (s.known) { return s.known.type; }
  if (s.thing) { return null; }
  const best = Math.max(s.person, s.org, s.place);
  if (best === 0) { return null; }
  // Ties: head words (org/place) are surer than context cues.
  if (s.org === best) { return 'organization'; }
  if (s.place === best) { return 'place'; }
  return 'person';
}
