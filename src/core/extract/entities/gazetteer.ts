// The entity extractor's word lists, read from the English language bundle (src/core/lang/en):
// titles (titles.ts), reporting verbs (reporting.ts), name particles (names.ts) and the typing cues
// (entityCues.ts). These names stay for the rules and the NER features that import them.
import { compile } from '../../lang/bundle';
import { en } from '../../lang/en';
import { EXTRA_REGION_ACRONYMS as REGION_ACRONYMS, EXTRA_REGION_NAMES as REGION_NAMES } from '../../lang/en/entityCues';

const E = compile(en).entities;

export const TITLES = E.titles;
export const TITLE_MODIFIERS = E.titleModifiers;
export const ROLE_NOUNS = E.roleNouns;
export const CUE_VERBS = E.cueVerbs;
export const ORG_HEADS = E.orgHeads;
export const OF_HEADS = E.ofHeads;
export const PLACE_HEADS = E.placeHeads;
export const PLACE_PREFIXES = E.placePrefixes;
export const THING_HEADS = E.thingHeads;
export const STOPWORDS = E.stopwords;
export const NON_ENTITY_ACRONYMS = E.nonEntityAcronyms;
export const EXTRA_REGION_ACRONYMS: Readonly<Record<string, string>> = REGION_ACRONYMS;
export const EXTRA_REGION_NAMES: Readonly<Record<string, string>> = REGION_NAMES;
export const ORG_REGIONS = E.orgRegions;
export const NAME_PARTICLES = E.nameParticles;
export const PLACE_PREPOSITIONS = E.placePrepositions;
export const GLUE_WORDS = E.glueWords;
export const IRREGULAR_DEMONYMS = E.irregularDemonyms;
export const THING_PREFIXES = E.thingPrefixes;
