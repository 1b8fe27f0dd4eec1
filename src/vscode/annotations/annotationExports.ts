// Adds the annotation-aware formats to Export Report: HTML report, CSV of claims, W3C Web Annotation
// JSON-LD and schema.org ClaimReview JSON-LD, and puts the verdicts and notes into the JSON and Markdown
// reports (same ids as the built-in ones, which they replace: the CLI's output for the same folder).
// Sources are rewritten to the report's paths.
import * as vscode from 'vscode';
import type { AnnotatedReport } from '../../core/export/annotatedReport';
import { renderClaimReviews } from '../../core/export/claimReview';
import { renderClaimsCsv } from '../../core/export/csv';
import { renderHtmlReport } from '../../core/export/html';
import { renderAnnotatedJson } from '../../core/export/json';
import { renderAnnotatedMarkdown } from '../../core/export/markdown';
import { renderWebAnnotations } from '../../core/export/webAnnotation';
import type { CorpusSnapshot, ExportRegistry } from '../commands/exportReport';
import { idOf, relativePathOf } from '../convert';
import type { AnnotationService } from './annotationService';

export function registerAnnotationExports(registry: ExportRegistry, service: AnnotationService): vscode.Disposable[] {
  const input = (s: CorpusSnapshot): AnnotatedReport => {
    return {
      report: s.report,
      placements: service.snapshot().map(({ uri, placement }) => {
        const a = placement.annotation;
        return { ...placement, annotation: { ...a, target: { ...a.target, source: relativePathOf(idOf(uri)) } } };
      }),
      generatedAt: new Date().toISOString(),
      sourceIri: (p) => s.idOfPath.get(p) ?? p,
    };
  };
  return [
    registry.register({ id: 'json', label: 'JSON (analysis report)', extension: 'json',
      description: 'The report `triangulate analyze --format json` prints, with verdicts and notes',
      render: (s) => renderAnnotatedJson(input(s)) }),
    registry.register({ id: 'markdown', label: 'Markdown', extension: 'md', render: (s) => renderAnnotatedMarkdown(input(s)) }),
    registry.register({ id: 'html', label: 'HTML report (self-contained)', extension: 'html',
      description: 'Sources, claims, conflicts with reasons, verdicts and notes; opens offline in any browser',
      render: (s) => renderHtmlReport(input(s)) }),
    registry.register({ id: 'csv', label: 'CSV of claims', extension: 'csv',
      description: 'One row per claim with its verdict and notes (RFC 4180)', render: (s) => renderClaimsCsv(input(s)) }),
    registry.register({ id: 'webannotation', label: 'W3C Web Annotations (JSON-LD)', extension: 'jsonld',
      description: 'All verdicts and notes as an AnnotationCollection', render: (s) => renderWebAnnotations(input(s)) }),
    registry.register({ id: 'claimreview', label: 'schema.org ClaimReview (JSON-LD)', extension: 'jsonld',
      description: 'One ClaimReview per claim with a verdict', render: (s) => renderClaimReviews(input(s)) }),
  ];
}
