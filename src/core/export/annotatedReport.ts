// What every annotation-aware renderer takes: the analysis report plus the annotations placed on the
// current texts, with their sources in the report's path convention (relative to the report root).
import type { Annotation } from '../annotations/annotation';
import { placeAnnotations, verdictOn, type Placement } from '../annotations/placement';
import { asV2, type AnalysisReportV2, type AnyReport, type ReportClaimV2 } from '../reportTypes';

export interface AnnotatedReport {
  /** Version 2 as buildReport makes it; a version 1 report (an older file) is read in the v2 shape. */
  report: AnyReport;
  placements: Placement[];
  /** ISO time stamp printed in the reports; injected so the output is reproducible in tests. */
  generatedAt: string;
  /** Turns a report path into an absolute IRI (file:///...); without it sources stay relative references. */
  sourceIri?: (path: string) => string;
}

/**
 * Places annotations on the documents' current texts when the caller has them; without a text (the file is
 * gone) the annotation is orphaned rather than trusted at a stale offset.
 */
export function placeForReport(
  annotations: readonly Annotation[],
  textOf: (path: string) => string | undefined,
): Placement[] {
  const bySource = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = bySource.get(a.target.source) ?? [];
    list.push(a);
    bySource.set(a.target.source, list);
  }
  const out: Placement[] = [];
  for (const [source, list] of bySource) {
    const text = textOf(source);
    out.push(...(text === undefined ? list.map((annotation) => ({ annotation, anchor: null })) : placeAnnotations(list, text)));
  }
  return out;
}

export type ReportClaim = ReportClaimV2;

/** The report in the v2 shape, whichever version the caller holds. */
export function reportOf(input: AnnotatedReport): AnalysisReportV2 {
  return asV2(input.report);
}

export function claimVerdict(input: AnnotatedReport, claim: { doc: string; start: number; end: number }): ReturnType<typeof verdictOn> {
  return verdictOn(input.placements.filter((p) => p.annotation.target.source === claim.doc), claim);
}

/** Notes that are not attached to any claim with a verdict (passage notes), plus orphans, for the appendix. */
export function orphans(input: AnnotatedReport): Annotation[] {
  return input.placements.filter((p) => !p.anchor).map((p) => p.annotation);
}

export function notes(input: AnnotatedReport): Placement[] {
  return input.placements.filter((p) => p.annotation.motivation === 'commenting');
}

export function iriOf(input: AnnotatedReport, path: string): string {
  return input.sourceIri ? input.sourceIri(path) : path.split('/').map(encodeURIComponent).join('/');
}

/** The anchor of a claim in the HTML report (its first card's id), and the fragment its ClaimReview's url names. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
