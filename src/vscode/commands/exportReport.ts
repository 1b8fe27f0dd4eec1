// Export Report: a registry of formats (JSON and Markdown here; other features register more)
// and the command that asks for a format and a file, then writes it with workspace.fs.
import * as vscode from 'vscode';
import type { AnalysisReport, Claim, DocumentAnalysis } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { relativePathOf } from '../convert';

/** Everything a format needs, with document ids already turned into workspace-relative paths. */
export interface CorpusSnapshot {
  root: string;
  documents: Array<{ id: string; path: string; encoding: string; analysis: DocumentAnalysis }>;
  /** Claims with `doc` fields as relative paths (the report's convention). */
  claims: Claim[];
  /** Claims with `doc` fields as uri strings (for formats that link back into the workspace). */
  claimsById: Claim[];
}

export interface ExportFormat {
  id: string;
  label: string;
  /** File extension without the dot. */
  extension: string;
  description?: string;
  render(snapshot: CorpusSnapshot): string | Uint8Array | Promise<string | Uint8Array>;
}

export class ExportRegistry {
  private readonly formats = new Map<string, ExportFormat>();

  register(format: ExportFormat): vscode.Disposable {
    this.formats.set(format.id, format);
    return new vscode.Disposable(() => this.formats.delete(format.id));
  }

  list(): ExportFormat[] { return [...this.formats.values()]; }
  get(id: string): ExportFormat | undefined { return this.formats.get(id); }
}

export function snapshotOf(service: AnalysisService): CorpusSnapshot {
  const docs = service.documents().sort((a, b) => (a.id < b.id ? -1 : 1));
  const paths = new Map(docs.map((d) => [d.id, relativePathOf(d.id)]));
  const p = (id: string) => paths.get(id) ?? relativePathOf(id);
  const claimsById = service.claims();
  const folders = vscode.workspace.workspaceFolders ?? [];
  return {
    root: folders.length === 1 ? folders[0].uri.fsPath : folders.map((f) => f.name).join(', '),
    documents: docs.map((analysis) => ({ id: analysis.id, path: p(analysis.id), encoding: service.encodingOf(analysis.id), analysis })),
    claimsById,
    claims: claimsById.map((c) => ({
      ...c,
      doc: p(c.doc),
      corroborating: c.corroborating.map((e) => ({ ...e, doc: p(e.doc) })),
      conflicting: c.conflicting.map((e) => ({ ...e, doc: p(e.doc) })),
      related: c.related?.map((e) => ({ ...e, doc: p(e.doc) })),
    })),
  };
}

/** The report of spec/analysis-report.md from a snapshot. */
export function reportOf(s: CorpusSnapshot): AnalysisReport {
  return {
    version: 1,
    root: s.root,
    documents: s.documents.map(({ path, encoding, analysis: a }) => ({
      path,
      encoding,
      title: a.title,
      boilerplate: a.boilerplate.map(({ start, end }) => ({ start, end })),
      quotes: a.quotes.map(({ start, end, text, speaker, speakerKey, cue }) => ({ start, end, text, speaker, speakerKey, cue })),
      figures: a.figures.map(({ start, end, text, kind, value, unit, iso }) => ({ start, end, text, kind, value, unit, iso })),
      entities: a.entities.map(({ start, end, text, type, key }) => ({ start, end, text, type, key })),
    })),
    claims: s.claims.map((c) => ({
      id: c.id, doc: c.doc, start: c.start, end: c.end, text: c.text,
      corroborating: c.corroborating.map(({ doc, start, end, text, score }) => ({ doc, start, end, text, score })),
      conflicting: c.conflicting.map(({ doc, start, end, text, kind, reason, score }) => ({ doc, start, end, text, kind, reason, score })),
    })),
  };
}

/** A readable report: conflicts first, with sources and reasons. */
export function markdownOf(s: CorpusSnapshot): string {
  const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
  const out = [`# Triangulate report`, '', `${s.documents.length} sources · ${s.claims.length} claims`, ''];
  const conflicted = s.claims.filter((c) => c.conflicting.length);
  const agreed = s.claims.filter((c) => !c.conflicting.length);
  if (conflicted.length) { out.push('## Conflicts', ''); }
  for (const c of conflicted) {
    out.push(`- **${oneLine(c.text)}** (${c.doc})`);
    c.conflicting.forEach((e) => out.push(`  - conflicts: ${e.reason} — ${e.doc}: “${oneLine(e.text)}”`));
    c.corroborating.forEach((e) => out.push(`  - agrees: ${e.doc}: “${oneLine(e.text)}”`));
  }
  if (agreed.length) { out.push('', '## Corroborated', ''); }
  for (const c of agreed) {
    out.push(`- **${oneLine(c.text)}** (${c.doc})`);
    c.corroborating.forEach((e) => out.push(`  - agrees: ${e.doc}: “${oneLine(e.text)}”`));
  }
  return `${out.join('\n')}\n`;
}

export function registerBuiltInFormats(registry: ExportRegistry): vscode.Disposable[] {
  return [
    registry.register({ id: 'json', label: 'JSON (analysis report)', extension: 'json',
      render: (s) => `${JSON.stringify(reportOf(s), null, 2)}\n` }),
    registry.register({ id: 'markdown', label: 'Markdown', extension: 'md', render: markdownOf }),
  ];
}

export interface ExportArgs { format?: string; uri?: string | vscode.Uri }

/** Runs the export. Tests pass `{format, uri}` to skip the pickers. Returns the written uri. */
export async function exportReport(service: AnalysisService, registry: ExportRegistry, args: ExportArgs = {}):
  Promise<vscode.Uri | undefined> {
  let format = args.format ? registry.get(args.format) : undefined;
  if (!format) {
    const pick = await vscode.window.showQuickPick(
      registry.list().map((f) => ({ label: f.label, description: `.${f.extension}`, detail: f.description, format: f })),
      { placeHolder: 'Export the analysis as…' });
    format = pick?.format;
  }
  if (!format) { return undefined; }
  await service.whenIdle();
  let target = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `triangulate-report.${format.extension}`),
      filters: { [format.label]: [format.extension] },
    });
  }
  if (!target) { return undefined; }
  const body = await format.render(snapshotOf(service));
  await vscode.workspace.fs.writeFile(target, typeof body === 'string' ? new TextEncoder().encode(body) : body);
  return target;
}
