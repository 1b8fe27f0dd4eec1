// The public JSON report (shared/spec/analysis-report.md): built from a Corpus, field order as in
// the spec. Extra fields the spec welcomes are kept few and named in comments. Also its readable
// Markdown rendering: conflicts first (with sources and reasons), then corroborated claims, then a
// per-document summary of quotes, figures and entities.
import type { Corpus } from './corpus';
import type { AnalysisReport, Claim, ReportDocument } from './model';

export interface ReportDocInput {
  /** The id the document was given in the corpus. */
  id: string;
  /** Path relative to the report root, '/' separators. */
  path: string;
  /** What the file was decoded as ("utf-8", "windows-1252", "utf-16le", ...). */
  encoding: string;
}

export function buildReport(corpus: Corpus, root: string, docs: readonly ReportDocInput[], warnings: readonly string[] = []): AnalysisReport {
  const pathOf = new Map(docs.map((d) => [d.id, d.path]));
  const documents: ReportDocument[] = [];
  for (const d of docs) {
    const a = corpus.document(d.id);
    if (!a) { continue; }
    documents.push({
      path: d.path,
      encoding: d.encoding,
      title: a.title,
      // `reason` is an extra the spec allows: why the span was judged page chrome.
      boilerplate: a.boilerplate.map((b) => ({ start: b.start, end: b.end, reason: b.reason })),
      quotes: a.quotes.map((q) => ({
        start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerKey: q.speakerKey, cue: q.cue,
      })),
      figures: a.figures.map((f) => ({
        start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, iso: f.iso,
      })),
      entities: a.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, key: e.key })),
    });
  }
  const claims = corpus.claims()
    // The spec lets claims with no corroborating or conflicting passage stay out of the list; those
    // with a passage about another period or event stay in, so that "not a conflict" is visible too.
    .filter((c) => pathOf.has(c.doc) && (c.corroborating.length > 0 || c.conflicting.length > 0 || !!c.related?.length))
    .map((c) => reportClaim(c, pathOf));
  const report: AnalysisReport = { version: 1, root, documents, claims };
  if (warnings.length) { report.warnings = [...warnings]; }
  return report;
}

function reportClaim(c: Claim, pathOf: ReadonlyMap<string, string>): AnalysisReport['claims'][number] {
  const p = (doc: string) => pathOf.get(doc) ?? doc;
  return {
    id: c.id,
    doc: p(c.doc),
    start: c.start,
    end: c.end,
    text: c.text,
    corroborating: c.corroborating.map((e) => ({ doc: p(e.doc), start: e.start, end: e.end, text: e.text, score: round(e.score) })),
    conflicting: c.conflicting.map((e) => ({
      doc: p(e.doc), start: e.start, end: e.end, text: e.text, kind: e.kind, reason: e.reason, score: round(e.score),
    })),
    ...(c.related?.length
      ? { related: c.related.map((e) => ({ doc: p(e.doc), start: e.start, end: e.end, text: e.text, note: e.note, score: round(e.score) })) }
      : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// ---------------------------------------------------------------- Markdown
/** Caps so a 200-document corpus still gives a report a person can read. */
const MAX_ITEMS_PER_DOC = 12;

export function renderMarkdown(report: AnalysisReport): string {
  const out: string[] = [];
  const conflicted = report.claims.filter((c) => c.conflicting.length > 0);
  const corroborated = report.claims.filter((c) => c.conflicting.length === 0 && c.corroborating.length > 0);
  const relatedOnly = report.claims.filter((c) => c.conflicting.length === 0 && c.corroborating.length === 0);
  out.push(`# Triangulate report: ${md(report.root)}`, '');
  out.push(`${report.documents.length} documents, ${report.claims.length} linked claims, ` +
    `${conflicted.length} with conflicts, ${corroborated.length} corroborated only` +
    `${relatedOnly.length ? `, ${relatedOnly.length} about different periods or events` : ''}.`, '');
  if (report.warnings?.length) {
    out.push('## Warnings', '', ...report.warnings.map((w) => `- ${md(w)}`), '');
  }
  out.push('## Conflicts', '');
  if (!conflicted.length) { out.push('No conflicting passages found.', ''); }
  for (const c of conflicted) {
    out.push(`### ${md(c.doc)}: ${quote(c.text)}`, '');
    for (const e of c.conflicting) {
      out.push(`- **${e.kind}** — ${md(e.reason)}  `, `  ${md(e.doc)} (${e.start}–${e.end}): ${quote(e.text)}`);
    }
    for (const e of c.corroborating) { out.push(`- supported by ${md(e.doc)}: ${quote(e.text)}`); }
    out.push('');
  }
  out.push('## Corroborated claims', '');
  if (!corroborated.length) { out.push('No corroborated claims found.', ''); }
  for (const c of corroborated) {
    const sources = [c.doc, ...new Set(c.corroborating.map((e) => e.doc))];
    out.push(`- ${quote(c.text)} — ${sources.length} sources: ${sources.map(md).join(', ')}`);
  }
  const withRelated = report.claims.filter((c) => c.related?.length);
  if (withRelated.length) {
    out.push('', '## Not conflicts: different periods or events', '');
    for (const c of withRelated) {
      out.push(`- ${md(c.doc)}: ${quote(c.text)}`);
      for (const e of c.related ?? []) { out.push(`  - ${md(e.note)} — ${md(e.doc)}: ${quote(e.text)}`); }
    }
  }
  out.push('', '## Documents', '');
  for (const d of report.documents) { out.push(...renderDocument(d)); }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

function renderDocument(d: ReportDocument): string[] {
  const out = [`### ${md(d.path)}`, ''];
  out.push(`*${d.title ? md(d.title) : 'untitled'}* · ${d.encoding} · ${d.quotes.length} quotes, ` +
    `${d.figures.length} figures, ${d.entities.length} entities, ${d.boilerplate.length} boilerplate spans`, '');
  if (d.quotes.length) {
    out.push('Quotes:', '');
    for (const q of d.quotes.slice(0, MAX_ITEMS_PER_DOC)) {
      out.push(`- ${quote(q.text)} — ${q.speaker ? md(q.speaker) : 'unattributed'}${q.cue ? ` (${md(q.cue)})` : ''}`);
    }
    more(out, d.quotes.length);
  }
  if (d.figures.length) {
    out.push('Figures:', '');
    for (const f of d.figures.slice(0, MAX_ITEMS_PER_DOC)) {
      const value = f.iso ?? (f.value === null ? '' : `${f.value}${f.unit ? ` ${f.unit}` : ''}`);
      out.push(`- ${md(f.text)} — ${f.kind}${value ? `: ${md(String(value))}` : ''}`);
    }
    more(out, d.figures.length);
  }
  if (d.entities.length) {
    const byKey = new Map<string, { text: string; type: string; n: number }>();
    for (const e of d.entities) {
      const seen = byKey.get(e.key);
      if (seen) { seen.n++; if (e.text.length > seen.text.length) { seen.text = e.text; } } else { byKey.set(e.key, { text: e.text, type: e.type, n: 1 }); }
    }
    const top = [...byKey.values()].sort((a, b) => b.n - a.n).slice(0, MAX_ITEMS_PER_DOC * 2);
    out.push(`Entities: ${top.map((e) => `${md(e.text)} (${e.type}${e.n > 1 ? `, ${e.n}×` : ''})`).join(', ')}`, '');
  }
  return out;
}

function more(out: string[], n: number): void {
  if (n > MAX_ITEMS_PER_DOC) { out.push(`- … and ${n - MAX_ITEMS_PER_DOC} more`); }
  out.push('');
}

/** Article text is untrusted: escape Markdown syntax and keep each passage on one line. */
export function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1').trim();
}

function quote(s: string): string {
  const one = md(s);
  return `“${one.length > 240 ? one.slice(0, 237) + '…' : one}”`;
}
