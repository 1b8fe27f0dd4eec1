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
