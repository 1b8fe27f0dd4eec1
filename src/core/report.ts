// The public JSON report, version 2 (docs/report-format.md; v1 is shared/spec/analysis-report.md): built
// from a Corpus. Every v1 field keeps its name and its place; the v2 fields (per document `reported` and
// `facts`, per claim `fact`, `focus`, `sources`, `independent`, `related`, `updates`, `variants`, per
// passage `focus`) come after the v1 fields of the same object. JSON has no Infinity or NaN, so an open
// end of a value interval is written as null with a `bound` saying which end is known. Also the report's
// readable Markdown rendering: conflicts first (with the competing values, their sources and reasons),
// then value updates as a timeline, corroborated claims, wording variants, then a per-document summary.
import type { CorrectionOutcome, CorrectionPassage } from './annotations/placeCorrections';
import type { Claim, DocumentAnalysis, Evidence, Fact, FactValue, Span, Story } from './model';
import {
  asV2, type AnalysisReportV2, type AnyReport, type ReportClaimV2, type ReportCorrection, type ReportDocumentV2, type ReportFact, type ReportFactValue,
} from './reportTypes';
import { articleUrl } from './text/articleUrl';

export type { AnalysisReportV2, ReportClaimV2, ReportCorrection, ReportDocumentV2, ReportFact, ReportFactValue, ReportStory } from './reportTypes';

export const REPORT_VERSION = 2;

export interface ReportDocInput {
  /** The id the document was given in the corpus. */
  id: string;
  /** Path relative to the report root, '/' separators. */
  path: string;
  /** What the file was decoded as ("utf-8", "windows-1252", "utf-16le", ...). */
  encoding: string;
}

/** What the report is built from: a Corpus (the CLI), or the editor's analysis service with the texts it
 *  analysed. One builder for both, so the editor's exports and the CLI's report cannot drift apart. */
export interface ReportSource {
  document(id: string): DocumentAnalysis | undefined;
  /** The analysed text (for the facts' `text`). */
  text(id: string): string | undefined;
  claims(): readonly Claim[];
  /** The folder's stories (documents grouped by what they share). */
  stories(): readonly Story[];
  /** The user's corrections and what became of them (a source without them gives a report without the list). */
  corrections?(): readonly CorrectionOutcome[];
}

export function buildReport(corpus: ReportSource, root: string, docs: readonly ReportDocInput[], warnings: readonly string[] = []): AnalysisReportV2 {
  const pathOf = new Map(docs.map((d) => [d.id, d.path]));
  const documents: ReportDocumentV2[] = [];
  for (const d of docs) {
    const a = corpus.document(d.id);
    if (!a) { continue; }
    const text = corpus.text(d.id) ?? '';
    documents.push({
      path: d.path,
      encoding: d.encoding,
      title: a.title,
      // `reason` is an extra the spec allows: why the span was judged page chrome.
      boilerplate: a.boilerplate.map((b) => ({ start: b.start, end: b.end, reason: b.reason, ...mark(b) })),
      quotes: a.quotes.map((q) => ({
        start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerKey: q.speakerKey, cue: q.cue, ...mark(q),
      })),
      figures: a.figures.map((f) => ({
        start: f.start, end: f.end, text: f.text, kind: f.kind, value: numberOrNull(f.value), unit: f.unit, iso: f.iso,
      })),
      entities: a.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, key: e.key, ...mark(e) })),
      reported: a.reported ?? null,
      facts: (a.facts ?? []).map((f) => reportFact(f, text)),
    });
    // Optional fields, only when the article says them, so a report of plain files keeps its shape.
    const doc = documents[documents.length - 1];
    if (a.outlet) { doc.outlet = a.outlet; }
    const url = articleUrl(text);
    if (url) { doc.url = url; }
  }
  const claims = corpus.claims()
    // Claims with no other passage at all may stay out of the list (spec); those with a passage about
    // another period or event, a later value or another wording stay in, so "not a conflict" is visible too.
    .filter((c) => pathOf.has(c.doc) && (c.corroborating.length > 0 || c.conflicting.length > 0 ||
      !!c.related?.length || !!c.updates?.length || !!c.variants?.length))
    .map((c) => reportClaim(c, pathOf));
  const stories = corpus.stories()
    .map((s) => ({ id: s.id, title: s.title, documents: s.documents.filter((d) => pathOf.has(d)).map((d) => pathOf.get(d)!) }))
    .filter((s) => s.documents.length > 0);
  const report: AnalysisReportV2 = { version: 2, root, documents, claims, stories };
  const corrections = corpus.corrections?.();
  if (corrections) { report.corrections = corrections.map((o) => reportCorrection(o, pathOf)); }
  if (warnings.length) { report.warnings = [...warnings]; }
  return report;
}

/** `{correction: id}` for an item a correction changed, else nothing (the v2 shape stays as it was). */
function mark(x: { correction?: string }): { correction?: string } {
  return x.correction ? { correction: x.correction } : {};
}

function reportCorrection(o: CorrectionOutcome, pathOf: ReadonlyMap<string, string>): ReportCorrection {
  const passage = (p: CorrectionPassage | null | undefined) =>
    p ? { doc: pathOf.get(p.doc) ?? p.doc, start: p.start, end: p.end, text: p.text } : null;
  const c = o.correction;
  return {
    id: o.id, kind: c.kind, label: o.label, status: o.status, supersededBy: o.supersededBy ?? null,
    source: o.source, passage: passage(o.at), otherSource: o.otherSource ?? null, other: passage(o.other),
    ...(c.speaker !== undefined ? { speaker: c.speaker, speakerKey: c.speakerKey ?? '' } : {}),
    ...(c.entityType ? { entityType: c.entityType } : {}),
    ...(c.sameAs ? { sameAs: { ...c.sameAs } } : {}),
    creator: o.creator ?? null, created: o.created, modified: o.modified,
  };
}

function reportFact(f: Fact, text: string): ReportFact {
  const out: ReportFact = {
    id: f.id,
    kind: f.kind,
    figureKind: f.figureKind ?? null,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    sentence: { start: f.sentence.start, end: f.sentence.end },
    value: f.value ? factValue(f.value) : null,
    measure: f.measure,
    predicate: f.predicate,
    holder: f.holder,
    scope: f.scope,
    time: f.time,
    role: f.role,
  };
  if (f.kind === 'quote') {
    out.speaker = f.speaker ?? null;
    out.speakerKey = f.speakerKey ?? null;
    out.words = [...(f.words ?? [])];
  }
  return out;
}

/** Infinity, -Infinity and NaN have no JSON form: an open end is null, and `bound` names the known end. */
export function factValue(v: FactValue): ReportFactValue {
  const lo = finite(v.lo);
  const hi = finite(v.hi);
  return {
    lo,
    hi,
    bound: lo !== null && v.hi === Infinity ? 'lower' : hi !== null && v.lo === -Infinity ? 'upper' : null,
    text: v.text,
    unit: v.unit ?? null,
    iso: v.iso ?? null,
  };
}

/** A finite number as it is, else null (JSON.stringify would write null anyway; this makes it explicit). */
function numberOrNull(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** A finite interval end with binary noise trimmed (27.500000000000004 -> 27.5), else null. */
function finite(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? Number(x.toPrecision(15)) : null;
}

function span(s: Span | undefined): Span | null {
  return s ? { start: s.start, end: s.end } : null;
}

function reportClaim(c: Claim, pathOf: ReadonlyMap<string, string>): ReportClaimV2 {
  const p = (doc: string) => pathOf.get(doc) ?? doc;
  const passage = (e: Evidence) => ({ doc: p(e.doc), start: e.start, end: e.end, text: e.text });
  const docs = new Set([c.doc, ...c.corroborating.map((e) => e.doc)]);
  return {
    id: c.id,
    doc: p(c.doc),
    start: c.start,
    end: c.end,
    text: c.text,
    corroborating: c.corroborating.map((e) => ({ ...passage(e), score: round(e.score), focus: span(e.focus), ...mark(e) })),
    conflicting: c.conflicting.map((e) => ({
      ...passage(e), kind: e.kind, reason: e.reason, score: round(e.score), focus: span(e.focus), ...mark(e),
    })),
    fact: c.fact ? {
      subject: c.fact.subject,
      kind: c.fact.kind,
      factId: c.fact.factId,
      measure: c.fact.measure,
      predicate: c.fact.predicate,
      holder: c.fact.holder,
      values: c.fact.values.map((v) => ({ value: v.value, docs: v.docs.map(p) })),
    } : null,
    focus: span(c.focus),
    sources: c.sources ?? docs.size,
    independent: c.independent ?? null,
    related: (c.related ?? []).map((e) => ({ ...passage(e), note: e.note, score: round(e.score), focus: span(e.focus), ...mark(e) })),
    updates: (c.updates ?? []).map((e) => ({
      ...passage(e), score: round(e.score), value: e.value, reported: e.reported ?? null, focus: span(e.focus), ...mark(e),
    })),
    variants: (c.variants ?? []).map((e) => ({ ...passage(e), score: round(e.score), reason: e.reason, focus: span(e.focus), ...mark(e) })),
    story: c.story ?? null,
    ...(c.corrections?.length ? { corrections: [...c.corrections] } : {}),
  };
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 : 0;
}

// ---------------------------------------------------------------- shared by the renderers

/** "killed (person): 14 — 3 sources · Sixteen — 1 source", with `esc` applied to every article-derived
 *  piece (each format escapes by its own rules); null when the claim has no fact. */
export function factLine(c: ReportClaimV2, esc: (s: string) => string, sep = ' · ', dash = ' — '): string | null {
  if (!c.fact) { return null; }
  const values = c.fact.values.map((v) => `${esc(v.value)}${dash}${plural(v.docs.length, 'source')}`);
  return values.length ? `${esc(c.fact.subject)}: ${values.join(sep)}` : esc(c.fact.subject);
}

/** "4 sources, 2 independent" (or "4 sources" when independence is unknown). */
export function sourcesLine(c: ReportClaimV2): string {
  return `${plural(c.sources, 'source')}${c.independent === null ? '' : `, ${c.independent} independent`}`;
}

/** The claim's own value and its updates in reporting order (undated last, the claim's own first among equals). */
export function timeline(report: AnalysisReportV2, c: ReportClaimV2): Array<{ value: string; doc: string; reported: string | null; text: string }> {
  const reportedOf = new Map(report.documents.map((d) => [d.path, d.reported]));
  const own = { value: c.fact?.values[0]?.value ?? '', doc: c.doc, reported: reportedOf.get(c.doc) ?? null, text: c.text };
  const rows = [own, ...c.updates.map((u) => ({ value: u.value, doc: u.doc, reported: u.reported, text: u.text }))];
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.reported ?? '\uffff').localeCompare(b.r.reported ?? '\uffff') || a.i - b.i)
    .map(({ r }) => r);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------- Markdown
/** Caps so a 200-document corpus still gives a report a person can read. */
const MAX_ITEMS_PER_DOC = 12;

export interface MarkdownSections {
  /** Lines of a section placed before the per-document summary (the reviewers' verdicts and notes). */
  review?: readonly string[];
}

export function renderMarkdown(input: AnyReport, sections: MarkdownSections = {}): string {
  const report = asV2(input);
  const out: string[] = [];
  const conflicted = report.claims.filter((c) => c.conflicting.length > 0);
  const corroborated = report.claims.filter((c) => c.conflicting.length === 0 && c.corroborating.length > 0);
  const updated = report.claims.filter((c) => c.updates.length > 0);
  const varied = report.claims.filter((c) => c.variants.length > 0);
  const relatedOnly = report.claims.filter((c) => c.conflicting.length === 0 && c.corroborating.length === 0 &&
    !c.updates.length && !c.variants.length);
  out.push(`# Triangulate report: ${md(report.root)}`, '');
  out.push(`${report.documents.length} documents, ${report.claims.length} linked claims, ` +
    `${conflicted.length} with conflicts, ${corroborated.length} corroborated only` +
    `${updated.length ? `, ${updated.length} with updated values` : ''}` +
    `${varied.length ? `, ${varied.length} with wording variants` : ''}` +
    `${relatedOnly.length ? `, ${relatedOnly.length} about different periods or events` : ''}.`, '');
  if (report.warnings?.length) {
    out.push('## Warnings', '', ...report.warnings.map((w) => `- ${md(w)}`), '');
  }
  out.push('## Conflicts', '');
  if (!conflicted.length) { out.push('No conflicting passages found.', ''); }
  for (const c of conflicted) {
    out.push(`### ${md(c.doc)}: ${quote(c.text)}`, '');
    const fl = factLine(c, md);
    out.push(`${fl ? `${fl}  \n` : ''}${sourcesLine(c)}`, '');
    for (const e of c.conflicting) {
      out.push(`- **${e.kind}** — ${md(e.reason)}  `, `  ${md(e.doc)} (${e.start}–${e.end}): ${quote(e.text)}`);
    }
    for (const e of c.corroborating) { out.push(`- supported by ${md(e.doc)}: ${quote(e.text)}`); }
    out.push('');
  }
  if (updated.length) {
    out.push('## Updates', '', 'The same figure reported later with another value: a timeline, not a conflict.', '');
    for (const c of updated) {
      out.push(`### ${c.fact ? md(c.fact.subject) : md(c.doc)}`, '');
      for (const t of timeline(report, c)) {
        out.push(`- ${t.reported ? md(t.reported) : 'undated'} · **${md(t.value)}** — ${md(t.doc)}: ${quote(t.text)}`);
      }
      out.push('');
    }
  }
  out.push('## Corroborated claims', '');
  if (!corroborated.length) { out.push('No corroborated claims found.', ''); }
  for (const c of corroborated) {
    const sources = [c.doc, ...new Set(c.corroborating.map((e) => e.doc))];
    const fl = factLine(c, md);
    out.push(`- ${quote(c.text)} — ${sourcesLine(c)}: ${sources.map(md).join(', ')}${fl ? `  \n  ${fl}` : ''}`);
  }
  if (varied.length) {
    out.push('', '## Wording variants', '', 'The same quote worded differently without a change of meaning.', '');
    for (const c of varied) {
      out.push(`- ${md(c.doc)}: ${quote(c.text)}`);
      for (const e of c.variants) { out.push(`  - ${md(e.reason)} — ${md(e.doc)}: ${quote(e.text)}`); }
    }
  }
  const withRelated = report.claims.filter((c) => c.related.length);
  if (withRelated.length) {
    out.push('', '## Not conflicts: different periods or events', '');
    for (const c of withRelated) {
      out.push(`- ${md(c.doc)}: ${quote(c.text)}`);
      for (const e of c.related) { out.push(`  - ${md(e.note)} — ${md(e.doc)}: ${quote(e.text)}`); }
    }
  }
  if (report.corrections?.length) {
    out.push('', '## Corrections', '', 'Your corrections of the analysis, applied to everything above; a later correction of the same target wins.', '');
    const at = (source: string, p: { start: number; end: number; text: string } | null) =>
      p ? `${md(source)} (${p.start}–${p.end}): ${quote(p.text)}` : `${md(source)}: passage gone`;
    for (const c of report.corrections) {
      out.push(`- **${md(c.label)}** (${c.status}) — ${at(c.source, c.passage)}${c.otherSource ? `; with ${at(c.otherSource, c.other)}` : ''}`);
    }
  }
  if (sections.review?.length) { out.push('', ...sections.review); }
  out.push('', '## Documents', '');
  for (const d of report.documents) { out.push(...renderDocument(d)); }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

function renderDocument(d: ReportDocumentV2): string[] {
  const out = [`### ${md(d.path)}`, ''];
  out.push(`*${d.title ? md(d.title) : 'untitled'}* · ${md(d.encoding)}${d.reported ? ` · reported ${md(d.reported)}` : ''} · ` +
    `${d.quotes.length} quotes, ${d.figures.length} figures, ${d.entities.length} entities, ${d.boilerplate.length} boilerplate spans`, '');
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

/**
 * Article text is untrusted: keep each passage on one line and escape every character that opens Markdown
 * or HTML syntax (links, images, emphasis, code, tables, raw HTML and `<...>` autolinks, entity references,
 * math), and break bare-URL autolinks ("https://", "www.") of GitHub-flavoured Markdown with an escape.
 */
export function md(s: string): string {
  return s.replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|<>~&$])/g, '\\$1')
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .trim();
}

/** A passage in curly quotes, escaped, on one line, at most 240 characters. */
export function quote(s: string): string {
  const one = md(s);
  return `“${one.length > 240 ? cut(one, 237) + '…' : one}”`;
}

/** Cuts an escaped string without leaving a dangling backslash or half a surrogate pair. */
function cut(s: string, n: number): string {
  let t = s.slice(0, n);
  if (/[\uD800-\uDBFF]$/.test(t)) { t = t.slice(0, -1); }
  const trailing = /\\+$/.exec(t)?.[0].length ?? 0;
  return trailing % 2 ? t.slice(0, -1) : t;
}
