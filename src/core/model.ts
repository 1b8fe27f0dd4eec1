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
}

export type FigureKind = 'percent' | 'money' | 'year' | 'date' | 'count' | 'ordinal' | 'quantity' | 'duration';

/** Approximation / bound words kept beside the value: "roughly 40%" -> 'approx'. */
export type Qualifier = 'approx' | 'over' | 'under' | 'at-least' | 'at-most' | 'exact';

export interface Figure extends TextSpan {
  kind: FigureKind;
  /** Normalized number: 40% -> 40; "$66.8 billion" -> 66800000000; year -> 2019; date -> epoch-free
   *  null (see iso); ordinal "fourth-largest" -> 4; duration "35 years" -> 35 (unit "year"). */
  value: number | null;
  /** ISO 4217 for money, "%" for percent, unit word for quantities/durations/counts, else null. */
  unit: string | null;
  /** ISO 8601 (YYYY-MM-DD or YYYY-MM) for kind "date", else null. */
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
  /** Milliseconds the analysis took, for the status bar and benchmarks. */
  elapsedMs?: number;
}

// ---------------------------------------------------------------- claims

export type ConflictKind = 'figure' | 'year' | 'date' | 'quote-wording' | 'other';

export interface Passage extends Span {
  doc: string;
  text: string;
}

export interface Evidence extends Passage {
  score: number;
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

export interface Claim extends Passage {
  id: string;
  corroborating: Evidence[];
  conflicting: ConflictEvidence[];
  related?: RelatedEvidence[];
  /** Entity keys and figure kinds the claim carries (used for display and filtering). */
  entityKeys?: string[];
  figureKinds?: FigureKind[];
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
