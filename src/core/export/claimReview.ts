// schema.org ClaimReview (https://schema.org/ClaimReview) for every claim that carries a verdict: the format
// fact-checkers publish so search engines and the Google Fact Check Explorer can read the rating.
import { verdictLabel, type VerdictId } from '../annotations/annotation';
import { claimVerdict, iriOf, type AnnotatedReport } from './annotatedReport';

/** Numeric scale 1..5 for the verdicts that have a place on it; "not enough information" has none. */
const RATING: Record<VerdictId, number | undefined> = {
  supported: 5, conflicting: 3, refuted: 1, 'not-enough-info': undefined,
};

export function renderClaimReviews(input: AnnotatedReport): string {
  const graph: Array<Record<string, unknown>> = [];
  const titleOf = new Map(input.report.documents.map((d) => [d.path, d.title]));
  // A verdict is given on a passage. In report v2 one sentence can carry several claims (one per fact in
  // it), and they would all repeat the same review of the same text: one ClaimReview per reviewed passage.
  const reviewed = new Set<string>();
  for (const c of input.report.claims) {
    const v = claimVerdict(input, c);
    if (!v) { continue; }
    const key = `${c.doc}\u0000${c.start}\u0000${c.end}`;
    if (reviewed.has(key)) { continue; }
    reviewed.add(key);
    const a = v.annotation;
    const value = RATING[v.verdict];
    const review: Record<string, unknown> = {
      '@type': 'ClaimReview',
      datePublished: a.modified.slice(0, 10),
      claimReviewed: c.text,
      reviewRating: {
        '@type': 'Rating',
        alternateName: verdictLabel(v.verdict),
        ...(value !== undefined ? { ratingValue: value, bestRating: 5, worstRating: 1 } : {}),
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          url: iriOf(input, c.doc),
          ...(titleOf.get(c.doc) ? { headline: titleOf.get(c.doc) } : {}),
        },
      },
      author: { '@type': 'Person', name: a.creator?.name ?? 'unknown' },
    };
    if (v.note) { review.reviewBody = v.note; }
    graph.push(review);
  }
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2) + '\n';
}
