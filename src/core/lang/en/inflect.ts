// English verb inflection for the closed word classes of the language layer: a lemma gives its
// third-person (-s), past (-ed) and gerund (-ing) forms by the regular spelling rules; the few
// irregular pasts are data, passed in the lemma's row. No run-time download, no per-token work:
// bundles call this once when they are built.

/** Form codes a table row lists its uses with: b = base ("say"), s = third person ("says"),
 *  d = past ("said"), g = gerund ("saying"). */
export type FormCode = 'b' | 's' | 'd' | 'g';

export interface VerbForms {
  b: string;
  s: string;
  d: string;
  g: string;
}

/** Stressed final syllables of longer verbs, which double their last consonant ("admitted"). One-syllable
 *  verbs ending consonant-vowel-consonant double by rule ("dubbed", "quipped"). */
export const DOUBLING_LEMMAS: ReadonlySet<string> = new Set([
  'admit', 'commit', 'omit', 'permit', 'submit', 'regret', 'refer', 'prefer', 'occur', 'rebut', 'compel', 'patrol',
]);

const SIBILANT = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y = /[^aeiou]y$/;
const CONSONANT_O = /[^aeiou]o$/;
const SHORT_CVC = /^(?:[^aeiou]*|[^aeiou]*qu)[aeiou][bdgklmnprt]$/;

function doubles(lemma: string): boolean {
  return DOUBLING_LEMMAS.has(lemma) || SHORT_CVC.test(lemma);
}

/** The four forms of a lemma; `past` overrides the regular past ("said", "told", "wrote"). */
export function inflect(lemma: string, past?: string): VerbForms {
  const dbl = doubles(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
  const s = SIBILANT.test(lemma) || CONSONANT_O.test(lemma) ? lemma + 'es'
    : CONSONANT_Y.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  const d = past ?? (lemma.endsWith('e') ? lemma + 'd'
    : CONSONANT_Y.test(lemma) ? lemma.slice(0, -1) + 'ied' : dbl + 'ed');
  const g = lemma.endsWith('ie') ? lemma.slice(0, -2) + 'ying'
    : lemma.endsWith('e') && !/(?:ee|ye|oe)$/.test(lemma) ? lemma.slice(0, -1) + 'ing' : dbl + 'ing';
  return { b: lemma, s, d, g };
}

/** The forms a row lists by code ("bsd" -> base, -s, past), in code order. */
export function formsOf(forms: VerbForms, codes: string): string[] {
  const out: string[] = [];
  for (const c of codes) {
    if (c !== 'b' && c !== 's' && c !== 'd' && c !== 'g') { throw new Error(`unknown form code ${c}`); }
    out.push(forms[c]);
  }
  return out;
}
