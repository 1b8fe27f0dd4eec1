// Every output format of the CLI with the folder's verdicts and notes: reads `<root>/.triangulate/annotations.json`
// when it exists (read-only: the CLI never moves or rewrites the user's store) and renders the chosen format.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Annotation } from '../core/annotations/annotation';
import { readStoreText } from '../core/annotations/conflict';
import { placeForReport } from '../core/export/annotatedReport';
import { renderClaimReviews } from '../core/export/claimReview';
import { renderClaimsCsv } from '../core/export/csv';
import { renderHtmlReport } from '../core/export/html';
import { renderAnnotatedJson } from '../core/export/json';
import { renderAnnotatedMarkdown } from '../core/export/markdown';
import { renderWebAnnotations } from '../core/export/webAnnotation';
import type { AnalysisReport } from '../core/model';
import { DEFAULT_ANNOTATION_FILE } from './annotationStore';

export const ANNOTATED_FORMATS = ['html', 'csv', 'claimreview', 'webannotation'] as const;
export type AnnotatedFormat = (typeof ANNOTATED_FORMATS)[number];

export function isAnnotatedFormat(f: string): f is AnnotatedFormat {
  return (ANNOTATED_FORMATS as readonly string[]).includes(f);
}

/** Reads the store without touching it; a file that does not parse gives a warning and no annotations. */
export function readAnnotationsReadOnly(root: string, warnings: string[]): Annotation[] {
  const file = path.join(root, DEFAULT_ANNOTATION_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  // A store with git conflict markers is read merged from both sides, as the editor reads it.
  const read = readStoreText(text);
  if (read.kind === 'corrupt') {
    warnings.push(`${file} could not be read (${read.reason}); exporting without annotations`);
    return [];
  }
  warnings.push(...read.skipped.map((s) => `${file}: skipped ${s}`));
  if (read.kind === 'conflict') { warnings.push(`${file} has ${read.detail}; exported merged`); }
  return read.state.annotations;
}

export function renderAnnotatedFormat(
  format: AnnotatedFormat | 'json' | 'markdown',
  report: AnalysisReport,
  root: string,
  textOf: (relPath: string) => string | undefined,
  warnings: string[],
  now: Date = new Date(),
): string {
  const annotations = fs.existsSync(root) && fs.statSync(root).isDirectory() ? readAnnotationsReadOnly(root, warnings) : [];
  const input = {
    report,
    placements: placeForReport(annotations, textOf),
    generatedAt: now.toISOString(),
    sourceIri: (p: string) => pathToFileURL(path.resolve(root, p)).href,
  };
  switch (format) {
    case 'json': return renderAnnotatedJson(input);
    case 'markdown': return renderAnnotatedMarkdown(input);
    case 'html': return renderHtmlReport(input);
    case 'csv': return renderClaimsCsv(input);
    case 'claimreview': return renderClaimReviews(input);
    case 'webannotation': return renderWebAnnotations(input);
  }
}
