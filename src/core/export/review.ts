// What the reviewers added to the analysis, as plain data every format renders: the verdicts in force, the
// notes, and the annotations whose passage is gone. Built once from the placed annotations, so the JSON and
// the Markdown report say the same as the HTML report and the CSV. Each item names the claims (report ids)
// it sits on, so a reader can join it to `claims`.
//
// User corrections of the analysis belong here too, as a sibling list of ReportReview, filled by their
// own builder and rendered in each format's review section beside verdicts and notes.
import { quoteOf, verdictLabel, type Annotation, type VerdictId } from '../annotations/annotation';
import { sameSpan } from '../annotations/placement';
import { claimVerdict, reportOf, type AnnotatedReport } from './annotatedReport';

interface ReviewPassage {
  doc: string;
  start: number;
  end: number;
  /** The passage as the reviewer marked it. */
  text: string;
  /** Report ids of the claims on this passage ([] for a passage that is no claim). */
  claims: string[];
  by: string | null;
  /** ISO time of the last change. */
  modified: string;
}

export interface ReviewVerdict extends ReviewPassage {
  verdict: VerdictId;
  label: string;
}

export interface ReviewNote extends ReviewPassage {
  note: string;
}

/** An annotation whose passage is no longer in the file: kept with its text, placed nowhere. */
export interface ReviewOrphan {
  doc: string;
  text: string;
  verdict: VerdictId | null;
  note: string | null;
  by: string | null;
  modified: string;
}

export interface ReportReview {
  /** The verdict in force on each reviewed passage (an older verdict a newer one replaced is left out). */
  verdicts: ReviewVerdict[];
  /** Every note placed on the current text, on claims or not, oldest first within a passage. */
  notes: ReviewNote[];
  orphaned: ReviewOrphan[];
}

/** The review of the report, or null when nobody annotated anything (the report keeps its plain shape). */
export function buildReview(input: AnnotatedReport): ReportReview | null {
  // corrections (annotations with a `correction`) have their own section (report.corrections); the review is
  // the verdicts and notes
  const placements = input.placements.filter((p) => !p.annotation.correction);
  if (!placements.length) { return null; }
  input = { ...input, placements };
  const report = reportOf(input);
  const inForce = new Set<string>();
  for (const c of report.claims) {
    const v = claimVerdict(input, c);
    if (v) { inForce.add(v.annotation.id); }
  }
  const verdicts: ReviewVerdict[] = [];
  const notes: ReviewNote[] = [];
  const orphaned: ReviewOrphan[] = [];
  const anchored = input.placements.filter((p) => p.anchor);
  for (const { annotation: a, anchor } of input.placements) {
    if (!anchor) {
      orphaned.push({ doc: a.target.source, text: quoteOf(a).exact, verdict: a.verdict ?? null,
        note: a.verdict ? null : a.body.value, by: a.creator?.name ?? null, modified: a.modified });
      continue;
    }
    const claims = report.claims.filter((c) => c.doc === a.target.source && sameSpan(c, anchor)).map((c) => c.id);
    const base = { doc: a.target.source, start: anchor.start, end: anchor.end, text: quoteOf(a).exact, claims,
      by: a.creator?.name ?? null, modified: a.modified };
    if (a.verdict) {
      // On a claim, the claim's verdict decides; on another passage, the newest verdict placed on it.
      const current = claims.length ? inForce.has(a.id) : !anchored.some((p) => p.annotation.verdict &&
        p.annotation.target.source === a.target.source && sameSpan(p.anchor!, anchor) && newer(p.annotation, a));
      if (current) { verdicts.push({ ...base, verdict: a.verdict, label: verdictLabel(a.verdict) }); }
    } else {
      notes.push({ ...base, note: a.body.value });
    }
  }
  const order = (x: ReviewPassage, y: ReviewPassage) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start || x.modified.localeCompare(y.modified));
  verdicts.sort(order);
  notes.sort(order);
  return { verdicts, notes, orphaned };
}

function newer(x: Annotation, y: Annotation): boolean {
  return x.modified > y.modified || (x.modified === y.modified && x.id > y.id);
}
