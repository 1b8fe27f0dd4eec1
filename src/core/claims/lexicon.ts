// The few hand-kept word lists claim matching needs, in one place. Stems come from the
// Porter2 stemmer (wink-porter2-stemmer); stop words from the `stopword` package.
import { eng as englishStopwords } from 'stopword';
import stem = require('wink-porter2-stemmer');
import { MAX_WORD_LENGTH } from '../text/tokens';

const STOP = new Set<string>([
  ...englishStopwords,
  // reporting and filler words that say nothing about the proposition itself
  'said', 'says', 'say', 'told', 'added', 'according', 'also', 'would', 'could', 'may', 'might', 'will', 'can',
  'one', 'two', 'new', 'last', 'year', 'years', 'week', 'mr', 'mrs', 'ms', 'dr', 'per', 'cent', 'percent',
  'since', 'including', 'however', 'still', 'even', 'just', 'well', 'like', 'many', 'much', 'more', 'most',
  'now', 'then', 'time', 'way', 'day', 'days', 'first', 'made', 'make', 'get', 'got',
]);

/** Predicates that name the same event or measure, folded to one concept so that
 *  "killed 14" and "14 died" or "rose 40%" and "a 40% increase" compare. Keep small. */
const CONCEPTS: Record<string, string[]> = {
  death: ['kill', 'die', 'dead', 'death', 'fatal', 'fatality', 'toll', 'life', 'lives', 'perish', 'murder', 'slain'],
  injury: ['injur', 'wound', 'hurt'],
  rise: ['rise', 'rose', 'risen', 'increas', 'grow', 'grew', 'grown', 'growth', 'surg', 'up', 'climb', 'jump', 'gain', 'boost'],
  fall: ['fall', 'fell', 'fallen', 'drop', 'declin', 'decreas', 'down', 'cut', 'slump', 'plung', 'shrank', 'shrink'],
  sign: ['sign', 'conclud', 'ink', 'agre'],
  force: ['forc', 'effect', 'implement', 'ratifi'],
  build: ['built', 'build', 'construct', 'erect'],
  complete: ['complet', 'finish', 'open', 'inaugur'],
  start: ['began', 'begin', 'begun', 'start', 'launch', 'commenc'],
  aboard: ['board', 'aboard', 'passeng', 'carri', 'onboard'],
  arrest: ['arrest', 'detain', 'held', 'custodi'],
  wind: ['wind', 'gust'],
  cost: ['cost', 'worth', 'valu', 'price', 'spend', 'spent', 'fund', 'aid', 'pledg', 'promis'],
  trade: ['trade', 'export', 'import'],
};

const conceptOfStem = new Map<string, string>();
for (const [concept, stems] of Object.entries(CONCEPTS)) {
  for (const s of stems) { conceptOfStem.set(s, concept); }
}

const stemCache = new Map<string, string>();


/** The British spelling of a verb in -ise ("radicalised", "organisation", "recognising"), read as the -ize
 *  spelling before stemming: Porter2 leaves "radicalis" beside "radic", "recognis" beside "recogn". (A word
 *  that ends so without being such a verb, "promise", "premises", is changed alike whoever spells it: no two
 *  words meet that did not.) */
const BRITISH_ISE = /(?<=\p{L}{3})is(e|es|ed|ing|ation|ations|er|ers)$/u;

/** Lower-cased Porter2 stem, cached (the same few thousand words recur across a corpus). */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  // wink-porter2-stemmer's suffix regexes (`/(.+)(s)$/`, `/[aeiouy]+([^aeiouy]{1}.+)/`) are not
  // anchored at the start, so their time grows with the square of the word: a 64 KB run of letters
  // took ~30 s. A word that long (a hash, a blob) is its own stem.
  if (w.length > MAX_WORD_LENGTH) { return w; }
  const cached = stemCache.get(w);
  if (cached !== undefined) { return cached; }
  const s = stem(w.replace(BRITISH_ISE, 'iz$1'));
  if (stemCache.size < 200_000) { stemCache.set(w, s); }
  return s;
}

export function isStopword(lowerWord: string): boolean {
  return STOP.has(lowerWord);
}

/** The concept a stem belongs to ("kill" -> "death"), matching by prefix for inflected stems. */
export function conceptOf(stemmed: string): string | undefined {
  const direct = conceptOfStem.get(stemmed);
  if (direct) { return direct; }
  for (let n = Math.min(stemmed.length, 8); n >= 4; n--) {
    const c = conceptOfStem.get(stemmed.slice(0, n));
    if (c) { return c; }
  }
  return undefined;
}
