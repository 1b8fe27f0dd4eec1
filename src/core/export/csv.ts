// CSV of claims (RFC 4180): one row per claim, for spreadsheets and newsroom trackers. The v1 columns keep
// their order; the report-v2 columns (what the claim is about, its competing values, sources, updates and
// wording variants) come after them. Verdicts and notes on passages that are not claims (or whose passage
// is gone) follow as rows with an empty claim_id, so no note is left out. The file starts with a UTF-8 BOM:
// without it Excel reads UTF-8 as Windows-1252 ("InÃ¨s"); other readers (csv-parse, pandas, LibreOffice) skip it.
import { quoteOf, verdictLabel } from '../annotations/annotation';
import { notesOn, sameSpan } from '../annotations/placement';
import { plural } from '../report';
import { claimVerdict, reportOf, type AnnotatedReport } from './annotatedReport';

export const CSV_COLUMNS = [
  'claim_id', 'source', 'start', 'end', 'claim', 'corroborating', 'conflicting', 'conflicting_sources',
  'conflict_reasons', 'verdict', 'verdict_label', 'notes',
  'fact', 'values', 'sources', 'independent_sources', 'updates', 'variants',
] as const;

/**
 * RFC 4180: CRLF record ends; fields with a comma, quote, CR or LF are quoted and inner quotes doubled.
 * Cells starting with = + - @ (or tab/CR) would run as formulas in Excel and LibreOffice (OWASP "CSV
 * injection"), and article text can start with anything, so those get a leading apostrophe. Leading
 * whitespace or NUL before one of those is dropped by some spreadsheet importers, so it is defused as well.
 */
export const CSV_BOM = '\ufeff';

export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[\s\u00a0\0]*[=+\-@\t\r]/.test(s)) { s = `'${s}`; }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderClaimsCsv(input: AnnotatedReport): string {
  const report = reportOf(input);
  const rows: Array<Array<string | number | null>> = [[...CSV_COLUMNS]];
  const onClaims = new Set<string>();
  for (const c of report.claims) {
    const v = claimVerdict(input, c);
    const here = input.placements.filter((p) => p.annotation.target.source === c.doc);
    const notes = notesOn(here, c);
    if (v) { onClaims.add(v.annotation.id); }
    notes.forEach((n) => onClaims.add(n.id));
    rows.push([
      c.id, c.doc, c.start, c.end, c.text, c.corroborating.length, c.conflicting.length,
      [...new Set(c.conflicting.map((e) => e.doc))].join('; '),
      c.conflicting.map((e) => e.reason).join('; '),
      v?.verdict ?? '', v ? verdictLabel(v.verdict) : '', notes.map((n) => n.body.value).join('\n\n'),
      c.fact?.subject ?? '',
      (c.fact?.values ?? []).map((x) => `${x.value} (${plural(x.docs.length, 'source')})`).join('; '),
      c.sources, c.independent,
      c.updates.map((u) => `${u.value} (${u.doc}${u.reported ? `, ${u.reported}` : ''})`).join('; '),
      c.variants.map((x) => `${x.doc}: ${x.reason}`).join('; '),
    ]);
  }
  // The rest: notes and verdicts on other passages, and orphans (passage gone: no start/end).
  for (const p of input.placements) {
    const a = p.annotation;
    if (onClaims.has(a.id)) { continue; }
    const verdictOnClaim = a.verdict && p.anchor
      && report.claims.some((c) => c.doc === a.target.source && sameSpan(c, p.anchor!));
    if (verdictOnClaim) { continue; } // an older verdict the claim's newer one replaced
    rows.push([
      '', a.target.source, p.anchor?.start ?? '', p.anchor?.end ?? '', quoteOf(a).exact, '', '', '', '',
      a.verdict ?? '', a.verdict ? verdictLabel(a.verdict) : '', a.verdict ? '' : a.correction ? correctionCell(report, a.id, a.body.value) : a.body.value,
      '', '', '', '', '', '',
    ]);
  }
  // The UTF-8 BOM: without it Excel reads the file as the ANSI code page ("InÃ¨s" for "Inès").
  return CSV_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A correction's row: "correction: Not the same fact (applied)", with the other passage of a link. */
function correctionCell(report: ReturnType<typeof reportOf>, id: string, label: string): string {
  const c = report.corrections?.find((x) => x.id === id);
  const other = c?.otherSource ? `; with ${c.otherSource}${c.other ? ` ${c.other.start}-${c.other.end}` : ' (passage gone)'}` : '';
  return `correction: ${label}${c ? ` (${c.status})` : ''}${other}`;
}
