// CSV of claims (RFC 4180): one row per claim, for spreadsheets and newsroom trackers.
import { verdictLabel } from '../annotations/annotation';
import { claimVerdict, type AnnotatedReport } from './annotatedReport';

export const CSV_COLUMNS = [
  'claim_id', 'source', 'start', 'end', 'claim', 'corroborating', 'conflicting', 'conflicting_sources',
  'conflict_reasons', 'verdict', 'verdict_label', 'notes',
] as const;

/**
 * RFC 4180: CRLF record ends; fields with a comma, quote, CR or LF are quoted and inner quotes doubled.
 * Cells starting with = + - @ (or tab/CR) would run as formulas in Excel and LibreOffice (OWASP "CSV
 * injection"), and article text can start with anything, so those get a leading apostrophe.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) { s = `'${s}`; }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderClaimsCsv(input: AnnotatedReport): string {
  const rows: Array<Array<string | number>> = [[...CSV_COLUMNS]];
  for (const c of input.report.claims) {
    const v = claimVerdict(input, c);
    rows.push([
      c.id, c.doc, c.start, c.end, c.text, c.corroborating.length, c.conflicting.length,
      [...new Set(c.conflicting.map((e) => e.doc))].join('; '),
      c.conflicting.map((e) => e.reason).join('; '),
      v?.verdict ?? '', v ? verdictLabel(v.verdict) : '', v?.note ?? '',
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
