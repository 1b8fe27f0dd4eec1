// A language bundle: every word list the engine reads, as data tables, plus the locale of the
// tokenizer and sentence segmenter. AnalyseOptions.language selects one (default: en). `compile`
// turns a bundle into the lookup sets the extractors read, once per bundle object (memoized by
// identity), never per document or per token.
import { formsOf, inflect, type FormCode } from './en/inflect';
import type { ReportingVerb } from './en/reporting';
import type { AbbreviationRow, TitleRow } from './en/titles';
import type { GenderWordRow, PronounRow } from './en/pronouns';
import type { ParticleRow } from './en/names';

export interface LanguageBundle {
  /** BCP 47 code of the language ("en"). */
  readonly code: string;
  /** Locale of Intl.Segmenter (sentences) and Intl.DisplayNames / DateTimeFormat data. */
  readonly locale: string;
  readonly reportingVerbs: readonly ReportingVerb[];
  readonly titles: readonly TitleRow[];
  readonly titleAbbreviations: readonly AbbreviationRow[];
  readonly pronouns: readonly PronounRow[];
  readonly genderWords: readonly GenderWordRow[];
  readonly nameParticles: readonly ParticleRow[];
  readonly quoteWords: {
    readonly subjectFillers: readonly string[];
    readonly officeWords: readonly string[];
    readonly orgWords: readonly string[];
    readonly nonNameCaps: readonly string[];
    readonly groupSources: readonly string[];
  };
  readonly entityCues: {
    readonly roleNouns: readonly string[];
    readonly orgHeads: readonly string[];
    readonly ofHeads: readonly string[];
    readonly placeHeads: readonly string[];
    readonly placePrefixes: readonly string[];
    readonly thingHeads: readonly string[];
    readonly thingPrefixes: readonly string[];
    readonly stopwords: readonly string[];
    readonly nonEntityAcronyms: readonly string[];
    readonly orgRegions: readonly string[];
    readonly placePrepositions: readonly string[];
    readonly glueWords: readonly string[];
    readonly irregularDemonyms: readonly string[];
    readonly extraRegionAcronyms: Readonly<Record<string, string>>;
    readonly extraRegionNames: Readonly<Record<string, string>>;
  };
  /** The fact model's lexical classes (en/facts.ts). */
  readonly facts: {
    readonly predicateClasses: ReadonlyArray<readonly [string, readonly string[]]>;
    readonly eventClasses: ReadonlySet<string>;
  };
}

/** What quote attribution looks words up in. */
export interface QuoteLexicon {
  readonly cues: ReadonlySet<string>;
  readonly weakCues: ReadonlySet<string>;
  readonly namingCues: ReadonlySet<string>;
  readonly cueParticles: ReadonlyMap<string, string>;
  readonly titles: ReadonlySet<string>;
  readonly titleAbbreviations: ReadonlySet<string>;
  /** Abbreviations as written (case-sensitive) that end a token before a cue ("Inc", "No", "vs"). */
  readonly writtenAbbreviations: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  readonly groupPronouns: ReadonlySet<string>;
  readonly otherPronouns: ReadonlySet<string>;
  readonly maleHonorifics: ReadonlySet<string>;
  readonly femaleHonorifics: ReadonlySet<string>;
  /** Pronouns of any case with their gender ("his" -> m). */
  readonly pronounGender: ReadonlyMap<string, 'm' | 'f'>;
  /** Kinship nouns, singular and plural, with the gender of the person they name ("daughters" -> f). */
  readonly kinGender: ReadonlyMap<string, 'm' | 'f'>;
  /** An honorific title right before a position ("Mr. ", "Queen "), capturing it as written. */
  readonly honorificBefore: RegExp;
  readonly subjectFillers: ReadonlySet<string>;
  readonly officeWords: ReadonlySet<string>;
  readonly orgWords: ReadonlySet<string>;
  readonly nonNameCaps: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly groupSources: ReadonlySet<string>;
}

/** What the entity rules and the NER features look words up in (words as written). */
export interface EntityLexicon {
  readonly titles: ReadonlySet<string>;
  readonly titleModifiers: ReadonlySet<string>;
  readonly cueVerbs: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly ofHeads: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly placePrefixes: ReadonlySet<string>;
  readonly thingHeads: ReadonlySet<string>;
  readonly thingPrefixes: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly nonEntityAcronyms: ReadonlySet<string>;
  readonly orgRegions: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly glueWords: ReadonlySet<string>;
  readonly irregularDemonyms: ReadonlySet<string>;
}

export interface Lexicon {
  readonly bundle: LanguageBundle;
  readonly quotes: QuoteLexicon;
  readonly entities: EntityLexicon;
  /** Abbreviations (lower case) after which a full stop does not end a sentence. */
  readonly sentenceAbbreviations: ReadonlySet<string>;
}

/** `make` memoized by the identity of its argument (a bundle or one of its lexicons): what is built from
 *  a bundle is built once, never per document. */
export function perBundle<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let v = made.get(key);
    if (v === undefined) { v = make(key); made.set(key, v); }
    return v;
  };
}

/** The bundle's lookup tables, built on first use and shared by every document analysed with it. */
export const compile: (bundle: LanguageBundle) => Lexicon = perBundle(build);

const usesOf = (uses: string): string[] => uses.split(/\s+/).filter(Boolean);
const has = (uses: string, use: string): boolean => usesOf(uses).includes(use);
const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Every form of every verb whose row lists `use` (form codes, or true for all of the quote forms). */
export function verbForms(verbs: readonly ReportingVerb[], pick: (v: ReportingVerb) => string | undefined): string[] {
  const out: string[] = [];
  for (const v of verbs) {
    const codes = pick(v);
    if (codes) { out.push(...formsOf(inflect(v.lemma, v.past), codes)); }
  }
  return out;
}

function build(b: LanguageBundle): Lexicon {
  const verbs = b.reportingVerbs;
  const cueParticles = new Map<string, string>();
  for (const v of verbs) {
    if (v.particle && v.quote) { for (const f of formsOf(inflect(v.lemma, v.past), v.quote)) { cueParticles.set(f, v.particle); } }
  }
  const titleWritten = (t: TitleRow): string => t.written ?? capitalize(t.title);
  const honorifics = b.titles.filter((t) => t.honorific).map(titleWritten);
  const quotes: QuoteLexicon = {
    cues: new Set(verbForms(verbs, (v) => v.quote)),
    weakCues: new Set(verbForms(verbs, (v) => v.weak)),
    namingCues: new Set(verbForms(verbs, (v) => (v.naming ? v.quote : undefined))),
    cueParticles,
    titles: new Set(b.titles.filter((t) => has(t.uses, 'speaker')).map((t) => t.title)),
    titleAbbreviations: new Set(b.titleAbbreviations.filter((a) => has(a.uses, 'name')).map((a) => a.abbr)),
    writtenAbbreviations: new Set(b.titleAbbreviations.filter((a) => has(a.uses, 'cue')).map((a) => a.written ?? capitalize(a.abbr))),
    personPronouns: new Set(b.pronouns.filter((p) => p.refers === 'person').map((p) => p.pronoun)),
    groupPronouns: new Set(b.pronouns.filter((p) => p.refers === 'group').map((p) => p.pronoun)),
    otherPronouns: new Set(b.pronouns.filter((p) => p.refers === 'other').map((p) => p.pronoun)),
    maleHonorifics: new Set(b.titles.filter((t) => t.gender === 'm').map((t) => t.title)),
    femaleHonorifics: new Set(b.titles.filter((t) => t.gender === 'f').map((t) => t.title)),
    pronounGender: new Map(b.genderWords.filter((g) => g.use === 'pronoun').map((g) => [g.word, g.gender])),
    kinGender: new Map(b.genderWords.filter((g) => g.use === 'kin').flatMap((g) => [[g.word, g.gender], [g.word + 's', g.gender]] as Array<[string, 'm' | 'f']>)),
    honorificBefore: new RegExp(`\\b(${honorifics.map(escapeRe).join('|')})\\.?\\s+$`),
    subjectFillers: new Set(b.quoteWords.subjectFillers),
    officeWords: new Set(b.quoteWords.officeWords),
    orgWords: new Set(b.quoteWords.orgWords),
    nonNameCaps: new Set(b.quoteWords.nonNameCaps),
    nameParticles: new Set(b.nameParticles.filter((p) => has(p.uses, 'quote')).map((p) => p.particle)),
    groupSources: new Set(b.quoteWords.groupSources),
  };
  const c = b.entityCues;
  const entities: EntityLexicon = {
    titles: new Set(b.titles.filter((t) => has(t.uses, 'name')).map(titleWritten)),
    titleModifiers: new Set(b.titles.filter((t) => has(t.uses, 'modifier')).map(titleWritten)),
    cueVerbs: new Set(verbForms(verbs, (v) => v.person)),
    nameParticles: new Set(b.nameParticles.filter((p) => has(p.uses, 'entity')).map((p) => p.particle)),
    roleNouns: new Set(c.roleNouns),
    orgHeads: new Set(c.orgHeads),
    ofHeads: new Set(c.ofHeads),
    placeHeads: new Set(c.placeHeads),
    placePrefixes: new Set(c.placePrefixes),
    thingHeads: new Set(c.thingHeads),
    thingPrefixes: new Set(c.thingPrefixes),
    stopwords: new Set(c.stopwords),
    nonEntityAcronyms: new Set(c.nonEntityAcronyms),
    orgRegions: new Set(c.orgRegions),
    placePrepositions: new Set(c.placePrepositions),
    glueWords: new Set(c.glueWords),
    irregularDemonyms: new Set(c.irregularDemonyms),
  };
  const sentenceAbbreviations = new Set(b.titleAbbreviations.filter((a) => has(a.uses, 'sentence')).map((a) => a.abbr));
  return { bundle: b, quotes, entities, sentenceAbbreviations };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type { FormCode };
