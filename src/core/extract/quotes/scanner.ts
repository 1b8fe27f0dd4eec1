// Pairs quotation marks in one linear pass. Hand-written: no library pairs news-style quote marks
// (straight marks whose direction comes from context, ’ that is usually an apostrophe, nested
// quotes, the multi-paragraph convention), and a tokenizer-based approach would cost a full NLP pass.
//
// Rules, in short:
//  - “ „ « always open; ” » always close. Straight " opens or closes by what stands beside it.
//  - ‘ opens; ’ closes only when a single quote is open and it does not sit inside a word
//    ("Vietnam’s", "don’t"). Straight ' behaves the same way and also opens when a word follows.
//  - Quotes nest (a stack of at most MAX_DEPTH open marks); a closer pairs with the nearest open mark
//    of its family and drops any stray openers above it.
//  - A paragraph end drops everything still open, except the news convention: a paragraph that
//    opens a quote without closing it, followed by a paragraph that re-opens it, is one quote.
//  - Caps on length and paragraphs keep unmatched marks from producing giant spans.
import type { Span } from '../../model';

export type QuoteFamily = 'double' | 'single';

export interface RawQuote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark. */
  end: number;
  innerStart: number;
  innerEnd: number;
  /** 0 for a top-level quote, 1 for a quote inside a quote. */
  depth: number;
  family: QuoteFamily;
  /** Number of paragraphs the quote spans (1 unless the multi-paragraph convention applied). */
  paragraphs: number;
}

export const MAX_QUOTE_CHARS = 3000;
export const MAX_SINGLE_QUOTE_CHARS = 600;
export const MAX_MULTI_PARAGRAPH_CHARS = 12000;
export const MAX_PARAGRAPHS = 10;
const MAX_DEPTH = 4;

interface Open {
  pos: number;
  family: QuoteFamily;
  paragraphs: number;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
/** Every character the scanner reacts to: the quote marks and the line feed. */
const MARK_SOURCE = '["\'\\n\u00ab\u00bb\u2018\u2019\u201c\u201d\u201e]';
const LOWER_RE = /\p{Ll}/u;

function isWordCode(c: number): boolean {
  if (c < 128) { return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }
  return WORD_RE.test(String.fromCharCode(c));
}

function isLetterCode(c: number): boolean {
  if (c < 128) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }
  return c !== 0x2019 && WORD_RE.test(String.fromCharCode(c)) && !(c >= 0x30 && c <= 0x39);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b);
}

function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x201e ||
    c === 0xab || c === 0xbb;
}

/** What may stand right before an opening mark: nothing, a space, an opening bracket, a dash, a slash,
 *  a colon, or another quote mark (nesting). -1 means the start of the text. */
function opensAfter(c: number): boolean {
  return c < 0 || isSpaceCode(c) || isQuoteMark(c) || c === 40 || c === 91 || c === 123 || c === 45 || c === 0x2013 ||
    c === 0x2014 || c === 47 || c === 58;
}

/** What may stand right after a closing mark: nothing, a space, punctuation, a closing bracket or
 *  another quote mark. -1 means the end of the text. */
function closesBefore(c: number): boolean {
  return c < 0 || isSpaceCode(c) || isQuoteMark(c) || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 ||
    c === 63 || c === 41 || c === 93 || c === 125 || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2026 || c === 47;
}

/** Finds every paired quote outside the `skip` spans (boilerplate), sorted by start. */
export function scanQuotes(text: string, skip: readonly Span[] = []): RawQuote[] {
  const out: RawQuote[] = [];
  const n = text.length;
  const stack: Open[] = [];
  let skipIdx = 0;
  /** Offset of a re-opening mark that continues a multi-paragraph quote; it is not a new quote. */
  let reopenAt = -1;
  const code = (i: number): number => (i >= 0 && i < n ? text.charCodeAt(i) : -1);

  const hasOpen = (family: QuoteFamily): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) { if (stack[k].family === family) { return true; } }
    return false;
  };
  const push = (pos: number, family: QuoteFamily): void => {
    if (stack.length >= MAX_DEPTH) { stack.shift(); }
    stack.push({ pos, family, paragraphs: 1 });
  };
  const close = (pos: number, family: QuoteFamily): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const o = stack[k];
      if (o.family !== family) { continue; }
      stack.length = k;
      const end = pos + 1;
      const max = o.paragraphs > 1 ? MAX_MULTI_PARAGRAPH_CHARS : family === 'single' ? MAX_SINGLE_QUOTE_CHARS : MAX_QUOTE_CHARS;
      if (end - o.pos <= max && hasWord(text, o.pos + 1, pos)) {
        out.push({ start: o.pos, end, innerStart: o.pos + 1, innerEnd: pos, depth: k, family, paragraphs: o.paragraphs });
      }
      return true;
    }
    return false;
  };

  // Jump from mark to mark with a native regex search: far faster than a JavaScript loop over
  // every character, and still one linear pass.
  const marks = new RegExp(MARK_SOURCE, 'g');
  for (let i = 0; i < n; i++) {
    marks.lastIndex = i;
    const m = marks.exec(text);
    if (!m) { break; }
    i = m.index;
    // A boilerplate span passed over between two marks still separates them.
    while (skipIdx < skip.length && skip[skipIdx].end <= i) { skipIdx++; stack.length = 0; }
    if (skipIdx < skip.length && skip[skipIdx].start <= i) {
      // Boilerplate: nothing inside it, and nothing pairs across it.
      stack.length = 0;
      i = skip[skipIdx].end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (stack.length > 0) {
        reopenAt = paragraphEnd(text, i, stack, skip[skipIdx]);
        // Jump straight to the re-opening mark: the lines between are blank, and re-peeking them at
        // every line break would be quadratic.
        if (reopenAt >= 0) { i = reopenAt - 1; }
      }
      continue;
    }
    if (i === reopenAt) { reopenAt = -1; continue; }
    const prev = code(i - 1);
    const next = code(i + 1);
    switch (c) {
      case 0x201c: // “
      case 0x201e: // „
      case 0xab: // «
        push(i, 'double');
        break;
      case 0x201d: // ”
      case 0xbb: // »
        if (!close(i, 'double') && opensAfter(prev) && next >= 0 && !isSpaceCode(next)) { push(i, 'double'); }
        break;
      case 0x22: { // "
        const canOpen = opensAfter(prev) && next >= 0 && !isSpaceCode(next);
        const canClose = prev >= 0 && !isSpaceCode(prev) && closesBefore(next);
        if (canOpen && !canClose) { push(i, 'double'); }
        else if (canClose && !canOpen) { close(i, 'double'); }
        else if (canOpen || (prev >= 0 && next >= 0 && !isSpaceCode(prev) && !isSpaceCode(next))) {
          if (!(hasOpen('double') && close(i, 'double'))) { push(i, 'double'); }
        }
        break;
      }
      case 0x2018: // ‘
        if (!isWordCode(prev) && next >= 0 && !isSpaceCode(next) && !(next >= 48 && next <= 57)) { push(i, 'single'); }
        break;
      case 0x2019: // ’
      case 0x27: { // '
        const inWord = isWordCode(prev) && isWordCode(next);
        if (inWord) { break; }
        if (hasOpen('single') && prev >= 0 && !isSpaceCode(prev) && closesBefore(next)) { close(i, 'single'); }
        else if (c === 0x27 && opensAfter(prev) && next >= 0 && isLetterCode(next)) { push(i, 'single'); }
        break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** At a line break with quotes still open: keep the outermost one when the multi-paragraph
 *  convention applies (returns the offset of the re-opening mark), otherwise drop them all (-1).
 *  A hard-wrapped line (ends mid-sentence, next line starts lower case) is not a paragraph end. */
function paragraphEnd(text: string, nl: number, stack: Open[], nextSkip: Span | undefined): number {
  let j = nl + 1;
  let blank = false;
  for (;;) {
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) { j++; }
    if (j < text.length && text.charCodeAt(j) === 10) { blank = true; j++; continue; }
    break;
  }
  if (j >= text.length || (nextSkip && nextSkip.start <= j)) { stack.length = 0; return -1; }
  const first = text.charCodeAt(j);
  if (!blank) {
    let k = nl - 1;
    while (k >= 0 && isSpaceCode(text.charCodeAt(k))) { k--; }
    const last = k >= 0 ? text.charCodeAt(k) : -1;
    if ((isWordCode(last) || last === 44) && LOWER_RE.test(String.fromCharCode(first))) { return -1; }
  }
  const outer = stack[0];
  const reopens = outer.family === 'double'
    ? first === 0x201c || first === 0x22 || first === 0x201e || first === 0xab
    : first === 0x2018 || first === 0x27;
  if (reopens && outer.paragraphs < MAX_PARAGRAPHS && j - outer.pos < MAX_MULTI_PARAGRAPH_CHARS) {
    stack.length = 1;
    outer.paragraphs++;
    return j;
  }
  stack.length = 0;
  return -1;
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (isWordCode(text.charCodeAt(i))) { return true; }
  }
  return false;
}
