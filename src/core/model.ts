// The plain data types every layer shares. Offsets are UTF-16 code-unit indices into the
// document text exactly as VS Code's TextDocument.getText() returns it (BOM removed,
// line endings kept). For every span with `text`: text === documentText.slice(start, end).

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity extends TextSpan {
  type: EntityType;
  /** Canonical key, identical for every alias of the same real-world entity across all documents,
   *  e.g. "person:antonio-costa", "organization:european-union", "place:united-states". */
  key: string;
  /** Id of the user's correction that set its type or key (src/core/annotations/apply.ts). */
  correction?: string;
}

export type FigureKind = 'percent' | 'money' | 'year' | 'date' | 'count' | 'ordinal' | 'quantity' | 'duration' | 'time';

/** Approximation / bound words kept beside the value: "roughly 40%" -> 'approx'. */
export type Qualifier = 'approx' | 'over' | 'under' | 'at-least' | 'at-most' | 'exact';

export interface Figure extends TextSpan {
  kind: FigureKind;
  /** Normalized number: 40% -> 40; "$66.8 billion" -> 66800000000; year -> 2019; date -> epoch-free
   *  null (see iso); ordinal "fourth-largest" -> 4; duration "35 years" -> 35 (unit "year"); time of day
   *  "9:20 p.m." -> 1280 (minutes after midnight, iso "21:20"). */
  value: number | null;
  /** ISO 4217 for money, "%" for percent, unit word for quantities/durations/counts, else null. */
  unit: string | null;
  /** ISO 8601: YYYY-MM-DD or YYYY-MM for kind "date", hh:mm for kind "time", else null. */
  iso: string | null;
  qualifier?: Qualifier;
  /** The qualifier's surface words ("roughly", "more than"), when present. */
  qualifierText?: string;
  /** What a count/ordinal/quantity counts or ranks: "people", "raids", "largest trading partner". */
  counted?: string;
  /** The period or window the figure covers, when stated: "first 11 months of 2025", "between 2019 and 2024". */
  period?: Period;
  /** Another figure in the same parenthetical/alternative giving the same amount ("€67 billion ($79 billion)"). */
  equivalentOf?: number;
  /** Why a money figure has no unit, or how it was read: "cents: currency not stated". */
  note?: string;
}

export interface Period {
  text: string;
  /** Normalized window: e.g. {from:'2019', to:'2024'}, {months: 11, year: 2025}. */
  from?: string;
  to?: string;
  months?: number;
  year?: number;
}

export type QuoteKind = 'speech' | 'scare';

export interface Quote extends TextSpan {
  /** Surface form of the resolved speaker, or null. */
  speaker: string | null;
  /** Canonical entity key of the speaker, or null. */
  speakerKey: string | null;
  /** Attribution verb ("said", "added", "told", "according to"), or null. */
  cue: string | null;
  /** 'speech' for attributed/reported speech, 'scare' for scare quotes and coined terms. */
  quoteKind: QuoteKind;
  /** The words between the marks. */
  inner: Span;
  /** Where the speaker's name (or the pronoun resolved to it) stands in the text, when found. */
  speakerSpan?: Span;
  /** Id of the user's correction that set the speaker. */
  correction?: string;
}

export interface Sentence extends Span {
  /** Index of the paragraph (block separated by blank lines or a line break) it belongs to. */
  paragraph: number;
}

export type BoilerplateReason =
  | 'navigation'
  | 'widget'
  | 'related'
  | 'video'
  | 'footer'
  | 'credit'
  | 'dateline'
  | 'repeated'
  | 'other';

export interface Boilerplate extends Span {
  reason: BoilerplateReason;
  /** Id of the user's correction that marked it page chrome. */
  correction?: string;
}

/** Everything the per-document engine finds in one text. Pure data, structured-clone safe. */
export interface DocumentAnalysis {
  /** Caller's id for the document (relative path in the CLI, uri string in the editor). */
  id: string;
  version?: number;
  length: number;
  title: string | null;
  /** Span of the title line, when there is one. */
  titleSpan: Span | null;
  boilerplate: Boilerplate[];
  sentences: Sentence[];
  quotes: Quote[];
  figures: Figure[];
  entities: Entity[];
  /** One fact per figure, dated event and reported quote, with its slots (src/core/facts). */
  facts?: Fact[];
  /** The date the article was published or filed, when its own text says (ISO YYYY-MM-DD). */
  reported?: string | null;
  /** The day of a developing story the text reports from, when it says ("for a third day" -> 3). */
  reportedDay?: number | null;
  /** The outlet the file is named after, as its page chrome writes it ("Coastal Times"), or null. */
  outlet?: string | null;
  /** Milliseconds the analysis took, for the status bar and benchmarks. */
  elapsedMs?: number;
}

// ---------------------------------------------------------------- facts

/** What a fact's value is doing in its clause. Only measurements and quotes are compared. */
export type FactRole =
  | 'measurement'  // "killed 14 people"
  | 'label'        // part of a name or model: "Galaxy S5", "Flight 370", "31mm (35mm equivalent)"
  | 'conversion'   // the same amount in other units: "2,500km (1,550 miles)" -> the miles
  | 'old'          // the value before a change: "cut from €10m to €3m" -> €10m
  | 'window'       // a year or period that dates another figure: "between 2019 and 2024"
  | 'capacity'     // a design limit, not a measured value: "built for waves of up to 6 metres"
  | 'rank';        // a position in a ranking: "fourth largest"

export interface FactValue {
  /** Closed interval of the values the text allows: "more than 1,000" -> [1000.0001, Infinity];
   *  "about 500" -> [450, 550]; "67 billion" -> [66.5e9, 67.5e9] (rounding of the last digit). */
  lo: number;
  hi: number;
  /** The value as written, with its qualifier ("more than 1,000km"). */
  text: string;
  /** ISO date or year for dates. */
  iso?: string | null;
  unit?: string | null;
}

export interface Fact extends Span {
  /** Stable within the document: "f3". */
  id: string;
  kind: 'figure' | 'date' | 'quote';
  /** The sentence the fact is read from. */
  sentence: Span;
  /** Figure kind for figures and dates ("count", "money", "year", ...). */
  figureKind?: FigureKind;
  value?: FactValue;
  /** The counted or measured thing, lemmatized: "person", "seat", "vote", "age", "magnitude". */
  measure: string | null;
  /** The event or verb class the value belongs to: "death" for killed/died/dead/death toll. */
  predicate: string | null;
  /** Who or what the value belongs to: an entity key, or a noun phrase ("np:driver"). */
  holder: string | null;
  /** Part-of or place markers: "another", "including", "at the station". */
  scope: string | null;
  /** The time or window the value covers ("since friday", "overnight", "first 11 months of 2025"). */
  time: string | null;
  role: FactRole;
  /** Dated events: content-word stems around the date, what the event is about ("treati", "wall"). */
  objects?: string[];
  /** Dated events: those of `objects` right next to the date (three words before it, two after):
   *  "radicalized in 2010", "his radicalisation in 2010". */
  near?: string[];
  /** Amounts in a unit: the stuff the amount is of ("2GB of RAM", "RAM: 2GB" -> "ram"), lemmatized.
   *  Two amounts of one stuff may agree whatever their verbs; never a contradiction on its own. */
  stuff?: string;
  /** A rate: what the value is per, read right after it ("$100,000 a day", "£760m a year", "£6.6m a
   *  fixture" -> "day", "year", "fixture"). A rate never agrees with a rate per another thing, nor with a
   *  total that a bound lets it meet ("at least $100,000 a day" / "$11.4 million"). */
  per?: string;
  /** Counts of a clause's subject: the amount its verb governs ("8 clubs have spent £1bn" ->
   *  "money:GBP:950000000:1050000000"), kind:unit:lo:hi. Counts under different conditions are different facts. */
  condition?: string;
  /** One of several like values in its sentence ("ND 29.7%, Syriza 26.9%"), aligned by holder. */
  inList?: boolean;
  /** Stated as unconfirmed ("may be involved", "reportedly killed", "is believed to"): it may agree
   *  with another source, never contradict one. */
  hedged?: boolean;
  /** Quotes: the speaker's key and the quoted words (normalized, brackets and ellipses removed). */
  speakerKey?: string | null;
  speaker?: string | null;
  words?: string[];
}

// ---------------------------------------------------------------- claims

export type ConflictKind = 'figure' | 'year' | 'date' | 'quote-wording' | 'other';

export interface Passage extends Span {
  doc: string;
  text: string;
}

export interface Evidence extends Passage {
  score: number;
  /** The fact's own span inside the passage (the figure or quote the link is about), when known. */
  focus?: Span;
  /** Id of the user's correction that made, confirmed or changed this link. */
  correction?: string;
}

export interface ConflictEvidence extends Evidence {
  kind: ConflictKind;
  /** A reason a person understands: "2019 vs 2020: same event, different year". */
  reason: string;
  /** Word-level difference for quote-wording conflicts. */
  diff?: WordDiff[];
  /** The figures or quotes in each passage that disagree. */
  ours?: Span;
  theirs?: Span;
}

export interface WordDiff {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** A passage in another document that talks about the same thing but not comparably
 *  (a different window or a different event): shown, never counted as a conflict. */
export interface RelatedEvidence extends Evidence {
  note: string;
}

/** The same fact reported later with another value (a developing toll): a timeline, not a conflict. */
export interface UpdateEvidence extends Evidence {
  /** The value this passage gives ("29"). */
  value: string;
  /** The reporting date of the passage's document, when known. */
  reported: string | null;
  ours?: Span;
  theirs?: Span;
}

/** The same quote worded differently without a change of meaning (order, a word added or dropped). */
export interface VariantEvidence extends Evidence {
  reason: string;
  diff?: WordDiff[];
  ours?: Span;
  theirs?: Span;
}

/** What a claim is about: its anchor fact, in words, and the competing values with their sources. */
export interface ClaimFact {
  /** "killed (person)", "year built (sea wall)", "quote of Inès Fournier". */
  subject: string;
  kind: Fact['kind'];
  /** The anchor fact's id in its document's `facts`. */
  factId: string;
  measure: string | null;
  predicate: string | null;
  holder: string | null;
  /** Each distinct value with the documents that give it, the anchor's first. */
  values: Array<{ value: string; docs: string[] }>;
}

export interface Claim extends Passage {
  id: string;
  corroborating: Evidence[];
  conflicting: ConflictEvidence[];
  related?: RelatedEvidence[];
  updates?: UpdateEvidence[];
  variants?: VariantEvidence[];
  fact?: ClaimFact;
  /** The anchor fact's span inside the claim passage. */
  focus?: Span;
  /** Sources that state the claim (this document and the corroborating ones), and how many of them
   *  are independent (near-verbatim copies of one wire story count once). */
  sources?: number;
  independent?: number;
  /** Entity keys and figure kinds the claim carries (used for display and filtering). */
  entityKeys?: string[];
  figureKinds?: FigureKind[];
  /** The story (Story.id) the claim belongs to: every passage of a claim is from one story. */
  story?: string;
  /** Ids of the user's corrections that changed this claim's links (a dismissed link leaves only this). */
  corrections?: string[];
}

/** Documents grouped by what they share (src/core/claims/stories.ts). */
export interface Story {
  /** "s1", "s2", ...: the largest story first. */
  id: string;
  /** Its headline words: "Storm Iris, Port Calder". */
  title: string;
  /** Document ids, in id order. */
  documents: string[];
}

// ---------------------------------------------------------------- report (spec/analysis-report.md)

export interface ReportDocument {
  path: string;
  encoding: string;
  title: string | null;
  boilerplate: Span[];
  quotes: Array<TextSpan & { speaker: string | null; speakerKey: string | null; cue: string | null }>;
  figures: Array<TextSpan & { kind: FigureKind; value: number | null; unit: string | null; iso: string | null }>;
  entities: Array<TextSpan & { type: EntityType; key: string }>;
}

export interface AnalysisReport {
  version: 1;
  root: string;
  documents: ReportDocument[];
  claims: Array<{
    id: string;
    doc: string;
    start: number;
    end: number;
    text: string;
    corroborating: Array<{ doc: string; start: number; end: number; text: string; score: number }>;
    conflicting: Array<{
      doc: string;
      start: number;
      end: number;
      text: string;
      kind: ConflictKind;
      reason: string;
      score: number;
    }>;
    /** Extra (the spec welcomes extras): passages about the same thing that cannot be compared —
     *  another period or another event — with why. */
    related?: Array<{ doc: string; start: number; end: number; text: string; note: string; score: number }>;
  }>;
  warnings?: string[];
}
