// Small-window tokens and capitalized name runs for quote attribution: reading a speaker's name
// before or after a cue verb, stripping titles ("European Council President Antonio Costa" ->
// "Antonio Costa", "Rep. Jerry Nadler" -> "Jerry Nadler") and typing the run person/organization.
// Hand-written: the runs must work without the entity extractor, on a few hundred characters
// around each quote, which keeps attribution cheap.
import type { EntityType } from '../../model';
import { perBundle, type QuoteLexicon } from '../../lang/bundle';

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lower case, possessive ’s/'s removed. */
  lower: string;
  word: boolean;
  cap: boolean;
  num: boolean;
}

export interface Run {
  /** Token indices of the whole capitalized run, titles included. */
  first: number;
  last: number;
}

export interface Name {
  start: number;
  end: number;
  /** The name without titles, as written. */
  text: string;
  /** The title word(s) stripped from before it, lower case, e.g. "president", "mayor". */
  title: string | null;
  type: EntityType;
  tokenCount: number;
}

export type NameReader = ReturnType<typeof build>;

/** These functions over one bundle's word lists, built once per bundle (no per-document work). */
export const namesFor: (L: QuoteLexicon) => NameReader = perBundle(build);

function build(L: QuoteLexicon) {
  const { nameParticles: NAME_PARTICLES, nonNameCaps: NON_NAME_CAPS, officeWords: OFFICE_WORDS, orgWords: ORG_WORDS, titleAbbreviations: TITLE_ABBREVIATIONS, titles: TITLES } = L;

  const TOKEN_RE = /([\p{L}\p{M}\p{N}]+(?:[’'\-–.&][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
  const UPPER_RE = /\p{Lu}/u;
  const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
  const ALL_CAPS_RE = /^\p{Lu}{2,6}$/u;

  /** Tokens of text[from, to): words (with inner apostrophes, hyphens, dots) and single punctuation.
   *  A hand-written scan of TOKEN_RE (the regex built a match array per token, the largest cost of
   *  attribution), ASCII classified inline; tokenizeRangeRe is the definition. */
  function tokenizeRange(text: string, from: number, to: number): Tok[] {
    // (a window starting inside a surrogate pair is left to the regex's own stepping)
    if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) { return tokenizeRangeRe(text, from, to); }
    const out: Tok[] = [];
    const n = text.length;
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWhiteCode(c)) { i++; continue; }
      if (i >= to) { break; }
      const start = i;
      let w = wordCharAt(text, i);
      const word = w > 0;
      if (word) {
        i += w;
        for (;;) {
          while (i < n && (w = wordCharAt(text, i)) > 0) { i += w; }
          if (i + 1 < n && isJoiner(text.charCodeAt(i)) && (w = wordCharAt(text, i + 1)) > 0) { i += 1 + w; continue; }
          break;
        }
      } else {
        i += isHighSurrogate(c) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      }
      if (i > to) { break; }
      out.push(tok(text.slice(start, i), start, word));
    }
    return out;
  }

  function tokenizeRangeRe(text: string, from: number, to: number): Tok[] {
    const out: Tok[] = [];
    TOKEN_RE.lastIndex = from;
    for (let m = TOKEN_RE.exec(text); m && m.index < to; m = TOKEN_RE.exec(text)) {
      const end = m.index + m[0].length;
      if (end > to) { break; }
      out.push(tok(m[0], m.index, m[1] !== undefined));
    }
    return out;
  }

  function tok(t: string, start: number, word: boolean): Tok {
    const c = t.charCodeAt(0);
    return {
      start,
      end: start + t.length,
      text: t,
      lower: word ? lowerNoPossessive(t) : t,
      word,
      cap: word && (c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t[0])),
      num: c >= 48 && c <= 57,
    };
  }

  /** Length of the letter, mark or number at i (1 or 2 code units), or 0: TOKEN_RE's word character. */
  function wordCharAt(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (c < 128) { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0; }
    WORD_CHAR.lastIndex = i;
    return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
  }

  function lowerNoPossessive(t: string): string {
    const n = t.length;
    if (n > 2 && (t.charCodeAt(n - 1) === 115 || t.charCodeAt(n - 1) === 83)) {
      const a = t.charCodeAt(n - 2);
      if (a === 39 || a === 0x2019) { return t.slice(0, n - 2).toLowerCase(); }
    }
    return t.toLowerCase();
  }

  /** True when only spaces (no line break) separate tokens a and b. */
  function joined(text: string, a: Tok, b: Tok): boolean {
    for (let i = a.end; i < b.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) { return false; }
    }
    return b.start - a.end <= 2;
  }

  function isAbbrevStop(toks: readonly Tok[], i: number): boolean {
    // toks[i] is "." right after a title abbreviation ("Rep.") or an initial ("J.").
    if (toks[i].text !== '.' || i === 0) { return false; }
    const w = toks[i - 1];
    return w.word && w.end === toks[i].start && (TITLE_ABBREVIATIONS.has(w.lower) || (w.cap && w.text.length === 1));
  }

  function nameish(t: Tok): boolean {
    return t.word && t.cap;
  }

  /** The capitalized run ending at token `last` (a capitalized word, or a number right after one:
   *  "Directive 24"), read leftwards. */
  function runEndingAt(text: string, toks: readonly Tok[], last: number): Run | null {
    const t = toks[last];
    if (!t || !t.word) { return null; }
    if (!t.cap) {
      if (!(t.num && last > 0 && nameish(toks[last - 1]) && joined(text, toks[last - 1], t))) { return null; }
    }
    let first = last;
    while (first > 0) {
      const p = toks[first - 1];
      const cur = toks[first];
      if (p.word && p.cap && joined(text, p, cur)) { first--; continue; }
      if (p.text === '.' && isAbbrevStop(toks, first - 1) && joined(text, p, cur)) { first -= 2; continue; }
      if (p.word && !p.cap && NAME_PARTICLES.has(p.text) && first >= 2 && nameish(toks[first - 2]) && joined(text, p, cur)) {
        first--; continue;
      }
      if (p.word && (p.text === 'of' || p.text === 'for') && first >= 2 && nameish(toks[first - 2]) &&
          TITLES.has(toks[first - 2].lower) && OFFICE_WORDS.has(cur.lower)) {
        first--; continue;
      }
      break;
    }
    return { first, last };
  }

  /** The capitalized run starting at token `first`, read rightwards (titles allowed). */
  function runStartingAt(text: string, toks: readonly Tok[], first: number): Run | null {
    const t = toks[first];
    if (!t || !nameish(t)) { return null; }
    let last = first;
    while (last + 1 < toks.length) {
      const nx = toks[last + 1];
      const cur = toks[last];
      if (nx.word && nx.cap && joined(text, cur, nx)) { last++; continue; }
      if (nx.text === '.' && isAbbrevStop(toks, last + 1) && last + 2 < toks.length && nameish(toks[last + 2])) { last += 2; continue; }
      if (nx.word && !nx.cap && NAME_PARTICLES.has(nx.text) && last + 2 < toks.length && nameish(toks[last + 2])) { last++; continue; }
      if (nx.word && (nx.text === 'of' || nx.text === 'for') && TITLES.has(cur.lower) && last + 2 < toks.length &&
          nameish(toks[last + 2]) && OFFICE_WORDS.has(toks[last + 2].lower)) { last++; continue; }
      if (nx.num && !nx.text.includes('.') && ORG_WORDS.has(cur.lower) && joined(text, cur, nx)) { last++; break; }
      break;
    }
    return { first, last };
  }

  /** Strips leading sentence words and titles from a run and returns the name, or a title-only
   *  result (text '') when the run is just a title ("the Ambassador", "Vietnam’s President"). */
  function nameFromRun(text: string, toks: readonly Tok[], run: Run): Name | null {
    let first = run.first;
    const last = run.last;
    while (first <= last && toks[first].word && NON_NAME_CAPS.has(toks[first].lower)) { first++; }
    // "New Republic’s Jason Zengerle": the name follows the last possessive.
    for (let i = last - 1; i >= first; i--) {
      if (/['’]s$/.test(toks[i].text)) { first = i + 1; break; }
    }
    if (first > last) { return null; }
    // Last title word in the run: everything up to it (and an office "of State") is the title.
    let titleAt = -1;
    for (let i = first; i <= last; i++) {
      const t = toks[i];
      if (t.word && TITLES.has(t.lower) && !t.text.endsWith('’s') && !t.text.endsWith("'s")) { titleAt = i; }
    }
    let nameFirst = first;
    let title: string | null = null;
    if (titleAt >= 0) {
      let j = titleAt + 1;
      if (j <= last && toks[j].text === '.') { j++; }
      if (j <= last && (toks[j].text === 'of' || toks[j].text === 'for')) {
        j++;
        while (j <= last && OFFICE_WORDS.has(toks[j].lower)) { j++; }
      }
      title = toks[titleAt].lower;
      if (j > last) {
        // Only a title. A multi-word run whose last word merely looks like a title ("Martin Luther
        // King") is still a name when nothing before it is a title or a possessive.
        const before = toks.slice(first, titleAt);
        const plain = before.length >= 1 && before.every((t) => t.word && t.cap && !TITLES.has(t.lower) &&
          !/['’]s$/.test(t.text) && !ORG_WORDS.has(t.lower));
        if (!plain) {
          return { start: toks[titleAt].start, end: toks[titleAt].end, text: '', title, type: 'person', tokenCount: 0 };
        }
        title = null;
      } else {
        nameFirst = j;
      }
    }
    const nameToks = toks.slice(nameFirst, last + 1).filter((t) => t.word);
    if (nameToks.length === 0 || nameToks.length > 6) { return null; }
    if (nameToks.every((t) => NON_NAME_CAPS.has(t.lower))) { return null; }
    const start = toks[nameFirst].start;
    const end = toks[last].end;
    return { start, end, text: text.slice(start, end), title, type: runType(nameToks), tokenCount: nameToks.length };
  }

  /** Organization when a head word says so, an acronym or a number is part of it; else person. */
  function runType(nameToks: readonly Tok[]): EntityType {
    for (const t of nameToks) {
      if (ORG_WORDS.has(t.lower) || t.num) { return 'organization'; }
    }
    if (nameToks.length === 1 && ALL_CAPS_RE.test(nameToks[0].text)) { return 'organization'; }
    return 'person';
  }

  return { tokenizeRange, joined, isAbbrevStop, runEndingAt, runStartingAt, nameFromRun, runType };
}

/** TOKEN_RE's inner joiners: ’ ' - – . & */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 0x2013 || c === 46 || c === 38;
}

/** \s as JavaScript regexes define it. */
function isWhiteCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
