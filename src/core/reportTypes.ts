// The shape of version 2 of the public JSON report (docs/report-format.md). Every v1 field keeps its name,
// meaning and place; the v2 fields come after them. The v1 shape (AnalysisReport in model.ts) stays for
// readers of older files: `asV2` lifts one to this shape so the renderers handle both.
import type { Correction, CorrectionKind } from './annotations/correction';
import type { CorrectionStatus } from './annotations/placeCorrections';
import type { AnalysisReport, ConflictKind, EntityType, Fact, FactRole, FigureKind, Span, TextSpan } from './model';

/** A fact's value interval in JSON terms. JSON has no Infinity or NaN: an open end is `null`, and `bound`
 *  says which end is known ("more than 1,200" -> lo 1200, hi null, bound 'lower'; "up to 6 metres" -> lo
 *  null, hi 6, bound 'upper'). Dates carry no number (lo and hi null, bound null) but an `iso`. */
export interface ReportFactValue {
  lo: number | null;
  hi: number | null;
  /** 'lower': the value is only a lower bound (hi is open); 'upper': only an upper bound (lo is open);
   *  null: both ends known, or no number at all. */
  bound: 'lower' | 'upper' | null;
  text: string;
  unit: string | null;
  iso: string | null;
}

export interface ReportFact {
  id: string;
  kind: Fact['kind'];
  /** The figure kind for figures and dates ("count", "money", "year", "date", ...); null for quotes. */
  figureKind: FigureKind | null;
  start: number;
  end: number;
  /** documentText.slice(start, end). */
  text: string;
  sentence: Span;
  /** null for quotes. */
  value: ReportFactValue | null;
  measure: string | null;
  predicate: string | null;
  holder: string | null;
  scope: string | null;
  time: string | null;
  role: FactRole;
  /** Quote facts only. */
  speaker?: string | null;
  speakerKey?: string | null;
  words?: string[];
}

export interface ReportDocumentV2 {
  path: string;
  encoding: string;
  title: string | null;
  /** `correction`, `correction` below: the id (in `corrections`) of the user's correction that made it so. */
  boilerplate: Array<Span & { reason?: string; correction?: string }>;
  quotes: Array<TextSpan & { speaker: string | null; speakerKey: string | null; cue: string | null; correction?: string }>;
  figures: Array<TextSpan & { kind: FigureKind; value: number | null; unit: string | null; iso: string | null }>;
  entities: Array<TextSpan & { type: EntityType; key: string; correction?: string }>;
  /** The date the article says it was published or filed (ISO YYYY-MM-DD), or null. */
  reported: string | null;
  facts: ReportFact[];
  /** The outlet the file is named after, as its own page chrome writes it; absent when unknown. */
  outlet?: string;
  /** The article's own web address, when its text gives one (src/core/text/articleUrl.ts); absent otherwise. */
  url?: string;
}

interface ReportPassage {
  doc: string;
  start: number;
  end: number;
  text: string;
  /** Links only: the id (in `corrections`) of the user's correction that made, confirmed or changed it. */
  correction?: string;
}

export interface ReportEvidence extends ReportPassage {
  score: number;
  /** The fact's own span inside the passage, or null when the link is not about one fact. */
  focus: Span | null;
}

export interface ReportConflict extends ReportPassage {
  kind: ConflictKind;
  reason: string;
  score: number;
  focus: Span | null;
}

export interface ReportRelated extends ReportPassage {
  note: string;
  score: number;
  focus: Span | null;
}

export interface ReportUpdate extends ReportPassage {
  score: number;
  /** The value this passage gives ("29"). */
  value: string;
  /** Its document's reporting date (ISO), or null. */
  reported: string | null;
  focus: Span | null;
}

export interface ReportVariant extends ReportPassage {
  score: number;
  reason: string;
  focus: Span | null;
}

export interface ReportClaimFact {
  subject: string;
  kind: Fact['kind'];
  factId: string;
  measure: string | null;
  predicate: string | null;
  holder: string | null;
  /** Each distinct value with the documents (report paths) that give it, the claim's own first. */
  values: Array<{ value: string; docs: string[] }>;
}

export interface ReportClaimV2 extends ReportPassage {
  id: string;
  corroborating: ReportEvidence[];
  conflicting: ReportConflict[];
  /** What the claim is about, or null for a claim linked by its wording alone. */
  fact: ReportClaimFact | null;
  focus: Span | null;
  /** Documents that state the claim: its own plus the corroborating ones. */
  sources: number;
  /** How many of those are independent (copies of one wire story count once); null when unknown. */
  independent: number | null;
  related: ReportRelated[];
  updates: ReportUpdate[];
  variants: ReportVariant[];
  /** The id of the story (in `stories`) all the claim's passages belong to; null in a lifted v1 report. */
  story: string | null;
  /** Ids (in `corrections`) of the user's corrections that changed the claim's links, when any did. */
  corrections?: string[];
}

/** A correction of the engine's judgement made by the user (stored in `.triangulate/annotations.json`). */
export interface ReportCorrection {
  /** The annotation's id (urn:uuid:...). */
  id: string;
  kind: CorrectionKind;
  /** Readable: "Not the same fact", "Speaker: Inès Fournier". */
  label: string;
  /** applied; superseded (a later correction of the same target wins, both are kept); orphan (a passage is
   *  gone: kept, not applied); unmatched (found, but the engine no longer makes what it corrects). */
  status: CorrectionStatus;
  supersededBy: string | null;
  /** The store's path of the corrected passage, and where it is now (null: orphaned). */
  source: string;
  passage: ReportPassage | null;
  /** Link kinds: the second passage. */
  otherSource: string | null;
  other: ReportPassage | null;
  /** set-speaker, set-type, same-entity: what was set. */
  speaker?: string;
  speakerKey?: string;
  entityType?: Correction['entityType'];
  sameAs?: { key: string; name: string };
  creator: string | null;
  created: string;
  modified: string;
}

/** Documents grouped by what they share: one story of the folder. */
export interface ReportStory {
  /** "s1", "s2", ...: the largest story first. */
  id: string;
  /** Its headline words ("Storm Iris, Port Calder"), or its only headline. */
  title: string;
  /** Report paths of its documents. */
  documents: string[];
}

export interface AnalysisReportV2 {
  version: 2;
  root: string;
  documents: ReportDocumentV2[];
  claims: ReportClaimV2[];
  /** Every document is in exactly one story; [] in a lifted v1 report. */
  stories: ReportStory[];
  /** The user's corrections, applied to everything above (present when the report was built with the store). */
  corrections?: ReportCorrection[];
  warnings?: string[];
}

/** Either version, as a renderer may receive it. */
export type AnyReport = AnalysisReport | AnalysisReportV2;

/** A v1 report in the v2 shape (the v2 fields empty or null); a v2 report as it is. */
export function asV2(r: AnyReport): AnalysisReportV2 {
  if (r.version === 2) { return r; }
  return {
    version: 2,
    root: r.root,
    documents: r.documents.map((d) => ({ ...d, reported: null, facts: [] })),
    claims: r.claims.map((c) => ({
      ...c,
      corroborating: c.corroborating.map((e) => ({ ...e, focus: null })),
      conflicting: c.conflicting.map((e) => ({ ...e, focus: null })),
      fact: null,
      focus: null,
      sources: new Set([c.doc, ...c.corroborating.map((e) => e.doc)]).size,
      independent: null,
      related: (c.related ?? []).map((e) => ({ ...e, focus: null })),
      updates: [],
      variants: [],
      story: null,
    })),
    stories: [],
    ...(r.warnings ? { warnings: r.warnings } : {}),
  };
}
