// Per-line signals of page chrome. Each test looks at the shape of a line (length, separators,
// letters vs digits, a leading label) rather than at strings from particular sites; the few
// words used (copyright, hotline, share, photo...) are the generic vocabulary of page widgets.
import type { BoilerplateReason } from '../model';

/** Lines longer than this are article paragraphs, never whole-line chrome. */
export const MAX_CHROME_LINE = 200;

const NAV_SEPARATORS = /\s[|•·»›]\s/g;
const SHARE = /^share\b|\bshare (?:this|on|via)\b|^shares?\s*:/i;
const PHONE_LABEL = /^(?:hotline|phone|tel|telephone|call us|fax|whatsapp)\b/i;
const PHONE_NUMBER = /\+?\d[\d .()-]{6,}\d/;
const TEMPERATURE = /\d\s*°\s*[CF]\b/;
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b/i;
const COMMENTS = /\bcomments?\b\s*\(\d+\)|^(?:your|leave a|add a|write a|post a) (?:comment|reply)/i;
const CREDIT_LINE = /^(?:photo|credit|image|picture|illustration|graphic)s?(?: credit)?\s*:/i;
// Case-sensitive on purpose: "By Marta Quill" is a byline, "by a satellite" is a sentence fragment.
const BYLINE = /^(?:By|BY|Edited by|Written by|Reporting by|Reported by|Additional reporting by)\s*:?\s+\p{Lu}/u;
const LABEL_ONLY = /^[\p{L}\p{M}' ]{1,24}:$/u;
const IDENTIFIER = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
const NO_LETTERS = /^[^\p{L}]+$/u;
const SEPARATOR = /^[-–—_*•·=~]+$/;
const DATE_PART = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const DATE_NOISE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|updated|published|posted|last|modified|on|at|am|pm|gmt|utc|ict|est|edt|cet|cest|bst|pst|pdt)\b/gi;

export interface LineFacts {
  /** Trimmed line. */
  s: string;
  words: number;
}

/** Shapes that are chrome only beside other chrome (a lone "Pros:" or "inline" is content). */
export function isWeakChrome({ s, words }: LineFacts): boolean {
  return (LABEL_ONLY.test(s) && words <= 3) || /^[a-z]+$/.test(s);
}

/** The reason a whole line is chrome, or null. `s` is trimmed and at most MAX_CHROME_LINE long. */
export function classifyLine({ s, words }: LineFacts): BoilerplateReason | null {
  if (COPYRIGHT.test(s) && words <= 20) { return 'footer'; }
  if (COMMENTS.test(s) && words <= 8) { return 'footer'; }
  // Placeholder text of an input box: a few words trailing off ("Your comment...").
  if (words <= 4 && /(?:\.\.\.|…)$/.test(s) && !/[.!?]["”’]?\s/.test(s)) { return 'footer'; }
  if (CREDIT_LINE.test(s) && words <= 10) { return 'credit'; }
  if (BYLINE.test(s) && words <= 10 && !/[.!?]$/.test(s)) { return 'credit'; }
  if (SHARE.test(s) && words <= 10) { return 'widget'; }
  if (PHONE_LABEL.test(s) && PHONE_NUMBER.test(s) && words <= 8) { return 'widget'; }
  if (TEMPERATURE.test(s) && words <= 12 && !/[.!?]$/.test(s)) { return 'widget'; }
  if (isDateLine(s, words)) { return 'dateline'; }
  if (navigationParts(s) >= 3) { return 'navigation'; }
  if (URL.test(s)) { return 'other'; }
  if (IDENTIFIER.test(s) && /[a-z]/.test(s) && /[-_.\d]/.test(s)) {
    // URL slugs ("...-to-comprehensive-strategic-partnership-postid438013.bbg") vs widget ids ("icon-zalo").
    return (s.match(/-/g)?.length ?? 0) >= 4 || /\.[a-z]{2,5}$/.test(s) ? 'other' : 'widget';
  }
  if (NO_LETTERS.test(s) && !SEPARATOR.test(s) && words >= 2) { return 'widget'; }
  return null;
}

export function isSeparatorLine(s: string): boolean {
  return SEPARATOR.test(s);
}

/** Parts of a menu line ("Home | News | Sport"); 0 when the line is not shaped like one. */
function navigationParts(s: string): number {
  const seps = s.match(NAV_SEPARATORS)?.length ?? 0;
  if (seps < 2) { return 0; }
  const parts = s.split(NAV_SEPARATORS);
  return parts.every((p) => p.trim().split(/\s+/).length <= 4) ? parts.length : 0;
}

/** A line that is nothing but a date/time with an optional label ("Updated: 10:41, 27/01/2026"). */
function isDateLine(s: string, words: number): boolean {
  if (words > 10 || !DATE_PART.test(s)) { return false; }
  const rest = s.replace(DATE_NOISE, '').replace(/[^\p{L}]+/gu, '');
  return rest.length <= 1;
}

/** A short line shaped like a headline: starts with a capital, digit or quote, no final full stop. */
export function isHeadlineShaped(s: string, words: number): boolean {
  if (words < 2 || words > 18 || s.length > 140) { return false; }
  if (/\t| {3}/.test(s)) { return false; } // tabular rows (spec sheets, league tables) are content
  if (/[.;,:]$/.test(s)) { return false; }
  return /^['"‘“]?[\p{Lu}\d]/u.test(s);
}

/** Sentence-level chrome inside a long line: video prompts, trailing credits and bylines. */
export interface InlineChrome {
  start: number;
  end: number;
  reason: BoilerplateReason;
}

const VIDEO = /\b(?:enable|turn on|activate)\s+JavaScript\b|\bHTML5 video\b|\bbrowser (?:does not|doesn't) support\b/gi;
const TAIL_CREDIT = /(?:^|[.!?]["”’)]?\s+)((?:(?:photo|image|picture)\s*)?(?:credit|photo|image|picture)s?\s*:\s*[^.!?:\n]{2,60}|(?:edited|written|reported|compiled) by\s*:?\s*[^.!?:\n]{2,60})$/i;

/** True when the text may hold a video prompt: one scan of the whole text spares a per-line search
 *  in the many documents that have none (any match inside a line is also a match in the text). */
export function mayHaveVideoPrompt(text: string): boolean {
  return ANY_VIDEO.test(text);
}
/** A necessary part of every VIDEO match, spelled with ASCII classes: /i makes V8 scan ~4x slower. */
const ANY_VIDEO = /[Jj][Aa][Vv][Aa][Ss][Cc][Rr][Ii][Pp][Tt]|[Hh][Tt][Mm][Ll]5 [Vv]|[Bb][Rr][Oo][Ww][Ss][Ee][Rr] [Dd][Oo]/;

/** Video prompts anywhere in text[from, to), each reported as its sentence. */
export function findVideoPrompts(text: string, from: number, to: number): InlineChrome[] {
  const out: InlineChrome[] = [];
  const line = text.slice(from, to);
  VIDEO.lastIndex = 0;
  for (let m = VIDEO.exec(line); m; m = VIDEO.exec(line)) {
    const at = m.index;
    if (out.length && from + at < out[out.length - 1].end) { continue; }
    const start = sentenceStartBefore(line, at);
    // The prompt often runs straight into the next sentence without a full stop ("...HTML5 video The ...").
    const tail = line.slice(at, at + 200);
    const h5 = /HTML5 video/i.exec(tail);
    let end: number;
    if (h5) {
      end = at + h5.index + h5[0].length;
      if (line[end] === '.') { end++; }
    } else {
      const stop = /[.!?]/.exec(line.slice(at + m[0].length));
      end = stop ? at + m[0].length + stop.index + 1 : line.length;
    }
    out.push({ start: from + start, end: from + end, reason: 'video' });
    VIDEO.lastIndex = Math.max(VIDEO.lastIndex, end);
  }
  return out;
}

/** A credit or byline ending a long line ("... in Hanoi. Credit: Belga / AFP"). */
export function findTailCredit(text: string, from: number, to: number): InlineChrome | null {
  const line = text.slice(Math.max(from, to - 120), to);
  const m = TAIL_CREDIT.exec(line);
  if (!m) { return null; }
  const end = to;
  const start = end - m[1].length;
  return start >= from ? { start, end, reason: 'credit' } : null;
}

function sentenceStartBefore(line: string, at: number): number {
  const floor = Math.max(0, at - 300);
  for (let i = at - 1; i >= floor; i--) {
    const c = line[i];
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < at && /["”’)]/.test(line[j])) { j++; }
      if (j < at && /\s/.test(line[j])) {
        while (j < at && /\s/.test(line[j])) { j++; }
        return j;
      }
    }
  }
  return floor === 0 ? skipSpaces(line, 0) : at;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i])) { i++; }
  return i;
}
