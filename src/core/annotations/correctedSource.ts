// A report source with the user's corrections applied: what the CLI builds its report from, so
// `triangulate analyze` and the editor's exports apply the same corrections with the same function.
import type { ReportSource } from '../report';
import type { DocumentAnalysis } from '../model';
import { applyCorrections } from './applyCorrections';
import type { CorrectionOutcome, PlacedCorrection } from './placeCorrections';

export function withCorrections(
  source: ReportSource,
  ids: readonly string[],
  placed: readonly PlacedCorrection[],
): ReportSource & { corrections(): readonly CorrectionOutcome[] } {
  const documents = ids.map((id) => source.document(id)).filter((d): d is DocumentAnalysis => !!d);
  const corrected = applyCorrections({ documents, claims: source.claims(), stories: source.stories() }, placed);
  return {
    document: (id) => corrected.documents.get(id) ?? source.document(id),
    text: (id) => source.text(id),
    claims: () => corrected.claims,
    stories: () => source.stories(),
    corrections: () => corrected.outcomes,
  };
}
