// The Sources view: one row per article with its outlet, headline, date and what the engine found in
// it, conflicts first because they are what a fact-checker opens the file for.
import type { Claim, DocumentAnalysis } from '../model';
import { evidenceOf, shorten } from '../query';
import { byId, fileName, plural, sourceName, type ViewRow } from './viewRow';

/** Claims with a conflict that the document takes part in, on either side. */
export function conflictsOf(claims: readonly Claim[], doc: string): number {
  return claims.filter((c) => c.conflicting.length && (c.doc === doc || evidenceOf(c).some((e) => e.doc === doc))).length;
}

export function sourceRows(docs: readonly DocumentAnalysis[], claims: readonly Claim[]): ViewRow[] {
  return [...docs].sort(byId).map((a) => {
    const conflicts = conflictsOf(claims, a.id);
    const counts = [plural(conflicts, 'conflict'), plural(a.quotes.length, 'quote'), plural(a.figures.length, 'figure'),
      plural(a.facts?.length ?? 0, 'fact')];
    const title = a.title?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      id: `source:${a.id}`,
      label: sourceName(a, a.id),
      description: [...counts, a.reported ?? '', shorten(title, 60)].filter(Boolean).join(' · '),
      tooltip: [fileName(a.id), a.outlet ? `Outlet: ${a.outlet}` : '', title ? `Headline: ${title}` : 'No headline',
        a.reported ? `Reported: ${a.reported}` : '', counts.join(', ')].filter(Boolean).join('\n'),
      icon: conflicts ? 'warning' : 'file',
      open: { doc: a.id, start: a.titleSpan?.start ?? 0, end: a.titleSpan?.end ?? 0 },
    };
  });
}
