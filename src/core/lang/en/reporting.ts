// Reporting verbs, one row per lemma; every inflected form is generated (inflect.ts). A row says which
// forms serve which use, because the uses differ in what they can afford to match:
//   quote  - forms that cue a quote's attribution ("said", "says", "saying"; no "continuing", which
//            is rarely speech);
//   weak   - forms that are as often nouns ("the remarks", "calls for"): cues only right after a named
//            or pronoun subject;
//   naming - naming verbs ("called the move a 'milestone'"): with a short quote, speech only when a
//            named speaker is the subject;
//   particle - the verb reports speech only with this particle ("pointed out", "shot back");
//   person - forms that mark the adjacent capitalized run as a person in the entity rules ("Costa
//            said", "said Tomas Reyes"); the NER tagger was trained with exactly these;
//   source - forms right after a name that make it the source of a figure, not its holder
//            ("police said 14 died", "Reuters reported 14 dead"): the fact model's attribution.
// Adding a reporting verb is one row here.
import type { FormCode } from './inflect';

export interface ReportingVerb {
  lemma: string;
  /** Irregular past ("said"); otherwise generated. */
  past?: string;
  /** Form codes (b, s, d, g) of each use; absent = not used. */
  quote?: string;
  weak?: string;
  naming?: boolean;
  particle?: string;
  person?: string;
  source?: string;
}

export type { FormCode };

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: 'say', past: 'said', quote: 'bsdg', person: 'sd', source: 'sd' },
  { lemma: 'tell', past: 'told', quote: 'bsdg', weak: 'b', person: 'sd', source: 'd' },
  { lemma: 'add', quote: 'bsdg', weak: 'bs', person: 'sd', source: 'd' },
  { lemma: 'state', quote: 'bsdg', weak: 'bs', person: 'sd', source: 'd' },
  { lemma: 'note', quote: 'bsdg', weak: 'bs', person: 'sd', source: 'd' },
  { lemma: 'emphasise', quote: 'bsdg', person: 'd' },
  { lemma: 'emphasize', quote: 'bsdg', person: 'd' },
  { lemma: 'stress', quote: 'bsdg', weak: 'b', person: 'sd' },
  { lemma: 'explain', quote: 'bsdg', person: 'sd' },
  { lemma: 'write', past: 'wrote', quote: 'bsdg', weak: 'g', person: 'sd', source: 'd' },
  { lemma: 'ask', quote: 'bsdg', weak: 'bsd', person: 'sd' },
  { lemma: 'reply', quote: 'bsdg', person: 'sd' },
  { lemma: 'argue', quote: 'bsdg', person: 'sd' },
  { lemma: 'claim', quote: 'bsdg', weak: 'bs', person: 'sd', source: 'd' },
  { lemma: 'warn', quote: 'bsdg', weak: 'g', person: 'sd', source: 'd' },
  { lemma: 'acknowledge', quote: 'bsdg', person: 'sd' },
  { lemma: 'insist', quote: 'bsdg', person: 'sd' },
  { lemma: 'announce', quote: 'bsdg', person: 'sd', source: 'd' },
  { lemma: 'declare', quote: 'bsdg', person: 'sd' },
  { lemma: 'urge', quote: 'bsdg', person: 'sd' },
  { lemma: 'admit', quote: 'bsdg', person: 'sd' },
  { lemma: 'recall', quote: 'bsdg', weak: 'bsd', person: 'sd' },
  { lemma: 'continue', quote: 'bsd', weak: 'bsd', person: 'sd' },
  { lemma: 'conclude', quote: 'bsd', weak: 'd', person: 'd' },
  { lemma: 'observe', quote: 'bsd', weak: 'd', person: 'sd' },
  { lemma: 'remark', quote: 'bsd', weak: 'bs', person: 'd' },
  { lemma: 'comment', quote: 'bsd', weak: 'bs', person: 'sd' },
  { lemma: 'confirm', quote: 'bsdg', person: 'sd', source: 'd' },
  { lemma: 'promise', quote: 'bsdg', weak: 'bs', person: 'd' },
  { lemma: 'vow', quote: 'bsdg', weak: 'bs', person: 'sd' },
  { lemma: 'maintain', quote: 'bsd', weak: 'bsd' },
  { lemma: 'caution', quote: 'bsd', weak: 'b' },
  { lemma: 'predict', quote: 'bsd', person: 'sd' },
  { lemma: 'tweet', quote: 'bsd', weak: 'bs', person: 'd' },
  { lemma: 'testify', quote: 'bsd' },
  { lemma: 'concede', quote: 'bsd' },
  { lemma: 'suggest', quote: 'bsd', person: 'sd' },
  { lemma: 'describe', quote: 'bsdg', naming: true, person: 'sd' },
  { lemma: 'call', quote: 'bsdg', weak: 'bs', naming: true, person: 'sd' },
  { lemma: 'dub', quote: 'bsd', naming: true },
  { lemma: 'term', quote: 'bd', weak: 'b', naming: true },
  { lemma: 'point', quote: 'bsd', weak: 'bs', particle: 'out', person: 'd' },
  { lemma: 'whisper', quote: 'bd' },
  { lemma: 'shout', quote: 'bd' },
  { lemma: 'exclaim', quote: 'bd' },
  { lemma: 'report', quote: 'bsd', weak: 'bs', source: 'd' },
  { lemma: 'respond', quote: 'bsdg', weak: 'b' },
  { lemma: 'answer', quote: 'bsd', weak: 'bs' },
  { lemma: 'charge', quote: 'bsd', weak: 'bs' },
  { lemma: 'quip', quote: 'bsd' },
  { lemma: 'joke', quote: 'bsd', weak: 'bs', person: 'd' },
  { lemma: 'boast', quote: 'bsd', weak: 'bs' },
  { lemma: 'complain', quote: 'bsd', weak: 'b' },
  { lemma: 'lament', quote: 'bsd', weak: 'bs' },
  { lemma: 'assert', quote: 'bsd' },
  { lemma: 'contend', quote: 'bsd' },
  { lemma: 'recount', quote: 'bsd' },
  { lemma: 'echo', quote: 'bsd', weak: 'bs' },
  { lemma: 'mention', quote: 'bsd', weak: 'bs' },
  { lemma: 'post', quote: 'bsd', weak: 'bsd', person: 'd' },
  { lemma: 'proclaim', quote: 'bsd' },
  { lemma: 'shoot', past: 'shot', quote: 'bsd', particle: 'back' },
  { lemma: 'fire', quote: 'bsd', particle: 'back' },
  { lemma: 'believe', person: 'sd' },
  { lemma: 'think', past: 'thought', person: 'sd' },
  { lemma: 'cite', person: 'sd' },
  { lemma: 'pledge', person: 'd' },
  { lemma: 'estimate', source: 'd' },
];
