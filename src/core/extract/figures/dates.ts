// Calendar dates: "January 29, 2026", "29 January 2026", "Thursday, January 29, 2026",
// "27/01/2026", "2026-01-27", "January 26" and "December last year". Hand-written rather than
// chrono-node: chrono reads "For 35 years" as a date in 2061 and ignores bare years
// (shared/research/libraries.md), and we need spans that stop exactly at the date.

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);
export const WEEKDAY_NAMES: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

// Month names are matched capitalized or upper-case only: "may", "march" in lower case are words.
const MONTH_ALT = MONTH_NAMES.slice().sort((a, b) => b.length - a.length).map(casings).join('|');
const WEEKDAY_ALT = WEEKDAY_NAMES.slice().sort((a, b) => b.length - a.length).map(casings).join('|');
const ORD = '(?:st|nd|rd|th)?';

/** Month D[, YYYY] | Month YYYY */
const MONTH_FIRST = new RegExp(`(${MONTH_ALT})\\.?[ \\u00a0]+(?:(\\d{1,2})${ORD}(?![\\d:])(?:,?[ \\u00a0]+(\\d{4})(?!\\d))?|(\\d{4})(?!\\d))`, 'uy');
/** D[th] [of] Month[,] [YYYY]; a dot belongs to the date only after an abbreviation ("3 Oct.", not "20 July."). */
const DAY_FIRST = new RegExp(`(\\d{1,2})${ORD}[ \\u00a0]+(?:of[ \\u00a0]+)?(${MONTH_ALT})(?:(?<=(?:^|[^\\p{L}])\\p{L}{3,4})\\.)?(?![\\p{L}])(?:,?[ \\u00a0]+(\\d{4})(?!\\d))?`, 'uy');
/** D/M/YYYY, YYYY-MM-DD, D.M.YYYY */
const NUMERIC = /(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.]\d)|(\d{4})-(\d{2})-(\d{2})(?![\d-])/y;
const WEEKDAY_PREFIX = new RegExp(`(?:${WEEKDAY_ALT})\\.?,?[ \\u00a0]+`, 'uy');
/** "December last year" */
const LAST_YEAR = /[ \u00a0]+(last|this|next) year\b/y;

export interface DateMatch {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
  /** For "Month last year": years relative to the document's reference date. */
  relativeYear?: number;
}

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

/** A date starting at pos with a month name (pos at the month) or a weekday (pos at the weekday). */
export function dateAtWord(text: string, pos: number): DateMatch | null {
  let p = pos;
  WEEKDAY_PREFIX.lastIndex = pos;
  const wd = WEEKDAY_PREFIX.exec(text);
  if (wd) { p = pos + wd[0].length; }
  const d = monthFirstAt(text, p) ?? (wd ? dateAtDigit(text, p) : null);
  if (!d) { return null; }
  return { ...d, start: pos };
}

function monthFirstAt(text: string, pos: number): DateMatch | null {
  MONTH_FIRST.lastIndex = pos;
  const m = MONTH_FIRST.exec(text);
  if (!m) { return null; }
  const month = MONTHS[m[1].toLowerCase()];
  if (m[4]) { return { start: pos, end: pos + m[0].length, year: +m[4], month, day: null }; }
  const day = +m[2];
  const year = m[3] ? +m[3] : null;
  if (!validDay(year ?? 2000, month, day)) { return null; }
  return { start: pos, end: pos + m[0].length, year, month, day };
}

/** A date starting at a digit: numeric forms or "29 January 2026". */
export function dateAtDigit(text: string, pos: number): DateMatch | null {
  NUMERIC.lastIndex = pos;
  let m = NUMERIC.exec(text);
  if (m) {
    let year: number; let month: number; let day: number;
    if (m[5]) {
      year = +m[5]; month = +m[6]; day = +m[7];
    } else {
      const a = +m[1]; const b = +m[3];
      year = +m[4];
      // Day-first unless impossible: most of the world, and every numeric date in our corpora.
      if (b > 12 && a <= 12) { month = a; day = b; } else { day = a; month = b; }
    }
    if (!validDay(year, month, day) || year < 1000 || year > 2100) { return null; }
    return { start: pos, end: pos + m[0].length, year, month, day };
  }
  DAY_FIRST.lastIndex = pos;
  m = DAY_FIRST.exec(text);
  if (!m) { return null; }
  const day = +m[1];
  const month = MONTHS[m[2].toLowerCase()];
  const year = m[3] ? +m[3] : null;
  if (!validDay(year ?? 2000, month, day)) { return null; }
  return { start: pos, end: pos + m[0].length, year, month, day };
}

/** "December last year": a month name followed by a relative year. */
export function monthRelativeAt(text: string, pos: number, monthWord: string): DateMatch | null {
  LAST_YEAR.lastIndex = pos + monthWord.length;
  const m = LAST_YEAR.exec(text);
  const month = MONTHS[monthWord.toLowerCase()];
  if (!m || !month) { return null; }
  const rel = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
  return { start: pos, end: LAST_YEAR.lastIndex, year: null, month, day: null, relativeYear: rel };
}

export function isoOf(year: number | null, month: number, day: number | null): string {
  const mm = String(month).padStart(2, '0');
  if (day === null) { return year === null ? `--${mm}` : `${year}-${mm}`; }
  const dd = String(day).padStart(2, '0');
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

/** The year of a yearless month/day, chosen as the one closest to the reference date (so a
 *  "December 10" in a January article falls in the previous year). */
export function resolveYear(ref: { year: number; month: number; day: number }, month: number, day: number): number {
  const refT = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best = ref.year;
  let bestD = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = Math.abs(Date.UTC(y, month - 1, day) - refT);
    if (d < bestD) { bestD = d; best = y; }
  }
  return best;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) { return false; }
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function casings(w: string): string {
  const cap = w[0].toUpperCase() + w.slice(1);
  return `${cap}|${w.toUpperCase()}`;
}
