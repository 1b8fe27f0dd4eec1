// fast-check arbitraries for hostile article text: news-like fragments (names, figures, quotes,
// cue verbs, page chrome) mixed with what breaks naive scanners (combining marks, emoji and lone
// surrogates, unmatched and nested quote marks, long digit runs, NUL, lone CR, glued words).
import fc from 'fast-check';

const WORDS = [
  'the', 'and', 'said', 'told', 'according to', 'added', 'of', 'in', 'on', 'a', 'was', 'minister', 'storm',
  'people', 'dead', 'killed', 'billion', 'million', 'percent', 'per cent', 'km/h', 'tonnes', 'year', 'years',
  'roughly', 'more than', 'at least', 'about', 'nearly', 'first', 'months', 'between', 'fourth-largest',
  'saidthe', 'Vietnamandthe', 'ofthe', 'EUand', // glued words as scraped text has them
];

const NAMES = [
  'European Union', 'EU', 'António Costa', 'Antonio Costa', 'Costa', 'Mayor Fournier', 'Port Calder', 'Reuters',
  'Hà Nội', 'Việt Nam', 'Vietnam', 'United States', 'U.S.', 'Mr. Smith', 'Dr. Ngô Bảo Châu', 'Москва', '北京',
  'القاهرة', 'Zoë Ångström', 'NATO', 'the Prime Minister', 'Ursula von der Leyen', 'McDonald', "O'Brien",
];

const FIGURES = [
  '40%', '40 %', '$66.8 billion', '€67 billion ($79 billion)', '£1,200', '¥5', '₫20,000', '14', 'sixteen',
  '1998', '1,000,000', '3.5', '-2', '+7', '0.000', '1e9', '12th', '9 months', '10 months of 2026', 'March 3, 2026',
  '3/4', '2019-2024', '190 km/h', '25%', 'one hundred and five', '₹', '$', '€', '%', '1.2.3.4', '99.9999999999',
  '１２３', '٣٤٥', '½', 'Q3 2025', '7:30', '2026-11-23',
];

const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '"', '“', '”', '(', ')', '[', ']', '—', '–', '-', '…', ':', ';', ',', '.', '!', '?'];

const CHROME = [
  'Advertisement', 'Share this article', 'Read more:', '© 2026 Reuters. All rights reserved.', 'Home | News | Sport | World',
  'By Marta Quill', 'Photo: AFP', 'Updated: 10:41, 27/01/2026', 'Your browser does not support HTML5 video',
  'Comments (12)', 'Hotline: +84 24 1234 5678', '-----', '• Related story headline here', 'www.example.com/x',
];

const HOSTILE = [
  '\0', '\r', '\r\n', '\n', '\n\n', '\t', '\u00a0', '\u200b', '\u2028', '\ufeff', 'e\u0301', 'a\u0308\u0301\u0323',
  '\u0301', '👍🏽', '🇪🇺', '👨‍👩‍👧', '𝔘𝔫𝔦', '\ud800', '\udc00', '\udbff\udfff', '\u202e', 'ﬁ', 'İ', 'ß', 'Σ',
];

// Built on first use, not at import: fast-check checks each string unit against its list of
// dangerous strings when the arbitrary is made, which costs ~2 s for the 'binary' unit and would
// otherwise be paid by every run that merely loads this file (the fast unit lane skips the fuzzing).
let fragmentArb: fc.Arbitrary<string> | undefined;
const fragment = (): fc.Arbitrary<string> => fragmentArb ??= fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...CHROME) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,40}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  // A quote around a few words, the commonest well-formed shape.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('"', '“', '‘', '«'), fc.constantFrom(...WORDS, ...NAMES), fc.constantFrom('"', '”', '’', '»', '')).map(([o, w, c]) => `${o}${w}${c}`) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', ', ', '. ', '\n', '\r\n', '\r', '\n\n', '  ', '\t');

/** Texts of up to ~100 fragments: sentence-ish runs of words, names, figures, marks and junk. */
export function adversarialText(maxFragments = 60): fc.Arbitrary<string> {
  return fc.array(fc.tuple(fragment(), separator), { maxLength: maxFragments })
    .map((parts) => parts.map(([f, s]) => f + s).join(''));
}
