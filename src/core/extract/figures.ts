// Figures: percentages, money, years, dates, counts, ordinals, quantities, durations,
// normalized with their units, qualifiers and periods. One left-to-right scan over the text
// with sticky regexes at candidate positions; every consumed span is skipped, so figures never
// overlap and the cost stays linear (a 1 MB run of digits is one regex step).
import type { Figure, FigureKind } from '../model';
import type { DocContext } from '../text/context';
import { dateAtDigit, dateAtWord, isoOf, MONTH_NAMES, monthRelativeAt, resolveYear, WEEKDAY_NAMES, type DateMatch } from './figures/dates';
import { afterCopyright, clockAt, hasYearContext, isLetter, isNameNumber, isWeatherWidget, isWordChar, phoneEnd, runEnd, timeEnd, versionEnd } from './figures/guards';
import { currencyAfter, linkEquivalents, prefixOf, PREFIX_ALT, readMoney, SYMBOL_CHARS, symbolAt, type Prefix } from './figures/money';
import { NUMBER_WORDS, ORDINAL_WORDS, parseDigitsAt, parseWordsAt, SCALES, type ParsedNumber } from './figures/numbers';
import { casualtyAfter, casualtyBefore, isListItem, isParentheticalItem, type ListAnchor } from './figures/bare';
import { assignPeriods } from './figures/periods';
import { countedAfter, rankedAfter } from './figures/phrases';
import { qualifierBefore } from './figures/qualifiers';
import { ORDINAL_TITLES } from '../lang/en/facts';
import { durationUnitAt, quantityUnitAt } from './figures/units';

/** The end of an amount before "over" ("£3bn ", "40% ", "1.7 billion ", "$250m "): what a span after it covers. */
const AMOUNT_BEFORE = /(?:\d|\d%|\d\s?(?:bn|m|k|billion|million|thousand|trillion|percent|per\s+cent|pc))\s+$/i;

const casings = (w: string): string => `${w}|${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`;
const byLength = (a: string, b: string): number => b.length - a.length;
const WORD_TRIGGERS = [...NUMBER_WORDS, ...Object.keys(ORDINAL_WORDS)].sort(byLength).map(casings).join('|');
const DATE_TRIGGERS = [...MONTH_NAMES, ...WEEKDAY_NAMES].sort(byLength)
  .map((w) => `${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|');
const CANDIDATE = new RegExp(
  `\\d|[${SYMBOL_CHARS}]|\\b(?:(?:${PREFIX_ALT}|[A-Z]{3})(?=[ \\u00a0]?\\d)|(?:${DATE_TRIGGERS})(?![\\p{L}\\p{N}])|(?:${WORD_TRIGGERS})(?![\\p{L}\\p{N}]))`,
  'gu',
);
const PERCENT = /[ \u00a0]?(?:(%)|(?:per[ \u00a0]?cent|percent|pct)(?![\p{L}])|(percentage[ \u00a0]points?)(?![\p{L}]))/iuy;
/** Scale after a number. Spelled-out scales may follow a space; abbreviations only "bn"/"mn" may ("$5 bn"). */
const SCALE = /(?:[ \u00a0](hundred|thousand|million|billion|trillion|crores?|lakhs?|bn|mn|mln|tn)|(hundred|thousand|million|billion|trillion|bn|mn|mln|m|k|b|tn|trn))(?![\p{L}\p{N}])/iuy;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;
const DETERMINER_BEFORE = /(?:(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|my|your|this|that|whose)|\p{L}['’]s)[ \u00a0]+$/iu;
const A_BEFORE = /(?:^|[^\p{L}])(an?)[ \u00a0]+$/iu;
const HYPHEN_WORD = /-([\p{L}]+)/uy;
const MAGNITUDE_AFTER = /[-\u00a0 ]magnitude(?![\p{L}])/iuy;
const MAGNITUDE_BEFORE = /\bmagnitude[-\u00a0 ]$/i;
/** A magnitude stated of the quake without the word: "put the Japan quake at 8.9", "upgraded the magnitude of
 *  Friday's earthquake in Japan to 9.0" (the value given to one decimal); "the 9.1 Sumatra quake". */
const QUAKE_BEFORE = /\b(?:quake|earthquake|tremor|temblor|magnitude)s?\b[^.;!?\n\d]{0,50}\b(?:at|to|from)\s+$/i;
const QUAKE_AFTER = /[ \u00a0](?:\p{Lu}\p{Ll}+[ \u00a0])?(?:quake|earthquake|tremor|temblor)\b/iuy;
const MEASURED_BEFORE = /\b(?:measured|registered|recorded)[ \u00a0]+(?:at[ \u00a0]+)?$/i;
const QUAKE_DOC = /\b(?:earth)?quakes?\b|\bmagnitude\b/i;
const RANGE_SECOND = /[-–]\d/y;
const IRREGULAR_AFTER = /^[ \u00a0]+(?:people|children|men|women|troops|soldiers|police|dead|killed|injured)\b/i;
const TIME_NOUN_AFTER = /^[ \u00a0]+(?:time|times|week|month|year|day|quarter|half|hour|night|decade|century|weeks|months|years|days)\b/i;

interface Draft {
  kind: FigureKind;
  start: number;
  end: number;
  value: number | null;
  unit?: string | null;
  iso?: string | null;
  counted?: string;
  note?: string;
}

/** Everything one extraction pass accumulates. */
interface Scan {
  text: string;
  out: Figure[];
  ctx: DocContext;
  /** Full dates (with a day and a year), chrome included: they anchor yearless dates. */
  refs: Array<{ at: number; year: number; month: number; day: number }>;
  yearless: Array<{ fig: Figure; date: DateMatch }>;
  /** The last count with a counted noun: bare list items after it repeat its noun ("12 seats and Labour 40"). */
  anchor: ListAnchor | null;
  /** The unit of the last money figure: resolves "45 cents" and "francs". */
  currency: string | null;
  /** Whether the document speaks of an earthquake (read on first need). */
  quakeDoc?: boolean;
}

export function extractFigures(ctx: DocContext): Figure[] {
  const text = ctx.text;
  const scan: Scan = { text, out: [], ctx, refs: [], yearless: [], anchor: null, currency: null };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const pos = m.index;
    const c = text.charCodeAt(pos);
    let end: number;
    if (c >= 48 && c <= 57) { end = atDigit(scan, pos); }
    else if (SYMBOL_CHARS.includes(text[pos])) { end = atSymbol(scan, pos); }
    else { end = atWord(scan, pos, m[0]); }
    CANDIDATE.lastIndex = Math.max(end, pos + m[0].length);
  }
  resolveYearless(scan);
  assignPeriods(ctx, scan.out);
  linkEquivalents(text, scan.out);
  return scan.out;
}

function emit(scan: Scan, d: Draft, qualify: boolean): Figure | null {
  if (scan.ctx.inBoilerplate(d.start, d.end)) { return null; }
  const last = scan.out[scan.out.length - 1];
  if (last && last.end > d.start) { return null; }
  const f: Figure = {
    text: scan.text.slice(d.start, d.end), start: d.start, end: d.end, kind: d.kind, value: d.value,
    unit: d.unit ?? null, iso: d.iso ?? null,
  };
  if (d.counted) { f.counted = d.counted; }
  if (d.note) { f.note = d.note; }
  if (f.kind === 'money' && f.unit) { scan.currency = f.unit; }
  if (qualify) {
    const q = qualifierBefore(scan.text, d.start);
    // ("£3bn over three years", "a 40% rise over two years": "over" after an amount is the span the amount
    // covers, not a bound of the span; "it took over three years" is one)
    const span = q && f.kind === 'duration' && q.text.toLowerCase() === 'over' && AMOUNT_BEFORE.test(scan.text.slice(Math.max(0, q.start - 24), q.start));
    if (q && !span) { f.qualifier = q.qualifier; f.qualifierText = q.text; }
  }
  scan.out.push(f);
  if (f.kind === 'count' && f.counted) { scan.anchor = { start: f.start, end: f.end, counted: f.counted }; }
  return f;
}

/** "just after 9.20pm", "shortly before 4 a.m.": a time known to a few minutes on one side. */
const CLOCK_SIDE = /(?:^|[^\p{L}])((?:just|shortly|soon|moments|minutes|a few minutes)[ \u00a0]+(after|before))[ \u00a0]+$/iu;

/** A time of day: minutes after midnight, iso hh:mm; "around 9:20 p.m." is approximate, "just after" a lower bound. */
function emitClock(scan: Scan, start: number, end: number, minutes: number): number {
  const iso = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const f = emit(scan, { kind: 'time', start, end, value: minutes, unit: null, iso }, true);
  const side = CLOCK_SIDE.exec(scan.text.slice(Math.max(0, start - 28), start));
  if (f && side && !f.qualifier) { f.qualifier = side[2].toLowerCase() === 'after' ? 'at-least' : 'at-most'; f.qualifierText = side[1]; }
  return end;
}

function atDigit(scan: Scan, pos: number): number {
  const text = scan.text;
  const prev = text[pos - 1];
  if (isWordChar(prev) || prev === '#' || prev === '№' || prev === '.' || prev === ',' || prev === '/' || prev === ':') { return runEnd(text, pos); }
  if (prev === '-' || prev === '–') {
    // "COVID-19", "F-16", "3-1" are names and scores; "mid-2020" is a year.
    if (isWordChar(text[pos - 2]) && !/(?:^|[^\p{L}])(?:mid|pre|post|early|late)-$/iu.test(text.slice(Math.max(0, pos - 7), pos))) {
      return runEnd(text, pos);
    }
  }
  const phone = phoneEnd(text, pos);
  if (phone >= 0) { return phone; }
  const clock = clockAt(text, pos);
  if (clock) { return emitClock(scan, pos, clock.end, clock.minutes); }
  const time = timeEnd(text, pos);
  if (time >= 0) { return time; }
  const version = versionEnd(text, pos);
  if (version >= 0) { return version; }
  if (afterCopyright(text, pos)) { return runEnd(text, pos); }
  const date = dateAtDigit(text, pos);
  if (date) { return emitDate(scan, date); }
  const num = parseDigitsAt(text, pos);
  if (!num) { return runEnd(text, pos); }
  const e = num.end;
  const next = text[e];
  // earthquake magnitudes: "an 8.9-magnitude tremor", "a 9.0 magnitude quake", "magnitude 9.0", "magnitude-9.1"
  if (num.value > 0 && num.value < 10.5) {
    MAGNITUDE_AFTER.lastIndex = e;
    const after = MAGNITUDE_AFTER.exec(text);
    // (one decimal place, "8.9", "9.0": a magnitude as agencies give it)
    const oneDecimal = text[e - 2] === '.' && text.charCodeAt(e - 3) >= 48 && text.charCodeAt(e - 3) <= 57 && !(text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57);
    QUAKE_AFTER.lastIndex = e;
    // (or measured so in a report of a quake: "Measured at 8.9 by the US Geological Survey, it struck at ...")
    const measured = () => MEASURED_BEFORE.test(text.slice(Math.max(0, pos - 24), pos)) && (scan.quakeDoc ??= QUAKE_DOC.test(text));
    const quake = oneDecimal && num.value >= 3 && (QUAKE_BEFORE.test(text.slice(Math.max(0, pos - 80), pos)) || QUAKE_AFTER.test(text) || measured());
    if (after || quake || MAGNITUDE_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) {
      const end = after ? MAGNITUDE_AFTER.lastIndex : e;
      emit(scan, { kind: 'quantity', start: pos, end, value: num.value, unit: 'magnitude' }, true);
      return end;
    }
  }
  if (isLetter(next)) {
    ORDINAL_SUFFIX.lastIndex = e;
    if (ORDINAL_SUFFIX.exec(text)) { return ordinal(scan, pos, ORDINAL_SUFFIX.lastIndex, num.value); }
    // Attached scale or unit ("40m people", "5kg", "160km/h"); any other letters make an ID ("5G", "1990s").
    SCALE.lastIndex = e;
    if (SCALE.test(text) || quantityUnitAt(text, e) || currencyAfter(text, e, false)) {
      const r = classify(scan, pos, num, null);
      if (r > e) { return r; }
    }
    return runEnd(text, pos);
  }
  if ((next === '-' || next === '–') && isRangeSecond(text, e)) { return range(scan, pos, num); }
  if (next === '/' || next === ':') { return runEnd(text, pos); }
  // "Flight 370", "Windows 8" name things ("the Greens 12 seats" tallies): a name may still be an
  // elliptic list item ("12 seats and Labour 40").
  if (!isNameNumber(text, pos, e) || PERCENT_AT(text, e)) {
    const r = classify(scan, pos, num, null);
    if (r > 0) { return r; }
  }
  const b = bare(scan, pos, num);
  return b > 0 ? b : e;
}

/** A number with nothing after it that the clause makes a count: the object of a casualty verb or the
 *  level of a toll ("mourns 14", "toll rises to 29"), or an elliptic list item repeating the noun of
 *  the count before it ("12 seats and Labour 40", "(129 seats), Syriza 26.9% (71)"). -1 when none. */
function bare(scan: Scan, start: number, num: ParsedNumber): number {
  const text = scan.text;
  // counts of people and seats are whole; "one" alone is mostly a pronoun
  if (!Number.isInteger(num.value) || num.raw.includes('.') || (!num.digits && num.value === 1)) { return -1; }
  const q = qualifierBefore(text, start);
  const last = scan.out[scan.out.length - 1];
  const at = q ? q.start : start;
  // every casualty and toll phrase ends in a word right before the number
  const toll = isLetter(text[at - 2]) ? casualtyBefore(text, at, last ? last.end : 0) : null;
  if (toll) {
    emit(scan, { kind: 'count', start, end: num.end, value: num.value, unit: null, counted: toll }, true);
    return num.end;
  }
  const yearish = num.plainInteger && num.raw.length === 4 && num.value >= 1000 && num.value <= 2100;
  // "at least 27 were killed", "all 29 who died", "the 239 aboard": the subject of a casualty verb or the
  // head of its relative clause, unless a name owns the number ("Flight 17 were ...") or a partitive
  // makes another word the subject of the verb ("one of the two died"; "families of the 239 aboard" has no verb)
  const after = yearish || (num.digits && isNameNumber(text, start, num.end)) ? null : casualtyAfter(text, num.end);
  if (after && !(after !== 'people' && PARTITIVE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) && !RELATIVE_AFTER.test(text.slice(num.end, num.end + 8)))) {
    emit(scan, { kind: 'count', start, end: num.end, value: num.value, unit: null, counted: after }, true);
    return num.end;
  }
  const a = scan.anchor;
  if (!a || !num.digits || yearish || q) { return -1; }
  if (isListItem(text, start, num.end, a) || isParentheticalItem(text, start, num.end, a)) {
    emit(scan, { kind: 'count', start, end: num.end, value: num.value, unit: null, counted: a.counted }, false);
    return num.end;
  }
  return -1;
}

const PARTITIVE_BEFORE = /(?:^|[^\p{L}])of[ \u00a0]+(?:(?:the|these|those|its|their)[ \u00a0]+)?$/iu;
const RELATIVE_AFTER = /^[ \u00a0]+(?:who|that)[ \u00a0]/i;

function PERCENT_AT(text: string, e: number): boolean {
  PERCENT.lastIndex = e;
  return PERCENT.test(text);
}

function isRangeSecond(text: string, e: number): boolean {
  RANGE_SECOND.lastIndex = e;
  return RANGE_SECOND.test(text);
}

/** "2019-2024": two years. "3-1", "12-19": a score or a range, not a figure we can normalize. */
function range(scan: Scan, pos: number, first: ParsedNumber): number {
  const second = parseDigitsAt(scan.text, first.end + 1);
  if (!second) { return first.end + 1; }
  const isYear = (n: ParsedNumber): boolean => n.plainInteger && n.raw.length === 4 && n.value >= 1000 && n.value <= 2100;
  if (isYear(first) && isYear(second)) {
    emit(scan, { kind: 'year', start: pos, end: first.end, value: first.value }, false);
    emit(scan, { kind: 'year', start: first.end + 1, end: second.end, value: second.value }, false);
  }
  return runEnd(scan.text, second.end);
}

/** What follows a number decides what it is. Returns the end of the figure, or -1 when it is none. */
function classify(scan: Scan, start: number, num: ParsedNumber, currency: Prefix | null): number {
  const text = scan.text;
  let p = num.end;
  PERCENT.lastIndex = p;
  const pm = PERCENT.exec(text);
  if (pm && !currency) {
    emit(scan, { kind: 'percent', start, end: PERCENT.lastIndex, value: num.value, unit: pm[2] ? 'pp' : '%' }, true);
    return PERCENT.lastIndex;
  }
  let value = num.value;
  let scaled = false;
  SCALE.lastIndex = p;
  const sm = SCALE.exec(text);
  if (sm) {
    const word = (sm[1] ?? sm[2]).toLowerCase();
    // A bare attached "m" is metres unless money or a counted noun follows.
    const attachedM = !!sm[2] && (word === 'm' || word === 'b' || word === 'k');
    const after = SCALE.lastIndex;
    if (!attachedM || currency || currencyAfter(text, after, true) || countedAfter(text, after)) {
      value = round(value * SCALES[word]);
      scaled = true;
      p = after;
    }
  }
  const cur = readMoney(text, p, value, scaled, currency, scan.currency);
  if (cur) {
    emit(scan, { kind: 'money', start, end: cur.end, value: cur.value, unit: cur.code, note: cur.note }, true);
    return cur.end;
  }
  if (currency) { return -1; }
  const q = quantityUnitAt(text, p);
  if (q && !(q.unit === '°' && scaled)) {
    if ((q.unit === '°C' || q.unit === '°F') && isWeatherWidget(text, start, q.end)) { return q.end; }
    emit(scan, { kind: 'quantity', start, end: q.end, value, unit: q.unit }, true);
    return q.end;
  }
  if (!scaled) {
    const d = durationUnitAt(text, p);
    if (d) {
      // (an age in its own unit: "4 months old" is no age of 4 years)
      if (d.age) { emit(scan, { kind: 'quantity', start, end: d.end, value: round(value * d.factor), unit: d.unit, counted: 'age' }, true); }
      else { emit(scan, { kind: 'duration', start, end: d.end, value: round(value * d.factor), unit: d.unit }, true); }
      return d.end;
    }
  }
  const yearish = num.plainInteger && num.raw.length === 4 && !scaled && value >= 1000 && value <= 2100;
  // News writes counts of that size with a separator ("2,000 people"), so a bare 19xx/20xx is a
  // year unless a people-noun or a qualifier says otherwise ("of 2025 indicates" is a year).
  const looseYear = yearish && value >= 1900 && !IRREGULAR_AFTER.test(text.slice(p, p + 12)) && !qualifierBefore(text, start);
  if (yearish && (looseYear || hasYearContext(text, start))) {
    emit(scan, { kind: 'year', start, end: num.end, value }, false);
    return num.end;
  }
  // "the 300-seat parliament", "a 12-member panel": a count written as a modifier of its head noun
  if (num.digits && !scaled && !yearish) {
    const m = COUNT_MODIFIER.exec(text.slice(p, p + 40));
    if (m && !NOT_COUNT_MODIFIER.has(m[1].toLowerCase())) {
      emit(scan, { kind: 'count', start, end: p + 1 + m[1].length, value, unit: null, counted: m[1].toLowerCase() + 's' }, true);
      return p + 1 + m[1].length;
    }
  }
  // "one" is mostly a pronoun ("one of the first"): as a count it needs digits or a scale.
  if (num.digits || num.value !== 1 || scaled) {
    const c = countedAfter(text, p);
    if (c) {
      emit(scan, { kind: 'count', start, end: c.end, value, unit: null, counted: c.counted }, true);
      return c.end;
    }
  }
  return -1;
}

/** Before an ordinal: the verb of a finishing place ("placed", "came in", "finished up"). */
const PLACE_VERB_BEFORE = /\b(?:came|comes|come|coming|placed|places|finished|finishes|finishing|ended|ends)[ \u00a0]+(?:up[ \u00a0]+)?(?:in[ \u00a0]+)?$/i;
const COUNT_MODIFIER = /^-(\p{Ll}{3,}) (?=\p{L})/u;
/** Hyphen words after a number that are no counted noun ("5-0 win" has none; "24-hour" is a duration). */
const NOT_COUNT_MODIFIER = new Set(['old', 'odd', 'year', 'built', 'strong', 'point', 'time', 'times', 'fold', 'plus', 'something', 'long', 'wide', 'high', 'deep', 'tall', 'day', 'way', 'run', 'game']);

function ordinal(scan: Scan, start: number, end: number, value: number): number {
  const text = scan.text;
  HYPHEN_WORD.lastIndex = end;
  const h = HYPHEN_WORD.exec(text);
  const spanEnd = h ? HYPHEN_WORD.lastIndex : end;
  const counted = rankedAfter(text, spanEnd, h ? h[1] : undefined);
  // ("the first lady": a title, no rank)
  if (counted && ORDINAL_TITLES.has(`${text.slice(start, spanEnd)} ${counted.split(' ')[0]}`.toLowerCase())) { return spanEnd; }
  if (counted) { emit(scan, { kind: 'ordinal', start, end: spanEnd, value, counted }, false); }
  return spanEnd;
}

function atSymbol(scan: Scan, pos: number): number {
  const sym = symbolAt(scan.text, pos);
  return sym ? money(scan, sym.start, sym.end, { code: sym.code }) : pos + 1;
}

/** Amount after a currency prefix: "$66.8 billion", "US$1.2bn", "€ 40m", "Rs 500 crore", "USD 5 million". */
function money(scan: Scan, start: number, afterPrefix: number, prefix: Prefix): number {
  const text = scan.text;
  let p = afterPrefix;
  if (text[p] === ' ' || text[p] === '\u00a0') { p++; }
  if (!/\d/.test(text[p] ?? '')) { return afterPrefix; }
  const num = parseDigitsAt(text, p);
  if (!num) { return runEnd(text, p); }
  if (/[\d.]/.test(text[num.end + 1] ?? '') && text[num.end] === '.') { return runEnd(text, p); }
  const r = classify(scan, start, num, prefix);
  // "TOP 10": a code that is also a word was no prefix; the number is read again on its own
  return r > 0 ? r : prefix.needsScale ? afterPrefix : num.end;
}

function atWord(scan: Scan, pos: number, word: string): number {
  const text = scan.text;
  const lower = word.toLowerCase();
  const endWord = pos + word.length;
  if (/^\d/.test(text[endWord] ?? '') || text[endWord] === ' ' && /\d/.test(text[endWord + 1] ?? '')) {
    const prefix = prefixOf(word, scan.currency);
    if (prefix) { return money(scan, pos, endWord, prefix); }
  }
  if (lower in ORDINAL_WORDS) {
    // "the first 11 months" is a window, not a rank; "Lam first came to power" is an adverb.
    if (/^[ \u00a0]+\d/.test(text.slice(endWord, endWord + 3)) || parseWordsAt(text, endWord + 1)) { return endWord; }
    // "for the first time", "the first week": time words are windows, not ranks.
    if (TIME_NOUN_AFTER.test(text.slice(endWord, endWord + 10))) { return endWord; }
    // a finishing place ("Pasok placed third", "came in first", "finished second", "in third place"): a rank
    // among the contenders, counted as the place
    // ("came first to power", "came first for him" say when or how, not a place)
    const placeAfter = /^[ \u00a0]+place\b/i.exec(text.slice(endWord, endWord + 7));
    if (!/^[ \u00a0]+(?:to|into|for|as|after|before|under)\b/i.test(text.slice(endWord, endWord + 8)) && PLACE_VERB_BEFORE.test(text.slice(Math.max(0, pos - 24), pos)) || (placeAfter && /\bin[ \u00a0]+$/i.test(text.slice(Math.max(0, pos - 4), pos)))) {
      const end = placeAfter ? endWord + placeAfter[0].length : endWord;
      emit(scan, { kind: 'ordinal', start: pos, end, value: ORDINAL_WORDS[lower], counted: 'place' }, false);
      return end;
    }
    // A bare "first" needs a determiner ("the first Southeast Asian country"); "third-largest" does not.
    if (text[endWord] !== '-' && !DETERMINER_BEFORE.test(text.slice(Math.max(0, pos - 10), pos))) { return endWord; }
    return ordinal(scan, pos, endWord, ORDINAL_WORDS[lower]);
  }
  if (MONTH_NAMES.includes(lower) || WEEKDAY_NAMES.includes(lower)) {
    const d = dateAtWord(text, pos) ?? monthRelativeAt(text, pos, word);
    return d ? emitDate(scan, d) : endWord;
  }
  let start = pos;
  const a = A_BEFORE.exec(text.slice(Math.max(0, pos - 4), pos));
  if (a && /^(?:dozen|hundred|thousand|million|billion)$/.test(lower)) { start = pos - a[0].length + a[0].indexOf(a[1]); }
  const num = parseWordsAt(text, start);
  if (!num) { return endWord; }
  const r = classify(scan, start, num, null);
  if (r > 0) { return r; }
  const b = bare(scan, start, num);
  return b > 0 ? b : num.end;
}

function emitDate(scan: Scan, d: DateMatch): number {
  if (d.year !== null && d.day !== null) { scan.refs.push({ at: d.start, year: d.year, month: d.month, day: d.day }); }
  const fig = emit(scan, { kind: 'date', start: d.start, end: d.end, value: null, iso: isoOf(d.year, d.month, d.day) }, false);
  if (fig && d.year === null) { scan.yearless.push({ fig, date: d }); }
  return d.end;
}

/** A date without a year takes it from the nearest full date of the same document (the
 *  dateline counts, even inside page chrome); with none, the ISO form without a year
 *  ("--01-26") is kept, and "December last year" stays without iso. */
function resolveYearless(scan: Scan): void {
  for (const { fig, date } of scan.yearless) {
    let ref = null;
    for (const r of scan.refs) {
      if (r.at < date.start || !ref) { ref = r; }
      if (r.at >= date.start) { break; }
    }
    if (date.relativeYear !== undefined) {
      fig.iso = ref ? isoOf(ref.year + date.relativeYear, date.month, null) : null;
    } else if (ref && date.day !== null) {
      fig.iso = isoOf(resolveYear(ref, date.month, date.day), date.month, date.day);
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
