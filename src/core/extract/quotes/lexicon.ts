// The word lists quote attribution reads, from the English language bundle (src/core/lang/en):
// reporting verbs (reporting.ts, forms generated), titles and abbreviations (titles.ts), pronouns
// (pronouns.ts), name particles (names.ts) and the other closed classes (quoteWords.ts).
import { compile, type QuoteLexicon } from '../../lang/bundle';
import { en } from '../../lang/en';

const Q: QuoteLexicon = compile(en).quotes;

export const CUE_VERBS = Q.cues;
export const CUE_PARTICLES = Q.cueParticles;
export const NAMING_CUES = Q.namingCues;
export const WEAK_CUES = Q.weakCues;
export const PERSON_PRONOUNS = Q.personPronouns;
export const GROUP_PRONOUNS = Q.groupPronouns;
export const OTHER_PRONOUNS = Q.otherPronouns;
export const SUBJECT_FILLERS = Q.subjectFillers;
export const TITLES = Q.titles;
export const TITLE_ABBREVIATIONS = Q.titleAbbreviations;
export const OFFICE_WORDS = Q.officeWords;
export const ORG_WORDS = Q.orgWords;
export const NON_NAME_CAPS = Q.nonNameCaps;
export const NAME_PARTICLES = Q.nameParticles;
export const GROUP_SOURCES = Q.groupSources;
export const MALE_HONORIFICS = Q.maleHonorifics;
export const FEMALE_HONORIFICS = Q.femaleHonorifics;
export const HONORIFIC_BEFORE = Q.honorificBefore;
export const WRITTEN_ABBREVIATIONS = Q.writtenAbbreviations;
