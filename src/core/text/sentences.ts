// Sentence boundaries from Intl.Segmenter (ICU's rules: decimals, "6.6%", quotes ending in ."
// are handled there), with line structure on top: a line break that ends a paragraph or a
// headline always ends a sentence, while a hard-wrapped line (next line starts in lower case)
// does not. ICU splits after every abbreviation ("Ms. Lee"); we re-join those.
import type { Boilerplate, Sentence } from '../model';
import { splitLines, type Line } from './lines';
import { compile } from '../lang/bundle';
import { en } from '../lang/en';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a full stop does not end a sentence (lang/en/titles.ts, use 'sentence'). Titles and the like are
 *  always followed by more of the same sentence; initialisms (U.S.) only when the next word is
 *  a name-like continuation, which ICU's rules already keep together for lower-case words. */
const TITLE_ABBREVIATIONS = compile(en).sentenceAbbreviations;
/** Initialisms like U.S., U.K., U.N.: keep the next segment joined only when it starts with a
 *  capitalised word that is not a common sentence opener (a rough but cheap cue). */
const INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And', 'In',
  'On', 'At', 'For', 'As', 'If', 'When', 'While', 'After', 'Before', 'Its', 'His', 'Her', 'Their', 'Our', 'There',
  'Meanwhile', 'However', 'Still', 'Yet', 'So', 'Now', 'Then', 'Some', 'Many', 'Most',
]);

export function splitSentences(text: string, boilerplate: readonly Boilerplate[] = [], lines: readonly Line[] = splitLines(text)): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let b = 0;
  let i = 0;
  while (i < lines.length) {
    if (lines[i].start === lines[i].end) { i++; continue; }
    // A paragraph: this line plus any hard-wrapped continuation lines.
    const start = lines[i].start;
    let end = lines[i].end;
    let j = i + 1;
    while (j < lines.length && lines[j].start !== lines[j].end && isSoftWrap(text, end, lines[j].start)) {
      end = lines[j].end;
      j++;
    }
    // Pieces of the paragraph outside boilerplate.
    while (b < boilerplate.length && boilerplate[b].end <= start) { b++; }
    let pieceStart = start;
    let k = b;
    const emitted = out.length;
    while (pieceStart < end) {
      while (k < boilerplate.length && boilerplate[k].end <= pieceStart) { k++; }
      const bp = k < boilerplate.length && boilerplate[k].start < end ? boilerplate[k] : null;
      const pieceEnd = bp ? Math.max(pieceStart, bp.start) : end;
      if (pieceEnd > pieceStart) { segment(text, pieceStart, pieceEnd, paragraph, out); }
      if (!bp) { break; }
      pieceStart = bp.end;
    }
    if (out.length > emitted) { paragraph++; }
    i = j;
  }
  return out;
}

/** A line break inside a paragraph: the line does not end a sentence and the next starts in lower case. */
function isSoftWrap(text: string, lineEnd: number, nextStart: number): boolean {
  const last = text[lineEnd - 1];
  if (/[.!?:;"”’)\]]/.test(last)) { return false; }
  const c = text[nextStart];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function segment(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  // Fast path: no terminator before the last character means one sentence. Most headlines, list
  // items and chrome lines take it, which saves an ICU call per line (costly on many short lines).
  let a0 = from;
  let z0 = to;
  while (a0 < z0 && /\s/.test(text[a0])) { a0++; }
  while (z0 > a0 && /\s/.test(text[z0 - 1])) { z0--; }
  if (a0 === z0) { return; }
  if (!hasInnerTerminator(text, a0, z0 - 1)) {
    out.push({ start: a0, end: z0, paragraph });
    return;
  }
  // Line breaks inside a wrapped paragraph would be hard breaks to ICU; blank them (same length).
  const chunk = text.slice(from, to).replace(/[\r\n]/g, ' ');
  let pending: Sentence | null = null;
  for (const seg of sentencePieces(chunk)) {
    const s = seg.segment;
    let a = 0;
    let z = s.length;
    while (a < z && /\s/.test(s[a])) { a++; }
    while (z > a && /\s/.test(s[z - 1])) { z--; }
    if (a === z) { continue; }
    const sent: Sentence = { start: from + seg.index + a, end: from + seg.index + z, paragraph };
    if (pending) {
      if (shouldJoin(text.slice(pending.start, pending.end), text.slice(sent.start, sent.end))) {
        pending.end = sent.end;
        continue;
      }
      out.push(pending);
    }
    pending = sent;
  }
  if (pending) { out.push(pending); }
}

/** Above this length, ICU is fed windows of the text: V8's segment iterator costs time in
 *  proportion to the whole string at each step (a 256 KB line of 4,000 sentences took 1.2 s, a
 *  1 MB one a minute), so one long line is cut into windows of about this size. */
const WINDOW = 8192;

/** ICU's sentences of s, as segmenter.segment(s) gives them, found window by window: every
 *  window's last sentence may be cut by the window's end, so it is dropped and the next window
 *  starts there, at a boundary ICU found (its rules look back no further than that boundary). */
export function* sentencePieces(s: string): Generator<{ segment: string; index: number }> {
  if (s.length <= WINDOW) {
    for (const seg of segmenter.segment(s)) { yield { segment: seg.segment, index: seg.index }; }
    return;
  }
  let from = 0;
  let size = WINDOW;
  while (from < s.length) {
    const to = Math.min(s.length, from + size);
    const window = s.slice(from, to);
    let last: { segment: string; index: number } | null = null;
    let emitted = 0;
    for (const seg of segmenter.segment(window)) {
      if (last) { yield last; emitted++; }
      last = { segment: seg.segment, index: from + seg.index };
    }
    if (to === s.length) {
      if (last) { yield last; }
      return;
    }
    if (emitted === 0 || !last) { size *= 2; continue; } // one sentence longer than the window
    from = last.index;
    size = WINDOW;
  }
}

function hasInnerTerminator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x3002) { return true; }
  }
  return false;
}

function shouldJoin(whole: string, next: string): boolean {
  if (!whole.endsWith('.')) { return false; }
  // Both patterns below match only the last word and the one character before it; run them on
  // that tail rather than letting them try every position of a long sentence.
  const prev = lastWordTail(whole);
  const m = /(?:^|[\s(“"‘'])([\p{L}.]+)\.$/u.exec(prev);
  if (!m) { return false; }
  const word = m[1];
  if (TITLE_ABBREVIATIONS.has(word.toLowerCase()) && word.length <= 5 && /^\p{L}/u.test(word)) {
    // "No." is an abbreviation only before a number ("No. 5"), a sentence end before words.
    if (word.toLowerCase() === 'no') { return /^\d/.test(next); }
    // Months: "Jan. 2020" / "Jan. 5" continue; otherwise the sentence may end on the month.
    return true;
  }
  if (INITIALISM.test(prev)) {
    const first = /^[\p{L}\p{M}]+/u.exec(next)?.[0] ?? '';
    return /^\p{Lu}/u.test(first) && !SENTENCE_OPENERS.has(first);
  }
  return false;
}

/** The end of s from the character before its trailing run of letters and dots (ASCII seen from
 *  char codes; any other character stops the cut and the whole string is kept). A match of the
 *  patterns in shouldJoin starts at that character or at the start of s, so it is unchanged. */
function lastWordTail(s: string): string {
  let r = s.length;
  while (r > 0) {
    const c = s.charCodeAt(r - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) { r--; continue; }
    if (c >= 128) { return s; }
    break;
  }
  return r <= 1 ? s : s.slice(r - 1);
}
