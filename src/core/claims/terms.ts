// Coined identifiers a sentence names: model and standard names that mix letters and digits ("IP67",
// "1080p", "4K", "Snapdragon 801", "USB 3.0", "Android 4.4.2"). Outlets copy them exactly, so two
// sentences of one story naming the same one usually state the same fact ("IP67-rated" / "It is IP67
// dust and water resistant") even when they share few other words. Written by hand: no library reads
// product identifiers out of prose; the tokenizer's words split "USB 3.0" and drop "1080p" as a number.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../extract/figures/dates';
import { CUE_VERBS } from '../extract/quotes/lexicon';
import { durationUnitAt, quantityUnitAt } from '../extract/figures/units';
import { isStopword } from './lexicon';

/** A short phrase in quotation marks: double quotes of either kind, or single curly quotes whose closing
 *  mark is not an apostrophe ("Let’s"). */
const QUOTED = /“([^“”\n]{2,60})”|"([^"\n]{2,60})"|(?<![\p{L}\p{N}])‘([^‘’\n]{2,60})’(?![\p{L}])/gu;
const QUOTED_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** At most this many words: longer quoted text is a quotation (a quote fact), not a coined term. */
const MAX_QUOTED_WORDS = 5;

/** The words before a quoted phrase, back to the clause's start or at most this many characters, where
 *  the verb that applies the label must be. */
const LABEL_REACH = 40;
const WORD_BEFORE = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** Coined labels a sentence puts in quotation marks and applies to someone or something: called her
 *  a “feminist nightmare”, dubbed her "Mrs Grievance", described her role as "Mom-in-Chief". Outlets
 *  that cite one label copy it exactly, so two sentences of a story applying the same one usually
 *  report the same thing, however differently the rest is worded. The label must follow a reporting or
 *  naming verb ("called", "dubbed", "said", the reporting-verb table) or "as" in its clause, or be a
 *  capitalized name (a show, a campaign, a nickname: "a guest on “The View”", her "Let’s Move" campaign,
 *  which outlets quote exactly as well; a lower-case phrase in quotation marks without such a verb, the
 *  "don't ask, don't tell" policy, a "black box", is a common expression, not one story's label).
 *  Normalized to lower-case words ("Mom-in-Chief." -> "q:mom in chief"); at least two words (a hyphenated
 *  compound counts; one quoted common word says too little), one of them a content word of four letters or
 *  more, and at most MAX_QUOTED_WORDS: a longer passage is a quotation, compared as a quote. Written by
 *  hand: it reads punctuation the tokenizer drops. */
export function quotedTerms(sentence: string): string[] {
  const out = new Set<string>();
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(sentence); m; m = QUOTED.exec(sentence)) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    // (or a name in quotation marks, capitalized: a campaign, a show, a nickname, "Let’s Move", "Mrs. Grievance")
    if (!labelApplied(sentence.slice(Math.max(0, m.index - LABEL_REACH), m.index)) && !/^\p{Lu}/u.test(inner)) { continue; }
    // a sentence inside the marks (a quotation that ends, then more text) is not one phrase
    if (/[.!?;:]\s+\S/.test(inner.replace(/\b(?:Mrs|Mr|Ms|Dr|St|Jr|Sr)\./g, (t) => t.slice(0, -1)))) { continue; }
    const words = (inner.toLowerCase().match(QUOTED_WORD) ?? []).map((w) => w.replace(/['’]/g, ''));
    // ("a “feminist nightmare”" / "“a feminist nightmare,”": the article is not the label's)
    if (words[0] === 'a' || words[0] === 'an' || words[0] === 'the') { words.shift(); }
    if (words.length < 2 || words.length > MAX_QUOTED_WORDS) { continue; }
    if (!words.some((w) => w.length >= 4 && !isStopword(w) && !/^\d/.test(w))) { continue; }
    out.add('q:' + words.join(' '));
  }
  return [...out];
}

/** Is there a reporting or naming verb, or "as", among the words before a quoted label, in its clause? */
function labelApplied(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—')) + 1);
  WORD_BEFORE.lastIndex = 0;
  for (let w = WORD_BEFORE.exec(clause); w; w = WORD_BEFORE.exec(clause)) {
    const low = w[0].toLowerCase();
    if (low === 'as' || low === 'so-called' || CUE_VERBS.has(low)) { return true; }
  }
  return false;
}

/** A capitalized word and a number after it ("Snapdragon 801", "USB 3.0", "IP 67", "IP67", "S5"), or a
 *  number with a letter code after it ("1080p", "4K", "4G"). */
const TERM = /(?<![\p{L}\p{N}.])(?:(\p{Lu}[\p{L}]*)[- ]?(\d+(?:\.\d+){0,2})(\p{L}{0,2})|(\d{1,4})([pPkKG]))(?![\p{L}\p{N}]|\.\d)/gu;
const SIZE_PREFIX = /(?<![\p{L}\p{N}])(?:[Mm]icro|[Mm]ini|[Nn]ano)-?(?=\p{Lu}{2,})/gu;
const NOT_NAMES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.toLowerCase()));
const MONTH_ABBREVIATIONS = new Set(MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase()));

/** The identifiers of a sentence used as attributes (with `anywhere`, every identifier: a headline's name its subject), normalized ("IP 67" and "IP67-rated" -> "IP67"),
 *  each once. An identifier counts where it modifies the word after it ("IP67-rated", "a USB 3.0 port",
 *  "the 1080p display", "4K video"): a spec stated of the story's subject. Where it names the subject
 *  itself ("the Note 3's camera", "on board MH370,") it is what many sentences are about, not a fact. */
export function identifierTerms(sentence: string, anywhere = false): string[] {
  const out = new Set<string>();
  // a size prefix glued to a standard's name is the standard's ("micro-USB 3.0", "microUSB 3.0", "nanoSIM"
  // name one port and one card as "USB 3.0" and "SIM" do)
  sentence = sentence.replace(SIZE_PREFIX, '');
  TERM.lastIndex = 0;
  for (let m = TERM.exec(sentence); m; m = TERM.exec(sentence)) {
    const end = m.index + m[0].length;
    const after = sentence.slice(end, end + 24);
    const before = sentence.slice(Math.max(0, m.index - 24), m.index);
    // an attribute of the noun after it ("IP67 rated", "a USB 3.0 port"), or the complement of a verb
    // or a spec word at the end of a clause ("the display is a 1080p,", "rated IP 67.")
    const modifier = ATTRIBUTE_AFTER.test(after) && !(/^\s/.test(after) && VERB_AFTER.test(after) && !SPEC_PARTICIPLE.test(after));
    const complement = /^(?:[,.;:)]|\s*$)/.test(after) && SPEC_VERB_BEFORE.test(before);
    // (a name and a dotted version, "Android 4.4.2", "Bluetooth 4.0", is a spec wherever the sentence puts
    // it, unless a verb makes it the clause's subject: versions name standards, not what a story is about)
    // (nor the possessor of the noun after it, "Android 4.4 KitKat's optimisations": the phrase is about it)
    // ("Syriza 26.9 percent" is a share: a version is small, or has two dots, and is followed by no measure word)
    const measured = !!quantityUnitAt(sentence, end) || !!durationUnitAt(sentence, end) || MEASURE_AFTER.test(after);
    const versioned = !!m[1] && /^(?:\d+\.\d+\.\d+|1?\d\.\d+)$/.test(m[2]) && !measured &&
      !(/^\s/.test(after) && VERB_AFTER.test(after)) && !POSSESSOR_AFTER.test(after);
    if (!modifier && !complement && !versioned && !anywhere) { if (m[1]) { TERM.lastIndex = m.index + m[1].length; } continue; }
    if (m[4]) { out.add(m[4] + m[5].toUpperCase()); continue; }
    const word = m[1];
    const low = word.toLowerCase();
    // (the number may still be a code of its own: "A 1080p display")
    const retry = () => { TERM.lastIndex = m!.index + word.length; };
    // "March 8", "In 2010": a date or a sentence start
    if (NOT_NAMES.has(low) || MONTH_ABBREVIATIONS.has(low) || isStopword(low)) { retry(); continue; }
    // a year after a name is a date of it ("Obama 2008"), not an identifier
    if (/^(?:1[89]|20)\d\d$/.test(m[2])) { retry(); continue; }
    // joined letters in capitals ("IP67", "LPDDR3"), a short name in capitals and a number ("USB 3.0",
    // "IP 67") or a name and a dotted version ("Android 4.4.2"); a name and a plain number ("Arsenal 594",
    // "Chapter 11") is a table row or a title, not a code
    const joined = !/[- ]/.test(sentence.charAt(m.index + word.length));
    const capitals = word === word.toUpperCase();
    // ("Snapdragon 801 processor": a name and a model number of three or more digits before the noun it names)
    if (!(capitals && (joined || word.length <= 5)) && !m[2].includes('.') && !(m[2].length >= 3 && !m[3])) { retry(); continue; }
    out.add((word + m[2] + m[3]).toUpperCase());
  }
  return [...out];
}

/** A verb after the identifier makes it the subject of its clause ("MH370 disappeared", "the G20 has"):
 *  a past form, an auxiliary or a common irregular verb. (A hyphen joins an attribute: "IP67-rated".) */
const VERB_AFTER = /^\s+(?:\p{Ll}+ed|is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|went|came|made|took|left|flew|began|became|says|said)\b/u;
/** Words after a number that make it a figure, not a version ("26.9 percent", "4.5 points"); units are
 *  read by the figure extractor's own tables. */
const MEASURE_AFTER = /^\s*(?:%|per\s?cent\b|percent\b|points?\b|seats?\b|votes?\b|million\b|billion\b|thousand\b|times\b)/i;
/** A possessive after an identifier or the name that goes on it ("Android 4.4's", "Android 4.4 KitKat's"). */
const POSSESSOR_AFTER = /^(?:\s+\p{Lu}[\p{L}]*)?['’]s\b/u;
/** Participles that describe a spec rather than tell what the subject did ("IP67 rated", "Qi certified"). */
const SPEC_PARTICIPLE = /^\s+(?:rated|certified|based|powered|enabled|equipped|compliant|compatible|capable)\b/;
/** A verb that states a spec, before its complement ("is a 1080p", "rated IP 67", "runs Android 4.4.2"). */
const SPEC_VERB_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|rated|runs|running|has|have|offers|features|uses|certified)\s+(?:an?\s+|the\s+)?$/u;
/** After an attribute: the word it modifies, in lower case, joined by a hyphen or a space ("-rated", " port"). */
const ATTRIBUTE_AFTER = /^(?:-|\s)(?!(?:and|or|the|of|in|on|at|to|per|percent|points?|seats?|votes?|million|billion|thousand)\b)\p{Ll}{2,}/u;

/** A run of one-word items joined by commas and a last "and" / "or" ("black, blue, gold, and white"). */
const LIST = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}-]*(?:,\s+\p{Ll}[\p{Ll}-]*)+,?\s+(?:and|or)\s+\p{Ll}[\p{Ll}-]*(?![\p{L}\p{N}'’-])/gu;
const LIST_SPLIT = /,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/u;

/** The lists of three or more one-word items a sentence gives ("comes in black, blue, gold, and white"),
 *  each as the set of its items ("l:black blue gold white"): outlets listing the same options (colours,
 *  sizes, models) list the same set in their own order, "black, white, gold, or blue", so two sentences of
 *  a story giving one set state the same thing. Items are content words of three letters or more. Written
 *  by hand: it reads the punctuation of a list, which the tokenizer drops. */
export function listTerms(sentence: string): string[] {
  const out = new Set<string>();
  LIST.lastIndex = 0;
  for (let m = LIST.exec(sentence); m; m = LIST.exec(sentence)) {
    const items = m[0].split(LIST_SPLIT);
    if (items.length < 3 || items.some((w) => w.length < 3 || isStopword(w))) { continue; }
    out.add('l:' + [...new Set(items)].sort().join(' '));
  }
  return [...out];
}

