// Page chrome scraped along with the article: navigation, widgets, related headlines,
// video prompts, footers, credits. Reported as spans; nothing inside them is extracted.
// No library does this for plain text (readability-style tools need the HTML), so it is ours:
// line-shape signals in lineChrome.ts, and here the document-level passes (blocks of chrome
// at the top, the related-headline run at the end, lines shared with other documents).
import type { Boilerplate, BoilerplateReason, Span } from '../model';
import {
  MAX_CHROME_LINE, classifyLine, findTailCredit, findVideoPrompts, isHeadlineShaped, isSeparatorLine, isWeakChrome,
  mayHaveVideoPrompt,
} from './lineChrome';
import { countWords, splitLines, type Line } from './lines';

export interface BoilerplateOptions {
  /** Lines (normalized with normalizeLine) that also appear in other documents of the corpus. */
  repeatedLines?: ReadonlySet<string>;
}

export function normalizeLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Lines shared by other documents only count as chrome when short and not sentence-shaped:
 *  wire copy reprinted by several outlets repeats whole sentences, and those are content. */
const MAX_REPEATED_WORDS = 8;
/** A run of headline-shaped lines at the end needs this many headlines to be a "related" list. */
const MIN_RELATED_RUN = 3;

interface LineInfo extends Line {
  s: string;
  words: number;
  reason: BoilerplateReason | null;
}

/** `allLines` lets buildContext split the text into lines once for every pass. */
export function detectBoilerplate(text: string, options: BoilerplateOptions = {}, allLines: readonly Line[] = splitLines(text)): Boilerplate[] {
  const lines: LineInfo[] = new Array(allLines.length);
  for (let i = 0; i < allLines.length; i++) {
    const l = allLines[i];
    const short = l.end - l.start <= MAX_CHROME_LINE;
    lines[i] = {
      lineStart: l.lineStart, lineEnd: l.lineEnd, start: l.start, end: l.end,
      s: short ? text.slice(l.start, l.end) : '', words: short ? countWords(text, l.start, l.end) : Infinity, reason: null,
    };
  }
  const mayHaveVideo = mayHaveVideoPrompt(text);
  const inline: Boilerplate[] = [];
  for (const l of lines) {
    if (l.start === l.end) { continue; }
    if (l.s) {
      l.reason = classifyLine(l);
      if (!l.reason && options.repeatedLines && l.words <= MAX_REPEATED_WORDS && !/[.!?]["”’]?$/.test(l.s) &&
        options.repeatedLines.has(normalizeLine(l.s))) {
        l.reason = 'repeated';
      }
    }
    if (l.reason) { continue; }
    const videos = mayHaveVideo ? findVideoPrompts(text, l.start, l.end) : [];
    if (videos.length === 1 && videos[0].start === l.start && l.words <= 30) {
      l.reason = 'video'; // a line that is only the prompt (with a "Watch:" label)
      continue;
    }
    inline.push(...videos);
    const credit = findTailCredit(text, l.start, l.end);
    if (credit && !videos.some((v) => v.end > credit.start)) { inline.push(credit); }
  }
  markChromeBlocks(lines);
  markMasthead(lines);
  markRelatedRun(lines);

  const spans: Boilerplate[] = [];
  for (const l of lines) {
    if (l.reason) { spans.push({ start: l.start, end: l.end, reason: l.reason }); }
  }
  for (const c of inline) { spans.push({ start: c.start, end: c.end, reason: c.reason }); }
  spans.sort((a, b) => a.start - b.start);
  return mergeAdjacent(text, spans);
}

/** Short label-like lines that share a block (no blank line between) with two or more chrome
 *  lines are chrome too: section names in a top bar ("Business") have no shape of their own. */
function markChromeBlocks(lines: LineInfo[]): void {
  let i = 0;
  while (i < lines.length) {
    if (lines[i].start === lines[i].end) { i++; continue; }
    let j = i;
    while (j < lines.length && lines[j].start !== lines[j].end) { j++; }
    const block = lines.slice(i, j);
    const strong = block.filter((l) => l.reason).length;
    const weak = block.filter((l) => !l.reason && l.s && isWeakChrome(l)).length;
    if (strong >= 1 && strong + weak >= 2 && block.every((l) => l.reason || (l.words <= 3 && !/[.!?]["”’]?$/.test(l.s)))) {
      for (const l of block) { l.reason ??= isWeakChrome(l) ? 'widget' : 'navigation'; }
    }
    i = j;
  }
}

/** A site name above the headline ("Evening Post - Port Calder"): the first content line is a
 *  short "A - B" / "A | B" line and the next content line is itself headline-shaped. */
function markMasthead(lines: LineInfo[]): void {
  const content = lines.filter((l) => l.start !== l.end && !l.reason).slice(0, 2);
  if (content.length < 2 || content[0] !== lines.find((l) => l.start !== l.end && !l.reason)) { return; }
  const [first, next] = content;
  if (!first.s || first.words > 6 || !/\S\s[-–—|]\s\S/.test(first.s)) { return; }
  const parts = first.s.split(/\s[-–—|]\s/);
  const titleCase = parts.every((p) => p.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w)));
  if (titleCase && next.s && isHeadlineShaped(next.s, next.words) && next.words > first.words) {
    first.reason = 'navigation';
  }
}

/** "Related headlines": a run of headline-shaped lines (bullets and "-" separators allowed) that
 *  ends the article, possibly followed by footers. Walks backwards from the end. */
function markRelatedRun(lines: LineInfo[]): void {
  const run: LineInfo[] = [];
  let headlines = 0;
  let rows = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.start === l.end) { continue; }
    if (l.reason && l.reason !== 'other') {
      if (run.length === 0) { continue; } // footers below the list
      break;
    }
    if (!l.s) { break; }
    if (isSeparatorLine(l.s)) { run.push(l); continue; }
    const bare = l.s.replace(/^[-–—*•·]\s+/, '');
    if (!isHeadlineShaped(bare, l.words - (bare === l.s ? 0 : 1))) { break; }
    run.push(l);
    headlines++;
    if (isTableRow(bare)) { rows++; }
  }
  // A run of short lines most of which carry figures is a results table, standings or a list of
  // prices ("Lazio 2 Roma 1", "Puchon 3 1 0 6 1 10", "1. Ian Woosnam 510,258"): content, not
  // links to other stories, which are sentence-shaped and only now and then hold a number.
  if (headlines >= MIN_RELATED_RUN && rows * 2 < headlines) {
    for (const l of run) { l.reason = 'related'; }
  }
}

/** A line of a table: a figure standing as a word of its own ("2", "3:35.087", "9,402", "(41st)",
 *  ".596", "6-1"), or a name with its country in brackets, beside at least one other word. A headline's number is usually a count inside the
 *  sentence ("14 killed", "nearly 100 thefts"): the run test above asks for most lines. */
function isTableRow(s: string): boolean {
  if (!/\s/.test(s)) { return false; }
  return /(?:^|[\s(])[.$]?\d[\d.,:/-]*(?:st|nd|rd|th)?\)?(?=\s|$|[,)])/u.test(s)
    // A competitor with a country or team in brackets: "Olivier Panis (France) Ligier".
    || /\p{Lu}\p{Ll}+ \((?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*)?\)/u.test(s);
}

/** Joins spans of the same reason separated only by whitespace, so a list reads as one span. */
function mergeAdjacent(text: string, spans: Boilerplate[]): Boilerplate[] {
  const out: Boilerplate[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) {
      prev.end = Math.max(prev.end, s.end); // defensive: never emit overlaps
      continue;
    }
    if (prev && prev.reason === s.reason && text.slice(prev.end, s.start).trim() === '') {
      prev.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

/** The first line with content outside boilerplate, trimmed and cut at any chrome inside it. */
export function findTitle(text: string, boilerplate: readonly Span[], lines: readonly Line[] = splitLines(text)): Span | null {
  let b = 0;
  for (const l of lines) {
    if (l.start === l.end) { continue; }
    while (b < boilerplate.length && boilerplate[b].end <= l.start) { b++; }
    let start = l.start;
    let end = l.end;
    let k = b;
    while (k < boilerplate.length && boilerplate[k].start < end) {
      const bp = boilerplate[k];
      if (bp.start <= start) { start = Math.max(start, bp.end); } else { end = bp.start; break; }
      k++;
    }
    while (start < end && /\s/.test(text[start])) { start++; }
    while (end > start && /\s/.test(text[end - 1])) { end--; }
    if (end > start) { return { start, end }; }
  }
  return null;
}
