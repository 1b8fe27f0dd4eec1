// Glued-word repair. Scrapers drop the space at inline-markup boundaries ("Vietnamandthe
// European Unionhave", "andRussia", "the USall"); a named entity inside such a token would be
// invisible to every extractor. No tokenizer library splits these (they have no dictionary of
// the document), so the rules are ours, kept deliberately narrow:
//  A. lower->upper change after a function-word prefix: "andRussia" -> and|Russia
//  B. a capitalised head followed by function words, where the head also stands alone in the
//     document: "Vietnamandthe" -> Vietnam|and|the (so "Iran", "Ottawa", "Putin" are never cut)
//  C. all-lower-case tokens seen once, made of a function word and a word the document uses
//     elsewhere: "asone" -> as|one, "tomeet" -> to|meet ("meeting" occurs).

/** The one list of function words glue repair knows. Short on purpose: every entry is a way to cut a real word. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'are', 'was',
  'were', 'has', 'have', 'had', 'that', 'this', 'its', 'it', 'he', 'she', 'they', 'we', 'all', 'one', 'into',
  'while', 'than', 'who', 'which', 'not', 'be', 'been', 'will', 'would', 'said', 'an',
]);
/** Function words that may follow a capitalised head (rule B). Words that also end many names
 *  ("Putin", "Milan", "Boston", "Thomas", "Paris", "Ottawa", "Toronto", "Derby", "Senator") are not
 *  here; after an all-caps head ("USall") any function word goes, as names do not have that shape. */
const AFTER_NAME: ReadonlySet<string> = new Set([
  'and', 'the', 'have', 'has', 'had', 'was', 'were', 'are', 'that', 'this', 'with', 'from', 'which', 'will',
  'would', 'said', 'its', 'for', 'who',
]);
/** Rule C prefixes: function words that are not also English prefixes or word starts (in-, be-,
 *  on-, for-, an-, he-...), which would cut "incomes", "becoming", "anthem", "heard". */
const LOWER_PREFIXES: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'that', 'with', 'has', 'was', 'are', 'were', 'have', 'had', 'this', 'its', 'which',
  'who', 'from', 'into', 'while', 'than', 'said', 'will', 'would',
]);
/** Rule C: a pair of function words glued ("asone", "intothe", "andits") ends in one of these. */
const LOWER_CHAIN_TAILS: ReadonlySet<string> = new Set(['the', 'one', 'its', 'all', 'and', 'this', 'that']);
/** Rule C suffixes after a word the document uses ("economyand", "influenceon"); not "or", "as",
 *  "by", "all" which end "factor", "whereas", "nearby", "overall". */
const LOWER_SUFFIXES: ReadonlySet<string> = new Set(['and', 'the', 'of', 'on', 'with', 'that']);
/** Real lower-case words shaped like a glued pair (rule C would otherwise cut them). */
const FUNCTION_COMPOUNDS: ReadonlySet<string> = new Set(['atone', 'areas', 'isis']);
/** Closed compounds whose parts are a function word and a common word (rule C). */
const COMMON_COMPOUNDS: ReadonlySet<string> = new Set([
  'today', 'tonight', 'together', 'toward', 'towards', 'tomorrow', 'become', 'because', 'before', 'behind',
  'below', 'beside', 'besides', 'between', 'beyond', 'became', 'begin', 'began', 'being', 'inside', 'income',
  'instead', 'indeed', 'insight', 'invest', 'inform', 'online', 'ongoing', 'onset', 'onboard', 'within', 'without',
  'withdraw', 'withhold', 'withstand', 'forget', 'forgive', 'format', 'forward', 'forbid', 'forest', 'fortune',
  'forever', 'forehead', 'often', 'offer', 'office', 'offset', 'offshore', 'island', 'issue', 'itself', 'itsself',
  'notable', 'nothing', 'notice', 'notion', 'noteworthy', 'button', 'butter', 'order', 'orange', 'organ',
  'asset', 'assign', 'assess', 'assert', 'assault', 'ashore', 'aside', 'attack', 'attend', 'attempt', 'attest',
  'attach', 'attain', 'hasten', 'washer', 'wasted', 'therefore', 'thereby', 'theme', 'there', 'these', 'theory',
  'oneself', 'allow', 'allot', 'alloy', 'ally', 'allege', 'whatever', 'however', 'whoever', 'willpower',
  'outcome', 'throughout', 'sometimes', 'someone', 'anyone', 'everyone', 'anything', 'everything', 'something',
  'wholesale', 'thanks', 'whichever', 'beside', 'bedrock', 'behalf', 'believe', 'belong', 'betray', 'betting',
]);

export interface GlueVocabulary {
  /** Every token text in the document, exactly as written. */
  readonly words: ReadonlySet<string>;
  /** Lower-cased tokens and their stems (meeting -> meet), for rule C; built on first use. */
  readonly stems: ReadonlySet<string>;
  /** How often each exact token text occurs, counted up to 2 (the rules ask only whether a word recurs). */
  readonly count: ReadonlyMap<string, number>;
}

export function buildGlueVocabulary(tokens: readonly string[]): GlueVocabulary {
  const count = new Map<string, number>();
  // (a word seen twice is not written again: one look-up for most tokens instead of two)
  for (const t of tokens) {
    const c = count.get(t);
    if (c === undefined) { count.set(t, 1); } else if (c === 1) { count.set(t, 2); }
  }
  // A stem is recognised by looking up the forms it stems from, which is cheaper than stemming
  // every word of every document. The lower-cased vocabulary is `count` itself for words already
  // in lower-case ASCII (most), plus `cased`, built on first use from the others.
  let cased: Set<string> | null = null;
  const isLower = (l: string): boolean => {
    if (count.has(l)) { return true; }
    if (!cased) {
      cased = new Set<string>();
      for (const t of count.keys()) { if (!isLowerAscii(t)) { cased.add(t.toLowerCase()); } }
    }
    return cased.has(l);
  };
  const stems = {
    has(x: string): boolean {
      if (isLower(x)) { return true; }
      for (const sfx of STEM_SUFFIXES) {
        const l = x + sfx;
        if (stemOf(l) === x && isLower(l)) { return true; }
      }
      return false;
    },
  } as ReadonlySet<string>;
  return { count, words: { has: (w: string) => count.has(w) } as ReadonlySet<string>, stems };
}

const STEM_SUFFIXES = ['s', 'es', 'ed', 'ing', 'ly', 'er', 'ers'];

/** No capital and nothing outside ASCII: toLowerCase would return the word unchanged. */
function isLowerAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) { return false; }
  }
  return true;
}

/** /^[\p{L}]+$/u, answered from char codes when the word is ASCII. */
function allLetters(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) { return /^[\p{L}]+$/u.test(t); }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) { return false; }
  }
  return t.length > 0;
}

/** What /^(.{3,}?)(?:s|es|ed|ing|ly|er|ers)$/ captures, without a regex per word: the shortest
 *  head of 3+ characters whose remainder is one of the suffixes. */
function stemOf(l: string): string | null {
  const n = l.length;
  if (n >= 6 && (l.endsWith('ing') || l.endsWith('ers'))) { return l.slice(0, n - 3); }
  if (n >= 5 && (l.endsWith('es') || l.endsWith('ed') || l.endsWith('ly') || l.endsWith('er'))) { return l.slice(0, n - 2); }
  if (n >= 4 && l.endsWith('s')) { return l.slice(0, n - 1); }
  return null;
}

/** Lengths of the parts of a glued token, or null when it is not glued. */
export function splitGlued(token: string, v: GlueVocabulary): number[] | null {
  // A possessive stays on the last part: "byVietnam's" -> by|Vietnam's.
  const n = token.length;
  const poss = n > 2 && token.charCodeAt(n - 1) === 115 && (token.charCodeAt(n - 2) === 39 || token.charCodeAt(n - 2) === 0x2019) ? 2 : 0;
  const t = poss ? token.slice(0, -2) : token;
  if (t.length < 4 || !maybeGlued(t) || !allLetters(t)) { return null; }
  const parts = splitBare(t, v);
  if (parts && poss) { parts[parts.length - 1] += poss; }
  return parts;
}

/** First two letters of the function words, as char-code pairs (no slice per token). */
const PREFIX2 = new Set([...FUNCTION_WORDS].map((w) => w.charCodeAt(0) * 128 + w.charCodeAt(1)));

/** Cheap rejection before any slicing: a glued token starts like a function word, changes case
 *  after its first letter, or ends like one of the function words rules B/C cut off. */
function maybeGlued(t: string): boolean {
  const c0 = t.charCodeAt(0);
  const c1 = t.charCodeAt(1);
  if (c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122 && PREFIX2.has(c0 * 128 + c1)) { return true; }
  if (firstUpper(t) > 0) { return true; }
  return endsWithAny(t, FUNCTION_WORDS) > 0;
}

function splitBare(t: string, v: GlueVocabulary): number[] | null {
  const first = t[0];
  const lowerStart = first === first.toLowerCase() && first !== first.toUpperCase();
  if (lowerStart) {
    // A: "andRussia", "thatDonald", "byVietnam".
    const k = firstUpper(t);
    if (k > 0) {
      const chain = functionChain(t.slice(0, k));
      if (!chain || k < 2) { return null; } // "iPhone", "eBay" stay whole
      const rest = t.slice(k);
      return [...chain, ...(splitBare(rest, v) ?? [rest.length])];
    }
    return splitLower(t, v);
  }
  // B: capitalised head + lower-case function-word tail, peeled off the end one word at a time.
  const tail: number[] = [];
  let end = t.length;
  for (;;) {
    const n = endsWithAny(t.slice(0, end), FUNCTION_WORDS);
    if (n === 0 || end - n < 2) { return null; }
    const h = t.slice(0, end - n);
    const allCapsHead = h === h.toUpperCase();
    if (!allCapsHead && !AFTER_NAME.has(t.slice(end - n, end))) { return null; }
    end -= n;
    tail.unshift(n);
    if (v.words.has(h)) { return [end, ...tail]; }
  }
}

/** FUNCTION_WORDS bucketed by their last two letters, longest first: endsWithAny runs on every
 *  token, and one bucket look-up plus an endsWith or two beats four slices and set look-ups. */
const ENDINGS = new Map<number, string[]>();
for (const w of [...FUNCTION_WORDS].sort((a, b) => b.length - a.length)) {
  const k = w.charCodeAt(w.length - 1) * 65536 + w.charCodeAt(w.length - 2);
  const list = ENDINGS.get(k);
  if (list) { list.push(w); } else { ENDINGS.set(k, [w]); }
}

/** Length of the longest word of `words` that s ends with (lower case), or 0. */
function endsWithAny(s: string, words: ReadonlySet<string>): number {
  if (words === FUNCTION_WORDS) {
    const n = s.length;
    const list = ENDINGS.get(s.charCodeAt(n - 1) * 65536 + s.charCodeAt(n - 2));
    if (!list) { return 0; }
    for (const w of list) {
      if (w.length <= 5 && w.length <= n - 1 && s.endsWith(w)) { return w.length; }
    }
    return 0;
  }
  for (let n = Math.min(5, s.length - 1); n >= 2; n--) {
    const c = s.charCodeAt(s.length - n);
    if (c < 97 || c > 122) { continue; }
    if (words.has(s.slice(s.length - n))) { return n; }
  }
  return 0;
}

function splitLower(t: string, v: GlueVocabulary): number[] | null {
  if ((v.count.get(t) ?? 0) > 1 || FUNCTION_COMPOUNDS.has(t) || COMMON_COMPOUNDS.has(t)) { return null; }
  // Two function words: "asone", "intothe", "andits".
  for (let i = 2; i <= 5 && i <= t.length - 3; i++) {
    if (FUNCTION_WORDS.has(t.slice(0, i)) && LOWER_CHAIN_TAILS.has(t.slice(i))) { return [i, t.length - i]; }
  }
  // Function-word prefix + a word the document uses: "tomeet", "thatsupports", "hasprovided".
  for (let i = 2; i <= 5 && i <= t.length - 3; i++) {
    const pre = t.slice(0, i);
    const rest = t.slice(i);
    if (LOWER_PREFIXES.has(pre) && (v.stems.has(rest) || FUNCTION_WORDS.has(rest))) { return [i, rest.length]; }
  }
  // A word the document uses + function-word suffix: "economyand", "influenceon".
  for (let i = t.length - 2; i >= 4; i--) {
    const head = t.slice(0, i);
    if (LOWER_SUFFIXES.has(t.slice(i)) && v.words.has(head)) { return [i, t.length - i]; }
  }
  return null;
}

/** Splits s entirely into function words (longest first), or null. */
function functionChain(s: string, words: ReadonlySet<string> = FUNCTION_WORDS): number[] | null {
  if (s.length === 0) { return []; }
  for (let n = Math.min(5, s.length); n >= 2; n--) {
    if (words.has(s.slice(0, n))) {
      const rest = functionChain(s.slice(n), words);
      if (rest) { return [n, ...rest]; }
    }
  }
  return null;
}

function firstUpper(t: string): number {
  for (let i = 1; i < t.length; i++) {
    const code = t.charCodeAt(i);
    // ASCII answers without allocating two case-mapped strings per character.
    if (code < 128) {
      if (code >= 65 && code <= 90) { return i; }
      continue;
    }
    const c = t[i];
    if (c !== c.toLowerCase() && c === c.toUpperCase()) { return i; }
  }
  return -1;
}
