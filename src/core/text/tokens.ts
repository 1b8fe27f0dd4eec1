// Word tokens with the shape facts extractors need. Glued words from scraping
// ("Vietnamandthe", "Unionhave", "andRussia") are split into their parts (glue.ts) so that the
// entities inside them stay visible; offsets still index the original text.
import type { Span } from '../model';
import { buildGlueVocabulary, splitGlued } from './glue';

export interface Token extends Span {
  text: string;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Entirely digits (with separators). */
  num: boolean;
  /** True when this token is a part of a glued word split apart. */
  glued?: boolean;
}

/** Longest token any per-token step looks inside (glue splitting, the stemmer, name lookup, NER word
 *  features). Longer "words" (a hash, base64, a run-together table, a hostile 5 MB line without a space)
 *  are kept as tokens, so offsets and windows stay as they are, but are never split, stemmed or named:
 *  several of those steps slice or backtrack per character, which made time grow with the square of the
 *  word's length (issue 14: a 64 KB word took ~30 s). The longest English words are under 50 letters. */
export const MAX_WORD_LENGTH = 64;

/** One letter, mark or number (a whole code point), tried at a position: the non-ASCII half of
 *  the word test below. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;

/** Tokens of the whole text. Boilerplate spans are accepted for API symmetry but tokens inside them are
 *  kept: extractors ask DocContext.inBoilerplate, and a token list with holes would shift their windows. */
export function tokenize(text: string, _boilerplate: readonly Span[] = []): Token[] {
  // Hand-written scan of /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu: the regex built a
  // match array per word, the largest single cost of the text layer; ASCII is classified inline.
  const raw: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) { i += skipLength(text, i); continue; }
    const start = i;
    i += w;
    for (;;) {
      while (i < n && (w = wordCharAt(text, i)) > 0) { i += w; }
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 46 || c === 45) && (w = wordCharAt(text, i + 1)) > 0) {
        i += 1 + w;
        continue;
      }
      break;
    }
    raw.push(makeToken(text.slice(start, i), start));
  }
  const vocab = buildGlueVocabulary(raw.map((t) => t.text));
  const out: Token[] = [];
  for (const t of raw) {
    const parts = t.num || t.text.length > MAX_WORD_LENGTH ? null : splitGlued(t.text, vocab);
    if (!parts || parts.length < 2) { out.push(t); continue; }
    let at = t.start;
    for (const len of parts) {
      const p = makeToken(text.slice(at, at + len), at);
      p.glued = true;
      out.push(p);
      at += len;
    }
  }
  return out;
}

/** Length in code units of the letter, mark or number at i (1 or 2), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0; }
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/** Code units of the (non-word) code point at i: a surrogate pair is skipped whole, as /u does. */
function skipLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) { return 2; }
  }
  return 1;
}

function makeToken(t: string, start: number): Token {
  const c = t.charCodeAt(0);
  // ASCII decides case without allocating a lower-cased copy (most tokens).
  let cap: boolean;
  if (c < 128) { cap = c >= 65 && c <= 90; } else { const f = t[0]; cap = f !== f.toLowerCase(); }
  return { start, end: start + t.length, text: t, cap, num: c >= 48 && c <= 57 };
}
