// Bare numbers: no unit, no noun after them, yet the clause says what they count.
//  - Casualty and toll words: "mourns 14", "Fire kills 27", "toll rises to 29", "bringing the death
//    toll to 31". The object of a casualty verb, or the level a toll reaches, counts people; the
//    counted word is the toll lemma ("dead", "injured"), as for "14 dead".
//  - Elliptic list items: "the Greens won 12 seats and Labour 40", "Labour won 40 seats, the
//    Islanders' Party 21, the Greens 12", "ND 29.7% (129 seats), Syriza 26.9% (71)". A holder followed
//    by a bare number, after a count in the same sentence, repeats that count's noun.
//  - Tally nouns: "the Greens 12 seats" is a count although a capitalized word stands before the
//    number (names with numbers are "Flight 370", "Boeing 777 flights", "Nexus 5 smartphones").
// Every check reads a bounded window before or after the number, so the scan stays linear.
import { isPluralNoun, NUMBER_WORDS, STOP_WORDS } from './numbers';

/** Counts a holder (party, team, country) wins or holds: a number before one of these is a tally,
 *  not part of a name, even after a capitalized word ("Labour 40 seats", "Spain 9 points"). */
const TALLY_NOUNS: ReadonlySet<string> = new Set([
  'seats', 'votes', 'ballots', 'points', 'goals', 'medals', 'golds', 'delegates', 'mandates', 'deputies', 'mps',
  'lawmakers', 'legislators', 'councillors', 'councilors', 'senators', 'wins', 'victories', 'runs', 'wickets',
]);
const NEXT_WORD = /[ \u00a0]+([\p{L}]+)(?![\p{L}\p{N}\-'’])/uy;

/** The number ending at `end` is followed by a tally noun ("12 seats", "40 votes"). */
export function tallyAfter(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  return !!m && TALLY_NOUNS.has(m[1].toLowerCase());
}

// ---------------------------------------------------------------- casualty and toll words

const SP = '[ \\u00a0]+';
/** Verbs whose bare object is people, with the toll lemma they count. */
const CASUALTY_VERBS: ReadonlyArray<readonly [string, string]> = [
  ['kill(?:s|ed|ing)?', 'dead'], ['mourn(?:s|ed|ing)?', 'dead'],
  ['injur(?:e|es|ed|ing)', 'injured'], ['wound(?:s|ed|ing)?', 'injured'],
];
const CASUALTY_VERB = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${CASUALTY_VERBS.map(([v]) => `(${v})`).join('|')})${SP}$`, 'iu');
/** Verbs of the level a running count reaches ("rises to", "stood at", "hits"). */
const LEVEL_VERBS = 'rises|rose|risen|rising|reaches|reached|reaching|climbs|climbed|climbing|jumps|jumped|jumping|'
  + 'hits|hit|hitting|stands|stood|standing|soars|soared|soaring|grows|grew|grown|growing|increases|increased|increasing|'
  + 'passes|passed|passing|tops|topped|topping|nears|neared|nearing|exceeds|exceeded|exceeding';
const LEVEL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${LEVEL_VERBS})(?:${SP}(?:to|at))?${SP}$`, 'iu');
/** "a toll of", "bringing the death toll to", "the toll at". */
const TOLL_PREP_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(injury|casualty)${SP})?toll${SP}(?:of|at|to)${SP}$`, 'iu');
/** Words of the subject of a level verb that make the count a toll: the last one before the verb wins. */
const TOLL_SUBJECT = /(?:^|[^\p{L}])(?:(injury[ \u00a0]+toll|casualty[ \u00a0]+toll|injured|injuries|wounded)|(toll|dead|deaths|killed|fatalities|died))(?![\p{L}])/giu;
/** The subject of the level verb lies in the clause before it: no further back than a sentence end, a
 *  semicolon or colon, or the previous figure. */
const CLAUSE_BREAK = /[.!?]["'”’)]*[ \u00a0]|[;:\r\n]/g;
const WINDOW = 48;
const SUBJECT_WINDOW = 110;

/** The toll lemma a bare number at `start` counts ("dead", "injured"), or null: the object of a casualty
 *  verb ("mourns 14", "kills 27"), a toll's level ("a toll of 14", "the death toll rose to 29", "the
 *  number of people killed ... reached 31"). `start` is where the figure's qualifier begins, if it has
 *  one ("rose to at least 29"); `floor` the end of the previous figure. */
export function casualtyBefore(text: string, start: number, floor: number): string | null {
  const left = text.slice(Math.max(0, floor, start - WINDOW), start);
  const v = CASUALTY_VERB.exec(left);
  if (v) { return CASUALTY_VERBS[v.slice(1).findIndex((g) => g !== undefined)][1]; }
  const t = TOLL_PREP_BEFORE.exec(left);
  if (t) { return t[1] ? 'injured' : 'dead'; }
  const l = LEVEL_BEFORE.exec(left);
  if (!l) { return null; }
  const verbAt = start - left.length + l.index;
  let subject = text.slice(Math.max(0, floor, verbAt - SUBJECT_WINDOW), verbAt + 1);
  CLAUSE_BREAK.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_BREAK.exec(subject); m; m = CLAUSE_BREAK.exec(subject)) { cut = m.index + m[0].length; }
  subject = subject.slice(cut);
  let toll: string | null = null;
  TOLL_SUBJECT.lastIndex = 0;
  for (let m = TOLL_SUBJECT.exec(subject); m; m = TOLL_SUBJECT.exec(subject)) { toll = m[1] ? 'injured' : 'dead'; }
  return toll;
}

/** After a bare number: it is the subject of a casualty participle or verb ("at least 27 were killed",
 *  "31 died", "9 are missing"), or the head of a casualty relative clause ("all 29 who were killed",
 *  "the 12 who died"): people are counted. Group 1 is the harm word of a copula or passive; a death verb
 *  ("died", "perished") takes none. An active verb ("3 who killed", "3 killed 12") counts the agents: no match. */
const REL = `(?:(?:who|that)${SP})?`;
const ADV = `(?:(?:\\p{L}+ly|also|all|later|then|now|still|since|reported|confirmed)${SP})?`;
const CASUALTY_AFTER = new RegExp(
  `${SP}(?:${REL}(?:were|was|are|is|(?:have|has|had)${SP}been|been)${SP}${ADV}(killed|dead|slain|murdered|injured|wounded|hurt|missing)` +
  `|${REL}(?:(?:have|has|had)${SP})?${ADV}(?:died|perished|drowned|lost${SP}their${SP}lives)` +
  // (a headline's verbless toll: "kills 27, four still missing", "three feared dead after the blast")
  `|(?:still${SP}|now${SP}|feared${SP}|reported${SP})(missing|dead|injured|wounded|hurt)(?=[ \\u00a0]*(?:[,.;:)\\r\\n]|$|(?:and|in|after|as|at|on)(?![\\p{L}]))))(?![\\p{L}\\p{N}-])`, 'iuy');
const CASUALTY_COUNTED: Readonly<Record<string, string>> = { injured: 'injured', wounded: 'injured', hurt: 'injured', missing: 'missing' };
/** "the 239 aboard", "all 239 on board", "the 12 onboard": the people carried. */
const ABOARD_AFTER = new RegExp(`${SP}(?:(?:who|that)${SP}(?:were|was|are|is)${SP})?(?:aboard|onboard|on${SP}board)(?![\\p{L}\\p{N}-])`, 'iuy');

/** What a bare number ending at `end` counts, read from the words after it: the toll lemma of a casualty
 *  participle or relative clause ("dead", "injured", "missing"), "people" for those aboard, else null.
 *  A verb needs its subject: "27 were killed" counts people only when the number is the subject, which
 *  the caller checks (no name before it: "Flight 17 were killed" is a label). */
export function casualtyAfter(text: string, end: number): string | null {
  CASUALTY_AFTER.lastIndex = end;
  const m = CASUALTY_AFTER.exec(text);
  if (m) { const w = m[1] ?? m[2]; return w ? CASUALTY_COUNTED[w.toLowerCase()] ?? 'dead' : 'dead'; }
  ABOARD_AFTER.lastIndex = end;
  return ABOARD_AFTER.test(text) ? 'people' : null;
}

// ---------------------------------------------------------------- elliptic list items

/** A count earlier in the sentence whose noun a bare number may repeat. */
export interface ListAnchor {
  start: number;
  end: number;
  counted: string;
}

const LIST_WINDOW = 160;
/** A sentence ends between the anchor and the number: no carrying across it. */
const SENTENCE_BREAK = /[.!?]["'”’)]*[ \u00a0]|[\r\n]/;
/** What may follow a list item: punctuation, a conjunction, the end of the text. */
const ITEM_END = /^(?:[ \u00a0]*(?:[,;.)\r\n]|$)|[ \u00a0]+(?:and|or|while|whereas|respectively)(?![\p{L}]))/iu;
/** A joiner, then the holder of the item: up to four words, right before the number. */
const JOINER = '(?:and|or|while|whereas|with|versus|vs\\.?)';
const ITEM_START = new RegExp(
  `(?:[,;](?:[ \\u00a0]+${JOINER})?|[^\\p{L}]${JOINER})[ \\u00a0]+((?:[\\p{L}][\\p{L}\\p{M}'’.-]*[ \\u00a0]+){1,4})$`, 'iu');
/** An enumeration of what the anchor counts ("3 models: the Note 3 and the Note 4", "3 flights, including
 *  Flight 370") is not a list of holders. */
const ENUMERATION = /[:]|(?:^|[^\p{L}])(?:including|includes|included|such[ \u00a0]+as|like|namely|among[ \u00a0]+them|e\.g\.|i\.e\.)(?![\p{L}])/iu;
/** Generic heads of numbered names ("Flight 370", "Article 5", "Route 66", "Note 4"): never a holder. */
const LABEL_HEADS: ReadonlySet<string> = new Set([
  'flight', 'route', 'highway', 'interstate', 'article', 'section', 'chapter', 'clause', 'directive', 'resolution',
  'act', 'bill', 'proposition', 'amendment', 'rule', 'law', 'item', 'exhibit', 'part', 'step', 'model', 'version',
  'type', 'class', 'series', 'mark', 'mk', 'no', 'number', 'room', 'gate', 'terminal', 'platform', 'pier', 'berth',
  'channel', 'level', 'stage', 'phase', 'round', 'game', 'match', 'week', 'day', 'episode', 'season', 'volume',
  'issue', 'page', 'figure', 'table', 'note', 'unit', 'block', 'lot', 'bay', 'ward', 'district', 'zone', 'sector',
  'grade', 'year', 'group', 'division', 'league', 'formula', 'apollo', 'windows', 'euro', 'generation', 'gen',
]);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS);

/** "and Labour 40", ", the Islanders' Party 21", "and independents 2": a holder read as the subject of an
 *  elided clause, so the number repeats the anchor's noun. Ages in apposition ("Jane Doe, 34,") have a
 *  comma between the name and the number and are not items. */
export function isListItem(text: string, start: number, end: number, anchor: ListAnchor): boolean {
  if (!anchorReaches(text, start, anchor)) { return false; }
  if (!ITEM_END.test(text.slice(end, end + 14))) { return false; }
  if (ENUMERATION.test(text.slice(anchor.end, start))) { return false; }
  const m = ITEM_START.exec(text.slice(Math.max(anchor.end, start - 60), start));
  if (!m) { return false; }
  const words = m[1].trim().split(/[ \u00a0]+/);
  if (DETERMINERS.has(words[0].toLowerCase())) { words.shift(); }
  if (!words.length || LABEL_HEADS.has(words[words.length - 1].toLowerCase())) { return false; }
  for (const w of words) {
    const lw = w.toLowerCase();
    if (STOP_WORDS.has(lw) || NUMBER_WORD_SET.has(lw)) { return false; }
  }
  // a holder is a name or a plural noun ("the Greens", "Labour", "independents"); a lower-case
  // verb or adjective ("aged 4", "lost 40") is another clause
  const last = words[words.length - 1];
  return words.some((w) => w[0] !== w[0].toLowerCase()) || isPluralNoun(last);
}

/** "(129 seats), Syriza 26.9% (71)": a bare number in parentheses, parallel to an anchor that was
 *  itself a parenthesized count. */
export function isParentheticalItem(text: string, start: number, end: number, anchor: ListAnchor): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') { return false; }
  if (text[anchor.start - 1] !== '(' || text[anchor.end] !== ')') { return false; }
  return anchorReaches(text, start, anchor);
}

function anchorReaches(text: string, start: number, anchor: ListAnchor): boolean {
  if (anchor.end > start || start - anchor.end > LIST_WINDOW) { return false; }
  return !SENTENCE_BREAK.test(text.slice(anchor.end, start));
}
