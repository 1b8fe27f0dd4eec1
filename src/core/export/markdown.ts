// The Markdown report with the reviewers' work in it: the analysis as renderMarkdown writes it, plus a
// "Verdicts and notes" section before the per-document summary. Every string a reviewer or an article
// wrote goes through md(), as the rest of the report does.
import { md, plural, quote, renderMarkdown } from '../report';
import type { AnnotatedReport } from './annotatedReport';
import { buildReview, type ReportReview } from './review';

export function renderAnnotatedMarkdown(input: AnnotatedReport): string {
  const review = buildReview(input);
  return renderMarkdown(input.report, review ? { review: reviewMarkdown(review) } : {});
}

function reviewMarkdown(r: ReportReview): string[] {
  const out = ['## Verdicts and notes', '',
    `${plural(r.verdicts.length, 'verdict')}, ${plural(r.notes.length, 'note')}` +
    `${r.orphaned.length ? `, ${r.orphaned.length} orphaned` : ''}.`, ''];
  const where = (x: { doc: string; start: number; end: number }) => `${md(x.doc)} (${x.start}–${x.end})`;
  const byline = (x: { by: string | null; modified: string }) => `${x.by ? `${md(x.by)}, ` : ''}${md(x.modified.slice(0, 10))}`;
  const claims = (ids: string[]) => (ids.length ? ` · ${ids.length === 1 ? 'claim' : 'claims'} ${ids.map(md).join(', ')}` : '');
  if (r.verdicts.length) {
    out.push('### Verdicts', '');
    for (const v of r.verdicts) {
      out.push(`- **${md(v.label)}** — ${where(v)}: ${quote(v.text)} · ${byline(v)}${claims(v.claims)}`);
    }
    out.push('');
  }
  if (r.notes.length) {
    out.push('### Notes', '');
    for (const n of r.notes) {
      out.push(`- ${where(n)}: ${quote(n.text)}${claims(n.claims)}  `, `  ${md(n.note)} — ${byline(n)}`);
    }
    out.push('');
  }
  if (r.orphaned.length) {
    out.push('### Orphaned annotations', '', 'The passage these were made on is no longer in the file; their text is kept here.', '');
    for (const o of r.orphaned) {
      out.push(`- ${md(o.doc)}: ${quote(o.text)} — ${o.verdict ? `verdict **${md(o.verdict)}**` : `note: ${md(o.note ?? '')}`} · ${byline(o)}`);
    }
    out.push('');
  }
  return out;
}
