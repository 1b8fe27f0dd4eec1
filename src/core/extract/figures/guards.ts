// Things that look like numbers but are not figures: phone numbers, times of day, version
// strings, IDs glued to letters, names with numbers ("Directive 24", "Flight 370", "Euro 2016"),
// scores, copyright years. Each check looks at a bounded window so a scan stays linear.
import { tallyAfter } from './bare';
import { MONTH_NAMES, WEEKDAY_NAMES } from './dates';
import { STOP_WORDS } from './numbers';

const RUN = /[\p{L}\p{N}_]+(?:[.\-/:,][\p{L}\p{N}_]+)*/uy;
const PHONE_RUN = /\+?[\d \u00a0.\-()/]{0,30}\d/y;
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;
const LETTER = /\p{L}/u;

/** End of the word/number run starting at pos ("postid438013.bbg", "v1.2.3", "MH370"). */
export function runEnd(text: string, pos: number): number {
  RUN.lastIndex = pos;
  return RUN.exec(text) ? RUN.lastIndex : pos + 1;
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** End of a phone number starting at pos, or -1. Recognised by a leading "+", a label
 *  ("Hotline:", "Tel"), or dotted/dashed digit groups (889.859.666, 555-0199). */
const PHONE_LABEL = /(?:hotline|tel|telephone|phone|fax|call|mobile|whatsapp|hot line)\.?:?[ \u00a0]*\(?$/i;
const PHONE_SHAPE = /\d{2,4}[.-]\d{3,4}(?:[.-]\d{3,4})?(?![\d.-]*\d)/y;
const PHONE_SHAPE_LONG = /\d{2,4}[.-]\d{3,4}[.-]\d{3,4}/y;
export function phoneEnd(text: string, pos: number): number {
  const prev = text[pos - 1];
  const labelled = prev === '+' || PHONE_LABEL.test(text.slice(Math.max(0, pos - 14), pos));
  if (!labelled) {
    PHONE_SHAPE_LONG.lastIndex = pos;
    if (PHONE_SHAPE_LONG.exec(text)) { return PHONE_SHAPE_LONG.lastIndex; }
    PHONE_SHAPE.lastIndex = pos;
    const m = PHONE_SHAPE.exec(text);
    // 3-4 digits dash 4 digits (555-0199); a lone "2019-2024" is a year range, not a phone.
    if (m && /^\d{3}-\d{4}$/.test(m[0]) && !/^(1\d|20)\d\d-/.test(m[0])) { return PHONE_SHAPE.lastIndex; }
    return -1;
  }
  PHONE_RUN.lastIndex = pos;
  return PHONE_RUN.exec(text) ? PHONE_RUN.lastIndex : pos + 1;
}

const TIME = /\d{1,2}(?::\d{2}(?::\d{2})?(?:[ \u00a0]?[ap]\.?m\.?)?|[ \u00a0]?[ap]\.m\.|[ \u00a0]?[ap]m(?![\p{L}]))/iuy;
/** End of a time of day ("10:41", "3pm", "10 a.m.") starting at pos, or -1. */
export function timeEnd(text: string, pos: number): number {
  TIME.lastIndex = pos;
  return TIME.exec(text) ? TIME.lastIndex : -1;
}

/** A time of day with its meridiem ("9:20 p.m.", "9.20pm", "4 a.m.", "12:21am") or on the 24-hour clock
 *  ("21:40", "00:41"); seconds make it a race time or a timestamp, left to timeEnd. */
const CLOCK = /(\d{1,2})(?:([:.])(\d{2}))?(?:[ \u00a0]?([ap])(?:\.m\.|m(?![\p{L}\p{N}])))?(?![:.]?\d)/iuy;
/** Words before a 24-hour time that make it one ("at 21:40", "from 00:41", "shortly after 14:00"). */
const CLOCK_BEFORE = /(?:^|[^\p{L}])(?:at|from|until|till|to|by|before|after|since|around|about|approximately|circa|between|and)[ \u00a0]$/iu;
/** ... or after it ("21:40 local time", "14:00 GMT", "08:10 hrs"). */
const CLOCK_AFTER = /^[ \u00a0]?(?:local time|local|gmt|utc|bst|cet|cest|edt|est|et|pt|pdt|pst|hrs|hours|h)\b/iu;

/** Four digits of a 24-hour time with the zone or "local time" after it, as agencies write it ("at 1446 local
 *  time (0546 GMT)"). */
const MILITARY_CLOCK = /([01]\d|2[0-3])([0-5]\d)(?=[ \u00a0]?(?:local time|gmt|utc)\b)/iuy;

const YEAR_BEFORE = /\b(?:in|since|by|until|of|from)[ \u00a0]$/i;

/** A time of day at pos: its end and minutes after midnight, or null. */
export function clockAt(text: string, pos: number): { end: number; minutes: number } | null {
  MILITARY_CLOCK.lastIndex = pos;
  const mil = (pos === 0 || !/[\p{L}\p{N}.,]/u.test(text[pos - 1])) ? MILITARY_CLOCK.exec(text) : null;
  // (a year after "in", "since", "by" is no time: "in 1946 GMT was ...")
  if (mil && /^(?:19|20)/.test(mil[0]) && YEAR_BEFORE.test(text.slice(Math.max(0, pos - 8), pos))) { return null; }
  if (mil) { return { end: MILITARY_CLOCK.lastIndex, minutes: Number(mil[1]) * 60 + Number(mil[2]) }; }
  CLOCK.lastIndex = pos;
  const m = CLOCK.exec(text);
  if (!m) { return null; }
  const [, hh, sep, mm, ap] = m;
  let h = Number(hh);
  const min = mm ? Number(mm) : 0;
  if (min >= 60) { return null; }
  if (ap) {
    // ("9.20pm": a dot separates hours from minutes only before the meridiem)
    if (h < 1 || h > 12) { return null; }
    if (ap.toLowerCase() === 'p' && h !== 12) { h += 12; }
    if (ap.toLowerCase() === 'a' && h === 12) { h = 0; }
  } else {
    // a 24-hour time needs its colon, two-digit minutes and a word that says it is a time
    if (sep !== ':' || h > 23) { return null; }
    if (!CLOCK_BEFORE.test(text.slice(Math.max(0, pos - 24), pos)) && !CLOCK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) { return null; }
  }
  return { end: CLOCK.lastIndex, minutes: h * 60 + min };
}

const VERSION = /\d+(?:\.\d+){2,}/y;
export function versionEnd(text: string, pos: number): number {
  VERSION.lastIndex = pos;
  return VERSION.exec(text) ? runEnd(text, pos) : -1;
}

const COPYRIGHT = /(?:©|\(c\)|copyright)[ \u00a0]*$/i;
export function afterCopyright(text: string, pos: number): boolean {
  return COPYRIGHT.test(text.slice(Math.max(0, pos - 12), pos));
}

/** Capitalized words that may stand before a number without making it part of a name. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...STOP_WORDS, ...MONTH_NAMES, ...WEEKDAY_NAMES, 'some', 'nearly', 'almost', 'around', 'roughly', 'approximately',
  'about', 'over', 'under', 'more', 'fewer', 'less', 'another', 'only', 'exactly', 'precisely', 'top', 'just',
  'circa', 'since', 'until', 'within', 'nearly', 'estimated', 'than', 'least', 'most', 'at', 'total', 'killed',
  'fy', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'us', 'usd', 'eur', 'gbp', 'rs', 'rm', 'rp', 'jan', 'feb',
]);
const PREV_WORD = /([\p{L}][\p{L}\p{M}'’.]*)[ \u00a0]$/u;
const NEXT_WORD = /[ \u00a0]*([\p{L}]+)/uy;

/** "Directive 24", "Flight 370", "Boeing 777", "iOS 17": a number right after a capitalized
 *  word that is not a function word names a thing. ALL-CAPS headlines ("LEAVES 14 DEAD") are spared,
 *  and so are tallies: before a tally noun the capitalized word is a holder ("Labour 40 seats", "the
 *  Greens 12 seats"), unless the number is a 4-digit year-like one ("Euro 2016 points"). */
export function isNameNumber(text: string, start: number, end: number): boolean {
  const m = PREV_WORD.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) { return false; }
  const w = m[1];
  if (w === w.toLowerCase()) { return false; }
  if (NOT_NAMES.has(w.toLowerCase().replace(/\.$/, ''))) { return false; }
  if (end - start !== 4 && tallyAfter(text, end)) { return false; }
  if (w === w.toUpperCase() && w.length > 1) {
    NEXT_WORD.lastIndex = end;
    const n = NEXT_WORD.exec(text);
    if (n && n[1] === n[1].toUpperCase()) { return false; }
  }
  return true;
}

const YEAR_PREPS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'during', 'before', 'after', 'circa', 'c.', 'fiscal', 'early', 'late',
  'mid', 'mid-', 'pre-', 'post-', 'year', 'vs', 'vs.', 'versus', 'spring', 'summer', 'autumn', 'winter', 'fall',
]);
const PREV_TOKEN = /([\p{L}.]+-?)[ \u00a0]*$/u;
/** A preposition or season word right before a 4-digit number makes it a year ("in 2019", "since 2022", "mid-2020"). */
export function hasYearContext(text: string, start: number): boolean {
  const m = PREV_TOKEN.exec(text.slice(Math.max(0, start - 12), start));
  return !!m && YEAR_PREPS.has(m[1].toLowerCase());
}

/** "21 °C / 19 - 21 °C": the shape of a weather widget, never a figure of the story. */
export function isWeatherWidget(text: string, start: number, end: number): boolean {
  return /^[ \u00a0]*\/[ \u00a0]*-?\d/.test(text.slice(end, end + 8)) ||
    /(?:°[CF]?|\d)[ \u00a0]*[/\-–][ \u00a0]*$/.test(text.slice(Math.max(0, start - 8), start));
}
