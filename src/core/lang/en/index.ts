// The English language bundle: every English word list of the engine, as data tables.
import type { LanguageBundle } from '../bundle';
import { EVENT_CLASSES, PREDICATE_CLASSES } from './facts';
import * as cues from './entityCues';
import { NAME_PARTICLES } from './names';
import { GENDER_WORDS, PRONOUNS } from './pronouns';
import * as quoteWords from './quoteWords';
import { REPORTING_VERBS } from './reporting';
import { TITLE_ABBREVIATIONS, TITLES } from './titles';

export const en: LanguageBundle = {
  code: 'en',
  locale: 'en',
  reportingVerbs: REPORTING_VERBS,
  titles: TITLES,
  titleAbbreviations: TITLE_ABBREVIATIONS,
  pronouns: PRONOUNS,
  genderWords: GENDER_WORDS,
  nameParticles: NAME_PARTICLES,
  quoteWords: {
    subjectFillers: quoteWords.SUBJECT_FILLERS,
    officeWords: quoteWords.OFFICE_WORDS,
    orgWords: quoteWords.ORG_WORDS,
    nonNameCaps: quoteWords.NON_NAME_CAPS,
    groupSources: quoteWords.GROUP_SOURCES,
  },
  entityCues: {
    roleNouns: cues.ROLE_NOUNS,
    orgHeads: cues.ORG_HEADS,
    ofHeads: cues.OF_HEADS,
    placeHeads: cues.PLACE_HEADS,
    placePrefixes: cues.PLACE_PREFIXES,
    thingHeads: cues.THING_HEADS,
    thingPrefixes: cues.THING_PREFIXES,
    stopwords: cues.STOPWORDS,
    nonEntityAcronyms: cues.NON_ENTITY_ACRONYMS,
    orgRegions: cues.ORG_REGIONS,
    placePrepositions: cues.PLACE_PREPOSITIONS,
    glueWords: cues.GLUE_WORDS,
    irregularDemonyms: cues.IRREGULAR_DEMONYMS,
    extraRegionAcronyms: cues.EXTRA_REGION_ACRONYMS,
    extraRegionNames: cues.EXTRA_REGION_NAMES,
  },
  facts: { predicateClasses: PREDICATE_CLASSES, eventClasses: EVENT_CLASSES },
};
