// The word view the entity scanner works on: the context's tokens (minus boilerplate), with a
// fallback repair of scrape-glued words, plus the document's lowercase vocabulary and line shapes.
import type { Span } from '../../model';
import type { DocContext } from '../../text/context';
import type { Token } from '../../text/tokens';
import { slug } from '../keys';
import { GLUE_WORDS, ORG_HEADS, PLACE_HEADS } from './gazetteer';
import { lexicon } from './lexicon';
import { MAX_WORD_LENGTH } from '../../text/tokens';

export interface Words {
  /** Tokens outside boilerplate, in text order, glued words split. */
  list: Token[];
  /** Lowercased forms of every word the document writes in lowercase: a capitalized word whose
   *  lowercase form is here is a common word when it starts a sentence or sits in a headline. */
  lower: Set<string>;
  /** Line shape per line start: 'shout' (all caps), 'title' (Title Case headline) or 'plain'. */
  lineShape(offset: number): LineShape;
}

export type LineShape = 'shout' | 'title' | 'plain';


export function buildWords(ctx: DocContext): Words {
  const { text } = ctx;
  const bp = ctx.boilerplate;
  const raw: Token[] = [];
  const lower = new Set<string>();
  let b = 0;
  for (const t of ctx.tokens) {
    while (b < bp.length && bp[b].end <= t.start) { b++; }
    if (b < bp.length && bp[b].start < t.end) { continue; } // inside boilerplate
    raw.push(t);
    const c = t.text.charCodeAt(0);
    if (!t.cap && c >= 97 && c <= 122) { lower.add(stripPossessive(t.text)); }
  }
  // The capitalized words (possessive removed), which only unglue reads: made on its first call.
  let capSet: Set<string> | null = null;
  const caps = (): ReadonlySet<string> => {
    if (!capSet) {
      capSet = new Set<string>();
      for (const t of raw) { if (t.cap) { capSet.add(stripPossessive(t.text)); } }
    }
    return capSet;
  };
  // The tokenizer splits glued words; this fallback only catches what it leaves whole, cheaply
  // (a token is re-examined only when its shape allows a glue).
  const list: Token[] = [];
  for (const t of raw) {
    // unglue tries every cut of the token (a slice and a regex each): only words of a plausible length
    if (t.glued || t.text.length < 5 || t.text.length > MAX_WORD_LENGTH || !(t.cap ? endsWithGlue(t.text) : hasUpper(t.text))) { list.push(t); continue; }
    const parts = unglue(t, caps);
    if (parts) { list.push(...parts); } else { list.push(t); }
  }
  // Callers ask in text order, so one cached line is enough (no backward scans on long lines).
  let ls = -1;
  let le = -1;
  let shape: LineShape = 'plain';
  return {
    list,
    lower,
    lineShape(offset: number): LineShape {
      if (offset < ls || offset > le) {
        ls = text.lastIndexOf('\n', offset - 1) + 1;
        le = text.indexOf('\n', offset);
        if (le < 0) { le = text.length; }
        shape = shapeOf(text, ls, le);
      }
      return shape;
    },
  };
}

function shapeOf(text: string, ls: number, le: number): LineShape {
  if (le - ls > 400) { return 'plain'; } // headlines are short; long lines are body text
  let upper = 0;
  let lowerN = 0;
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) { upper++; } else if (c >= 97 && c <= 122) { lowerN++; } else if (c > 127) {
      const ch = text[i];
      if (ch !== ch.toLowerCase()) { upper++; } else if (ch !== ch.toUpperCase()) { lowerN++; }
    }
  }
  const letters = upper + lowerN;
  if (letters >= 8 && upper / letters >= 0.8) { return 'shout'; }
  // A line ending a sentence is plain whatever its words: test that before listing them (most lines).
  if (endsSentence(text, ls, le)) { return 'plain'; }
  const line = text.slice(ls, le);
  const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu);
  if (!words || words.length < 3) { return 'plain'; }
  let caps = 0;
  for (const w of words) { if (w[0] !== w[0].toLowerCase()) { caps++; } }
  return caps / words.length >= 0.75 ? 'title' : 'plain';
}

/** /[.!?]["”’]?\s*$/ on text[ls, le), without a regex trying every position of the line. */
function endsSentence(text: string, ls: number, le: number): boolean {
  let k = le - 1;
  while (k >= ls && isWhite(text.charCodeAt(k))) { k--; }
  if (k < ls) { return false; }
  let c = text.charCodeAt(k);
  if (c === 34 || c === 0x201d || c === 0x2019) {
    if (k - 1 < ls) { return false; }
    c = text.charCodeAt(k - 1);
  }
  return c === 46 || c === 33 || c === 63;
}

/** \s as JavaScript regexes define it. */
function isWhite(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const HAS_UPPER = /\p{Lu}/u;

/** HAS_UPPER.test(s), answered from char codes when s is ASCII. */
function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) { return true; }
    if (c >= 128) { return HAS_UPPER.test(s); }
  }
  return false;
}

/** Glue words of two or more letters bucketed by their last two characters, longest first. */
const GLUE_ENDINGS = new Map<number, string[]>();
for (const g of [...GLUE_WORDS].filter((x) => x.length >= 2).sort((a, b) => b.length - a.length)) {
  const k = g.charCodeAt(g.length - 1) * 65536 + g.charCodeAt(g.length - 2);
  const list = GLUE_ENDINGS.get(k);
  if (list) { list.push(g); } else { GLUE_ENDINGS.set(k, [g]); }
}

/** A capitalized token can only hide glue if it ends like one of the glue words (of 2+ letters). */
function endsWithGlue(s: string): boolean {
  const list = GLUE_ENDINGS.get(s.charCodeAt(s.length - 1) * 65536 + s.charCodeAt(s.length - 2));
  if (!list) { return false; }
  for (const g of list) { if (s.endsWith(g)) { return true; } }
  return false;
}

/** s without a final 's / ’s (POSSESSIVE), without a regex. */
function stripPossessive(s: string): string {
  const n = s.length;
  if (n > 2 && s.charCodeAt(n - 1) === 115) {
    const q = s.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) { return s.slice(0, n - 2); }
  }
  return s;
}

const LOWER_THEN_CAP = /^(\p{Ll}{2,})(\p{Lu}[\p{L}\p{M}'’.-]*)$/u;

/** "thatDonald" -> that|Donald; "Vietnamandthe" -> Vietnam|and|the; "Unionhave" -> Union|have;
 *  "USall" -> US|all. Only when the glue is made of function words and the name part is known. */
function unglue(t: Token, capSet: () => ReadonlySet<string>): Token[] | null {
  const s = t.text;
  const m = LOWER_THEN_CAP.exec(s);
  if (m) {
    if (!isGlueSeq(m[1])) { return null; }
    return [part(t, 0, m[1].length), part(t, m[1].length, s.length)];
  }
  if (!t.cap) { return null; }
  // Name followed by lowercase glue: try the longest known name prefix.
  for (let k = s.length - 2; k >= 2; k--) {
    const tail = s.slice(k);
    if (!/^\p{Ll}+$/u.test(tail)) { break; }
    if (tail.length < 3) { continue; } // "European" is not Europe|an
    if (!isGlueSeq(tail)) { continue; }
    const head = s.slice(0, k);
    if (isKnownHead(head, capSet)) { return [part(t, 0, k), part(t, k, s.length)]; }
  }
  return null;
}

function isKnownHead(head: string, capSet: () => ReadonlySet<string>): boolean {
  if (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) { return true; }
  const lx = lexicon();
  if (/^\p{Lu}{2,}$/u.test(head)) { return lx.byAcronym.has(head); }
  return lx.bySlug.has(slug(head)) || (head.length >= 4 && capSet().has(head));
}

function isGlueSeq(s: string): boolean {
  if (s.length === 0) { return true; }
  for (let n = Math.min(5, s.length); n >= 1; n--) {
    if (GLUE_WORDS.has(s.slice(0, n)) && isGlueSeq(s.slice(n))) { return true; }
  }
  return false;
}

function part(t: Token, from: number, to: number): Token {
  const text = t.text.slice(from, to);
  const c = text.charCodeAt(0);
  return { start: t.start + from, end: t.start + to, text, cap: text[0] !== text[0].toLowerCase(), num: c >= 48 && c <= 57, glued: true };
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}
