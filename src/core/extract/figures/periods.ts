// The window a figure covers ("first 11 months of 2025", "between 2019 and 2024", "since 2022",
// "over the past five years", "year-on-year"), found once per document and attached to the
// money, percent, count and quantity figures of the same clause. The claims engineer compares
// figures only when their windows agree, so an explicit window beats a vague one.
import type { Figure, Period } from '../../model';
import type { DocContext } from '../../text/context';
import { SMALL_NUMBERS, TENS } from './numbers';

const NUM = `(?:\\d{1,3}|${[...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS)].join('|')})`;
const YEAR = '(1\\d{3}|20\\d{2}|2100)';
const SP = '[ \\u00a0]+';

// One scan; alternatives are listed by priority so that at one position the most explicit wins.
const PERIOD_RE = new RegExp(
  [
    // 1: window inside a year: "first 11 months of 2025", "first half of 2025"
    `(?<win>(?<winEdge>first|last|final|past)${SP}(?:(?<winN>${NUM})${SP}(?<winU>months|quarters|weeks|days)|(?<winH>half|quarter))${SP}of${SP}(?:the${SP}year${SP})?${YEAR})`,
    // 2: "between 2019 and 2024", "from 2019 to 2024", "2019-2024"
    `(?<btw>(?:between${SP}${YEAR}${SP}and|from${SP}${YEAR}${SP}(?:to|until|through|till))${SP}${YEAR})`,
    `(?<rng>${YEAR}[-–]${YEAR})`,
    // 3: "since 2022", "since the agreement was signed in 2019" (same clause: no comma)
    `(?<since>since${SP}(?:[^\\s.,;:!?()]+${SP}){0,10}?(?:in${SP})?${YEAR})(?![\\d])`,
    // 4: "in 2025" (binds only to an adjacent figure)
    `(?<inyr>(?:in|during|for)${SP}(?:fiscal${SP})?${YEAR})(?![\\d])`,
    // 5: relative windows
    `(?<past>(?:(?:over|in|during|for|within)${SP})?the${SP}(?:past|last|previous|next|coming)${SP}(?:(?<pastN>${NUM})${SP})?(?:years|months|weeks|days|decades|year|month|week|decade))`,
    `(?<after>in${SP}the${SP}(?:(?:first|second|${NUM})${SP})?(?:weeks?|months?|days?|hours?|years?)${SP}(?:after|since|following)${SP}(?:the${SP})?[\\p{L}][\\p{L}-]*)`,
    `(?<rel>(?:so${SP}far${SP}|since${SP})?(?:last|this|next|previous)${SP}(?:year|month|week|quarter))`,
    // 6: comparison bases
    `(?<yoy>year[-${'\\u00a0'} ]on[-${'\\u00a0'} ]year|(?:from|than|compared${SP}(?:with|to))${SP}a${SP}year${SP}(?:earlier|before|ago)|a${SP}year${SP}(?:earlier|before)|month[- ]on[- ]month)`,
  ].map((a) => `\\b${a}\\b`).join('|'),
  'giu',
);

/** PERIOD_RE tried at one position only. */
const PERIOD_AT = new RegExp(PERIOD_RE.source, 'iuy');
/** Where a PERIOD_RE match can start: every alternative opens with one of these words followed by a
 *  space, a no-break space or a hyphen, or with a year and a dash. Much cheaper per character than
 *  PERIOD_RE itself (~90 ns a character), so PERIOD_RE is tried only where this matches; same flags,
 *  so case folding and \b agree. */
const PERIOD_START = /\b(?:first|last|final|past|between|from|since|in|during|for|over|within|the|so|this|next|previous|year|month|than|compared|a)[ \u00a0-]|\b(?:1\d{3}|20\d{2}|2100)[-–]/giu;

/** PERIOD_RE's next match at or after `from` (what a global PERIOD_RE.exec from lastIndex `from` returns). */
function nextPeriod(text: string, from: number): RegExpExecArray | null {
  PERIOD_START.lastIndex = from;
  for (let c = PERIOD_START.exec(text); c; c = PERIOD_START.exec(text)) {
    PERIOD_AT.lastIndex = c.index;
    const m = PERIOD_AT.exec(text);
    if (m) { return m; }
    // candidates start at a word boundary before an ASCII letter or digit: index + 1 is never inside a surrogate pair
    PERIOD_START.lastIndex = c.index + 1;
  }
  return null;
}

interface FoundPeriod {
  start: number;
  end: number;
  /** Lower is more explicit. */
  prio: number;
  adjacentOnly: boolean;
  period: Period;
}

export function findPeriods(text: string): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (let m = nextPeriod(text, 0); m; m = nextPeriod(text, m.index + m[0].length)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const t = m[0];
    // Years are the capture groups named by position: collect the plain 4-digit groups.
    const years = m.slice(1).filter((x, i) => x !== undefined && /^\d{4}$/.test(x) && i >= 0) as string[];
    if (g.win) {
      const n = g.winN ? numberWord(g.winN) : g.winH?.toLowerCase() === 'half' ? 6 : 3;
      const u = g.winU?.toLowerCase();
      const months = g.winH ? n : u === 'months' ? n : u === 'quarters' ? n * 3 : undefined;
      const p: Period = { text: t, year: +years[years.length - 1] };
      if (months !== undefined) { p.months = months; }
      out.push({ start, end, prio: 0, adjacentOnly: false, period: p });
    } else if (g.btw || g.rng) {
      const [from, to] = years.slice(-2);
      if (+to >= +from) { out.push({ start, end, prio: 0, adjacentOnly: false, period: { text: t, from, to } }); }
    } else if (g.since) {
      out.push({ start, end, prio: 1, adjacentOnly: false, period: { text: t, from: years[years.length - 1] } });
    } else if (g.inyr) {
      const y = +years[years.length - 1];
      out.push({ start, end, prio: 1, adjacentOnly: true, period: { text: t, year: y, from: String(y), to: String(y) } });
    } else if (g.past || g.after || g.rel) {
      out.push({ start, end, prio: 2, adjacentOnly: false, period: { text: t } });
    } else if (g.yoy) {
      out.push({ start, end, prio: 3, adjacentOnly: false, period: { text: t } });
    }
  }
  return out;
}

const PERIOD_KINDS = new Set(['money', 'percent', 'count', 'quantity']);
const CLAUSE_BREAK = /;|\b(?:despite|whereas|although|though|but|while|however)\b/gi;
/** Between a figure and its "in 2025": nothing, or one "in/of <word>" ("$5bn in exports in 2024"). */
const ADJACENT_GAP = /^[ \u00a0]*(?:(?:in|of|for)[ \u00a0]+[\p{L}]+[ \u00a0]+)?$/u;

/** Attach the best period of the figure's clause to each money/percent/count/quantity figure.
 *  Periods are searched only in clauses that hold such a figure: scanning the whole text with
 *  the period pattern cost more than all the rest of figure extraction together. */
export function assignPeriods(ctx: DocContext, figures: Figure[]): void {
  const text = ctx.text;
  let clause: [number, number] = [-1, -1];
  let periods: FoundPeriod[] = [];
  for (const f of figures) {
    if (!PERIOD_KINDS.has(f.kind)) { continue; }
    if (f.start < clause[0] || f.start >= clause[1]) {
      clause = clauseOf(ctx, f.start);
      periods = findPeriods(text.slice(clause[0], clause[1]));
      for (const p of periods) { p.start += clause[0]; p.end += clause[0]; }
    }
    const [cs] = clause;
    let best: FoundPeriod | null = null;
    let bestDist = Infinity;
    for (const p of periods) {
      if (p.start < f.end && f.start < p.end) { continue; }
      if (p.adjacentOnly && !adjacent(text, f, p, cs)) { continue; }
      const dist = p.start >= f.end ? p.start - f.end : f.start - p.end;
      if (!best || p.prio < best.prio || (p.prio === best.prio && dist < bestDist)) { best = p; bestDist = dist; }
    }
    if (best) { f.period = { ...best.period }; }
  }
}

/** "grew 8% in 2025" and "In 2024, exports reached $5 billion" bind; "signed in 2019, leading to 40%" does not. */
function adjacent(text: string, f: Figure, p: FoundPeriod, clauseStart: number): boolean {
  if (p.start >= f.end) { return ADJACENT_GAP.test(text.slice(f.end, p.start)); }
  return p.start === clauseStart && /^,/.test(text.slice(p.end, p.end + 1));
}

function clauseOf(ctx: DocContext, offset: number): [number, number] {
  const text = ctx.text;
  const si = ctx.sentenceAt(offset);
  let s: number; let e: number;
  if (si >= 0) {
    s = ctx.sentences[si].start; e = ctx.sentences[si].end;
  } else {
    s = text.lastIndexOf('\n', offset) + 1;
    const nl = text.indexOf('\n', offset);
    e = nl < 0 ? text.length : nl;
  }
  // Sentences are short; a bounded slice keeps this linear in practice.
  if (e - s > 2000) { s = Math.max(s, offset - 1000); e = Math.min(e, offset + 1000); }
  const slice = text.slice(s, e);
  let cs = s; let ce = e;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    const at = s + m.index;
    if (at <= offset) { cs = at; } else { ce = at; break; }
  }
  return [cs, ce];
}

function numberWord(s: string): number {
  const w = s.toLowerCase();
  return /^\d+$/.test(w) ? +w : SMALL_NUMBERS[w] ?? TENS[w] ?? NaN;
}
