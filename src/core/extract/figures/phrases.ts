// What a count counts and what an ordinal ranks: the short noun phrase after the number.
// No POS tagger on this path (wink-nlp's readDoc alone is slower than our whole budget), so
// the head noun is found by shape: the first plural-looking word within three words.
import { countedLemma, isPluralNoun, STOP_WORDS } from './numbers';

const WORD = /[ \u00a0]+([\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}]+)*)/uy;

/** After a capitalized word: more words of a name, then a lower-case plural ("Barclays| Premier League matches"). */
const NAME_WORD_NEXT = /^[ \u00a0]+\p{Lu}[\p{L}'’-]*[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+)*\p{Ll}+s\b/u;

/** "239 people", "three key pillars", "nearly 100 Walmart thefts": the counted plural noun and where it ends. */
export function countedAfter(text: string, pos: number): { end: number; counted: string } | null {
  let p = pos;
  let limit = 3;
  let prevStart = pos;
  for (let i = 0; i < limit; i++) {
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) { return null; }
    const w = m[1];
    // ("40 million stolen or lost travel documents": two modifiers joined, then the noun)
    if (i > 0 && (w === 'or' || w === 'and') && /^\p{Ll}/u.test(text.slice(prevStart, prevStart + 1)) && limit < 6) { p = WORD.lastIndex; limit += 2; continue; }
    if (STOP_WORDS.has(w.toLowerCase()) && !isPluralNoun(w)) { return null; }
    prevStart = m.index + m[0].indexOf(w);
    p = WORD.lastIndex;
    // a capitalized word before another is a word of a name ("380 Barclays Premier League matches"),
    // not what is counted
    const capital = /^\p{Lu}/u.test(w);
    if (isPluralNoun(w) && !(capital && NAME_WORD_NEXT.test(text.slice(p, p + 60)))) { return { end: p, counted: countedLemma(w) }; }
    // the words of a name before the noun do not count against the three
    if (capital) { limit = Math.min(6, Math.max(limit, i + 3)); }
  }
  return null;
}

/** "fourth-largest trading partner" -> "largest trading partner"; "14th National Party Congress"
 *  -> "National Party Congress". Stops at function words, punctuation, or after a plural noun. */
export function rankedAfter(text: string, pos: number, firstWord?: string): string | null {
  const words: string[] = firstWord ? [firstWord] : [];
  let p = pos;
  while (words.length < 4) {
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m || STOP_WORDS.has(m[1].toLowerCase())) { break; }
    words.push(m[1]);
    p = WORD.lastIndex;
    if (isPluralNoun(m[1])) { break; }
  }
  return words.length ? words.join(' ') : null;
}
