// schema.org ClaimReview (https://schema.org/ClaimReview) for every claim that carries a verdict: the format
// fact-checkers publish so search engines and the Google Fact Check Explorer can read the rating. The
// properties are Google's (developers.google.com/search/docs/appearance/structured-data/factcheck):
// required `claimReviewed` (kept under 75 characters), `reviewRating` (`alternateName`) and `url`;
// recommended `author`, `datePublished`, `itemReviewed` (a Claim with `author`, `datePublished`,
// `appearance`, `firstAppearance`) and, on the Rating, `name` and the numeric scale.
//
// The report it reads is the corrected one (src/core/annotations/correctedSource.ts): a link the user
// dismissed is gone from the claim, one the user made or changed is in it, so the appearances follow the
// corrections without any applied here. What the user changed is said in `reviewBody` (schema.org's Review
// text; Google's table neither requires nor forbids it), after the reviewer's note.
import { verdictLabel, type VerdictId } from '../annotations/annotation';
import type { ReportCorrection, ReportDocumentV2 } from '../reportTypes';
import { claimAnchor, claimVerdict, reportOf, type AnnotatedReport, type ReportClaim } from './annotatedReport';

/** Numeric scale 1..5 for the verdicts that have a place on it; "not enough information" has none. */
const RATING: Record<VerdictId, number | undefined> = {
  supported: 5, conflicting: 3, refuted: 1, 'not-enough-info': undefined,
};

/** Google: "Try to keep this less than 75 characters to minimize wrapping when displayed on a mobile device." */
export const CLAIM_REVIEWED_MAX = 75;

/** One line of at most `max` characters, cut at a word boundary with an ellipsis when it is longer. */
export function shortClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if ([...one].length <= max) { return one; }
  const room = [...one].slice(0, max - 1).join('');
  const space = room.lastIndexOf(' ');
  // A first word longer than the whole budget is cut inside it rather than dropped.
  const head = space > max / 3 ? room.slice(0, space) : room;
  return `${head.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

export function renderClaimReviews(input: AnnotatedReport): string {
  const report = reportOf(input);
  const docOf = new Map(report.documents.map((d) => [d.path, d]));
  const graph: Array<Record<string, unknown>> = [];
  // A verdict is given on a passage. In report v2 one sentence can carry several claims (one per fact in
  // it), and they would all repeat the same review of the same text: one ClaimReview per reviewed passage.
  const reviewed = new Set<string>();
  for (const c of report.claims) {
    const v = claimVerdict(input, c);
    if (!v) { continue; }
    const key = `${c.doc}\u0000${c.start}\u0000${c.end}`;
    if (reviewed.has(key)) { continue; }
    reviewed.add(key);
    const a = v.annotation;
    const value = RATING[v.verdict];
    const label = verdictLabel(v.verdict);
    const review: Record<string, unknown> = {
      '@type': 'ClaimReview',
      // Google: the page hosting the fact check, "plus an optional anchor link" (Fact Check Tools API). A
      // fragment-only reference resolves against whichever page publishes this markup; the HTML report's
      // claim cards carry the same anchors.
      url: `#${claimAnchor(c.id)}`,
      datePublished: a.modified.slice(0, 10),
      claimReviewed: shortClaim(c.text),
      reviewRating: {
        '@type': 'Rating',
        alternateName: label,
        name: label,
        // "Not enough information" is no point on the true-false scale: a textual rating only.
        ...(value !== undefined ? { ratingValue: value, bestRating: 5, worstRating: 1 } : {}),
      },
      itemReviewed: claimItem(c, docOf),
      author: { '@type': 'Person', name: a.creator?.name ?? 'unknown' },
    };
    const body = [v.note, correctedLine(report.claims.filter((x) => x.doc === c.doc && x.start === c.start && x.end === c.end),
      report.corrections ?? [], docOf)].filter(Boolean).join('\n\n');
    if (body) { review.reviewBody = body; }
    graph.push(review);
  }
  // JSON-LD is published inside <script type="application/ld+json">: an article's "</script>" (or "<!--") would
  // end or comment out that element, so every "<" is written as its JSON escape (the parsed values are unchanged).
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2).replace(/</g, '\\u003c') + '\n';
}

/**
 * "Corrected by the user: Not the same fact — Coastal Times (speed); Speaker: Inès Fournier (quote of Inès
 * Fournier)." for the corrections that changed the passage's claims (every fact of the sentence: the review is
 * of the passage), or '' when none did. A link names the article at its other end, by outlet when known.
 */
function correctedLine(claims: readonly ReportClaim[], corrections: readonly ReportCorrection[],
  docOf: ReadonlyMap<string, ReportDocumentV2>): string {
  const at = claims[0];
  if (!at) { return ''; }
  // Per correction, the facts of the passage it changed (one correction can change several: a merged name).
  const subjects = new Map<string, string[]>();
  for (const c of claims) {
    for (const id of c.corrections ?? []) {
      const list = subjects.get(id) ?? [];
      if (c.fact && !list.includes(c.fact.subject)) { list.push(c.fact.subject); }
      subjects.set(id, list);
    }
  }
  // The far end of a link: whichever of its two passages is not this one (it may have been made from either).
  const here = (p: ReportCorrection['passage']) => !!p && p.doc === at.doc && p.start < at.end && at.start < p.end;
  const items = corrections.filter((k) => k.status === 'applied' && subjects.has(k.id)).map((k) => {
    const far = k.otherSource === null ? null : here(k.passage) ? k.other?.doc ?? k.otherSource : k.passage?.doc ?? k.source;
    const name = far === null ? '' : ` — ${oneLine(docOf.get(far)?.outlet ?? far)}`;
    const about = subjects.get(k.id)!.map(oneLine).join(' · ');
    return `${oneLine(k.label)}${name}${about ? ` (${about})` : ''}`;
  });
  return items.length ? `Corrected by the user: ${items.join('; ')}.` : '';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The Claim: who made it, when, and the articles it appears in (its own and those that corroborate it). */
function claimItem(c: ReportClaim, docOf: ReadonlyMap<string, ReportDocumentV2>): Record<string, unknown> {
  const own = docOf.get(c.doc);
  const paths = [c.doc, ...new Set(c.corroborating.map((e) => e.doc).filter((d) => d !== c.doc))];
  const appearances = paths.map((p) => creativeWork(p, docOf.get(p)));
  // The first appearance: the earliest article when every one says when it was published; otherwise the
  // claim's own (where the reviewer met it), since an undated article may well be the earliest.
  const dates = paths.map((p) => docOf.get(p)?.reported ?? null);
  const earliest = dates.every((d) => d) ? dates.indexOf([...dates as string[]].sort()[0]) : 0;
  const first = appearances[earliest];
  const item: Record<string, unknown> = {
    '@type': 'Claim',
    author: claimAuthor(c, own),
    ...(own?.reported ? { datePublished: own.reported } : {}),
    // The whole passage, since claimReviewed may be a shortened summary of it.
    text: c.text.replace(/\s+/g, ' ').trim(),
    appearance: appearances.length === 1 ? appearances[0] : appearances,
    firstAppearance: first,
  };
  return item;
}

/** Who made the claim: the speaker of a quote, else the outlet that published it. */
function claimAuthor(c: ReportClaim, doc: ReportDocumentV2 | undefined): Record<string, unknown> {
  const fact = c.fact && doc?.facts.find((f) => f.id === c.fact!.factId);
  if (fact?.kind === 'quote' && fact.speaker) { return { '@type': 'Person', name: fact.speaker }; }
  if (doc?.outlet) { return { '@type': 'Organization', name: doc.outlet }; }
  return { '@type': 'Organization', name: `publisher of ${c.doc}` };
}

/**
 * An article as a CreativeWork. Its url is the article's own address when the text gives one; otherwise the
 * report path as a relative reference (each segment percent-encoded, so "a:b.txt" cannot read as a scheme),
 * never a file:// IRI: that would publish the reviewer's disk layout and means nothing to any reader.
 */
function creativeWork(path: string, doc: ReportDocumentV2 | undefined): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    url: doc?.url ?? path.split('/').map(encodeURIComponent).join('/'),
    ...(doc?.title ? { headline: doc.title.replace(/\s+/g, ' ').trim() } : {}),
    ...(doc?.outlet ? { publisher: { '@type': 'Organization', name: doc.outlet } } : {}),
    ...(doc?.reported ? { datePublished: doc.reported } : {}),
  };
}
