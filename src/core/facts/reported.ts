// The date an article was filed, when its own header says: a short line near the top that is a date
// ("Tuesday, 13/10/2026", "Published 14 March 2026", "0930 GMT, 12 March 2011") or a dateline
// ("MARLOW, March 15 (Wire) -"). Body sentences are not read: their dates are events, not filing dates.
import { MONTH_NAMES } from '../extract/figures/dates';

const HEAD_CHARS = 900;
const MAX_LINE = 90;
const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));
const MONTH = `(${MONTH_NAMES.join('|')}|${MONTHS.join('|')})\\.?`;
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'i');
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const HEADER_WORDS = /^\s*(?:published|updated|posted|last updated|first published|filed|date)\b/i;
const DATELINE = new RegExp(`^[A-Z][A-Z .'-]{2,40},\\s+${MONTH}\\s+(\\d{1,2})`, 'i');

function monthIndex(name: string): number {
  const k = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.toLowerCase() === k) + 1;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) { return null; }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dateIn(s: string): string | null {
  let m = DMY.exec(s);
  if (m) { return iso(Number(m[3]), monthIndex(m[2]), Number(m[1])); }
  if ((m = MDY.exec(s))) { return iso(Number(m[3]), monthIndex(m[1]), Number(m[2])); }
  if ((m = NUMERIC.exec(s))) { return m[4] ? iso(Number(m[4]), Number(m[5]), Number(m[6])) : iso(Number(m[3]), Number(m[2]), Number(m[1])); }
  return null;
}

/** ISO date (YYYY-MM-DD), or "--MM-DD" for a dateline without a year, or null. */
export function reportedDate(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  for (const raw of head.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line || line.length > MAX_LINE) { continue; }
    // A header line is split by separators ("The Ledger · Sunday 15 March 2026 · Print edition");
    // one of its segments must be the date itself, or the line must say "Published"/"Updated".
    const header = HEADER_WORDS.test(line) || /\b(?:published|updated|posted|filed)\b/i.test(line);
    for (const segment of line.split(/\s[|·•—–]\s|\s[|·•]|[|·•]\s/)) {
      const found = dateIn(segment);
      if (!found) { continue; }
      const rest = segment.replace(DMY, '').replace(MDY, '').replace(NUMERIC, '')
        .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|gmt|utc|bst|est|edt|cet|am|pm|published|updated|posted|on|at|last|first|filed|date)\b|[\d:]{3,5}(?=\s|,|$)|[,|·•—–:-]/gi, '').trim();
      if (header || rest.split(/\s+/).filter(Boolean).length <= 2) { return found; }
    }
    const d = DATELINE.exec(line);
    if (d) { return `--${String(monthIndex(d[1])).padStart(2, '0')}-${String(Number(d[2])).padStart(2, '0')}`; }
  }
  return null;
}

/** Two reporting dates known to differ ("--03-15" compares by month and day only). */
export function differentDays(a: string | null, b: string | null): boolean {
  if (!a || !b) { return false; }
  if (a.startsWith('--') || b.startsWith('--')) { return a.slice(-5) !== b.slice(-5); }
  return a !== b;
}

const ORDINAL_DAYS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUMBER_DAYS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const RELATIVE_DAY = /\b(?:for|on|into|in) (?:a|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:straight |consecutive )?day\b|\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days (?:after|since)\b/i;
/** Weeks or months after, where they open a sentence and so frame the report ("One week after the plane went
 *  missing, ..."); inside a sentence they most often date another event ("disclosed a week after the
 *  disappearance", "comes a day after Japan said"). */
const RELATIVE_WEEKS = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:almost|nearly|about|more than|just over|some)\s+)?(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (week|month)s? (?:after|since)\b/i;
const UNIT_DAYS: Record<string, number> = { week: 7, month: 30 };

/** Which day of a developing story the article reports from, when its text says ("struggled for a third
 *  day", "two days after the quake" -> 3, a sentence opening "One week after the plane went missing" -> 8,
 *  "A month after" -> 31): a later day explains a higher running count. */
export function relativeDay(text: string): number | null {
  const head = text.slice(0, 4000);
  const m = RELATIVE_DAY.exec(head);
  if (m) {
    if (m[1]) { return ORDINAL_DAYS[m[1].toLowerCase()]; }
    const n = NUMBER_DAYS[m[2].toLowerCase()] ?? Number(m[2]);
    return Number.isFinite(n) && n > 0 && n < 60 ? n + 1 : null;
  }
  const w = RELATIVE_WEEKS.exec(head);
  if (!w) { return null; }
  const n = NUMBER_DAYS[w[1].toLowerCase()] ?? Number(w[1]);
  const days = n * UNIT_DAYS[w[2].toLowerCase()];
  return Number.isFinite(days) && n > 0 && days < 400 ? days + 1 : null;
}
