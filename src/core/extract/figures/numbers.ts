// Numbers written with digits or words, and the scale words that multiply them.
// Hand-written: the libraries that read number words (compromise, recognizers-text) are
// 100x too slow for the main path (see shared/research/libraries.md).

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words that can follow a number ("66.8 billion", "two million", "500 crore"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
  bn: 1e9, b: 1e9, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3, tn: 1e12, trn: 1e12,
};
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** Words that can begin a number written in words ("one" is handled by callers: it is mostly a pronoun). */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), 'dozen', 'hundred', 'thousand', 'million', 'billion',
];

const WORD_ALT = [...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion']
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A run of number words: "twenty-five", "two hundred and fifty", "a dozen", "three million". */
const WORD_RUN = new RegExp(`(?:(?:a|an)\\s+(?=(?:dozen|hundred|thousand|million|billion)\\b))?(?:${WORD_ALT})(?:(?:\\s+and\\s+|[\\s-]+)(?:${WORD_ALT}))*(?![\\p{L}\\p{N}])`, 'iuy');
const WORD_SPLIT = /[\s-]+/;

export interface ParsedNumber {
  value: number;
  end: number;
  /** Written with digits (as opposed to words). */
  digits: boolean;
  /** Digits only, no separators or decimals: candidates for years. */
  plainInteger: boolean;
  raw: string;
}

/** Digits with optional thousands separators and decimals. The first branch needs full
 *  groups of three so "1,20" is not a thousands number. */
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?/y;

export function parseDigitsAt(text: string, pos: number): ParsedNumber | null {
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m) { return null; }
  const raw = m[0];
  // More than 15 significant digits is an ID or a data dump, never a figure in prose.
  if (raw.length > 18) { return null; }
  const value = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(value)) { return null; }
  return { value, end: pos + raw.length, digits: true, plainInteger: /^\d+$/.test(raw), raw };
}

/** Words that leave a scale's multiplier unstated ("a few hundred", "several thousand"). */
const VAGUE_MULTIPLIER = /\b(?:few|several|many|some)\s+$/i;

export function parseWordsAt(text: string, pos: number): ParsedNumber | null {
  WORD_RUN.lastIndex = pos;
  const m = WORD_RUN.exec(text);
  if (!m) { return null; }
  // Trailing "and"/hyphens are excluded by the regex; a trailing scale word belongs to callers
  // when it is the only word ("million" alone is not a number).
  // "and" joins only after a scale ("two hundred and fifty"); "two and three picks" are two numbers.
  let raw = m[0];
  const and = /\s+and\s+/i.exec(raw);
  if (and && !/(?:hundred|thousand|million|billion|trillion)$/i.test(raw.slice(0, and.index))) { raw = raw.slice(0, and.index); }
  const words = raw.toLowerCase().split(WORD_SPLIT).filter((w) => w !== 'and');
  // "a few hundred metres", "several thousand people", "many dozen": a scale without its multiplier
  // states no number
  if ((words[0] === 'hundred' || words[0] === 'dozen' || words[0] in SCALES) && VAGUE_MULTIPLIER.test(text.slice(Math.max(0, pos - 12), pos))) { return null; }
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (w === 'a' || w === 'an') { current = 1; continue; }
    if (w in SMALL_NUMBERS) { current += SMALL_NUMBERS[w]; any = true; continue; }
    if (w in TENS) { current += TENS[w]; any = true; continue; }
    if (w === 'dozen') { current = (current || 1) * 12; any = true; continue; }
    if (w === 'hundred') { current = (current || 1) * 100; any = true; continue; }
    const scale = SCALES[w];
    if (scale) { total += (current || 1) * scale; current = 0; any = true; }
  }
  if (!any) { return null; }
  return { value: total + current, end: pos + raw.length, digits: false, plainInteger: false, raw };
}

/** Words that end a noun phrase: a counted noun never lies beyond them. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'should', 'may', 'might', 'can', 'than', 'then', 'this', 'these', 'those', 'it', 'its', 'they',
  'their', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'my', 'me', 'us', 'them', 'him', 'not', 'no',
  'so', 'if', 'when', 'where', 'while', 'after', 'before', 'since', 'until', 'into', 'onto', 'over', 'under',
  'about', 'up', 'down', 'out', 'off', 'per', 'each', 'every', 'all', 'more', 'less', 'most', 'least', 'also',
  'just', 'only', 'even', 'still', 'yet', 'ago', 'earlier', 'later', 'during', 'between', 'among', 'against',
  'through', 'across', 'via', 'vs', 'versus', 'said', 'says', 'say', 'according', 'there', 'here', 'now', 'ever',
]);

/** Plural nouns without an "s", and participles used as nouns in tolls ("14 dead", "129 killed"). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'crew', 'cattle', 'sheep', 'fish', 'geese',
  'mice', 'teeth', 'feet', 'aircraft', 'deer', 'livestock', 'offspring', 'clergy', 'militia', 'infantry',
  'dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'died', 'displaced', 'homeless', 'evacuated', 'arrested',
]);

/** Singular nouns ending in "men" that are not compounds of "man". */
const LATIN_MEN: ReadonlySet<string> = new Set([
  'stamen', 'specimen', 'regimen', 'abdomen', 'acumen', 'albumen', 'bitumen', 'cognomen', 'gravamen', 'foramen',
]);

/** Toll words normalized so "129 killed" and "130 dead" count the same thing. */
const TOLL_NORMAL: Readonly<Record<string, string>> = {
  killed: 'dead', died: 'dead', deaths: 'dead', fatalities: 'dead', dead: 'dead',
  injured: 'injured', wounded: 'injured', injuries: 'injured', hurt: 'injured',
};

export function countedLemma(word: string): string {
  const w = word.toLowerCase();
  return TOLL_NORMAL[w] ?? w;
}

/** A plural-looking noun: "raids", "homes", "countries", "people" (not "this", "business", "status"). */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) { return true; }
  // Short all-caps words are acronyms ("CMOS", "GPS"), not plurals.
  if (word.length <= 5 && word === word.toUpperCase()) { return false; }
  if (w.length < 3 || STOP_WORDS.has(w)) { return false; }
  // compounds of "man" plural in "-men" ("gunmen", "firemen", "fishermen"), not the Latin singulars
  if (w.length >= 6 && w.endsWith('men')) { return !LATIN_MEN.has(w); }
  if (!w.endsWith('s')) { return false; }
  return !/(?:ss|us|is|ous|ics|news|series|species)$/.test(w);
}
