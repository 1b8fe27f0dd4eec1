// Pronouns a quote's subject can be, with what they tell: gender and number of a person we can
// resolve, a group, or nothing we can name. One row per pronoun, lower case.

export interface PronounRow {
  pronoun: string;
  /** person: a resolvable single speaker; group: a collective speaker; other: never a named speaker. */
  refers: 'person' | 'group' | 'other';
  gender?: 'm' | 'f';
  number?: 'singular' | 'plural';
}

export const PRONOUNS: readonly PronounRow[] = [
  { pronoun: 'he', refers: 'person', gender: 'm', number: 'singular' },
  { pronoun: 'she', refers: 'person', gender: 'f', number: 'singular' },
  { pronoun: 'they', refers: 'group', number: 'plural' },
  { pronoun: 'we', refers: 'group', number: 'plural' },
  { pronoun: 'it', refers: 'other', number: 'singular' },
  { pronoun: 'i', refers: 'other', number: 'singular' },
  { pronoun: 'you', refers: 'other' },
  { pronoun: 'what', refers: 'other' },
  { pronoun: 'which', refers: 'other' },
  { pronoun: 'who', refers: 'other' },
  { pronoun: 'this', refers: 'other', number: 'singular' },
  { pronoun: 'that', refers: 'other', number: 'singular' },
];

/** Words that tell the gender of a person they refer to: pronouns in any case (counted after a
 *  mention: "Michelle Obama ... her"), and kinship nouns right before a name ("her husband Barack",
 *  "daughters Malia"). Plurals of the nouns are generated. */
export interface GenderWordRow {
  word: string;
  gender: 'm' | 'f';
  use: 'pronoun' | 'kin';
}

const row = (use: GenderWordRow['use'], gender: GenderWordRow['gender'], words: string): GenderWordRow[] =>
  words.trim().split(/\s+/).map((word) => ({ word, gender, use }));

export const GENDER_WORDS: readonly GenderWordRow[] = [
  ...row('pronoun', 'm', 'he him his himself'),
  ...row('pronoun', 'f', 'she her hers herself'),
  ...row('kin', 'm', 'husband son brother father grandfather grandson uncle nephew boyfriend widower stepfather stepson'),
  ...row('kin', 'f', 'wife wives daughter sister mother grandmother granddaughter aunt niece girlfriend widow stepmother stepdaughter'),
];
