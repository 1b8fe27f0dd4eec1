// The JSON report with the reviewers' work in it: the report `triangulate analyze --format json` prints,
// plus a top-level `review` (verdicts, notes, orphaned annotations; src/core/export/review.ts) when the
// folder has any. Without annotations the output is the plain report, byte for byte.
import { reportOf, type AnnotatedReport } from './annotatedReport';
import { buildReview } from './review';

export function renderAnnotatedJson(input: AnnotatedReport): string {
  const review = buildReview(input);
  const report = reportOf(input);
  return JSON.stringify(review ? { ...report, review } : report, null, 2) + '\n';
}
