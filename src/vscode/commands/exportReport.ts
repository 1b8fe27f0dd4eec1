// Export Report: a registry of formats (JSON and Markdown here; other features register more)
// and the command that asks for a format and a file, then writes it with workspace.fs. Every format
// renders the one report core's buildReport makes (the CLI's report, version 2): this module only
// gathers what the builder needs from the editor.
import * as vscode from 'vscode';
import { buildReport, renderMarkdown, type AnalysisReportV2 } from '../../core/report';
import type { Claim } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { relativePathOf } from '../convert';
import { limitText, readArticle } from '../workspaceFiles';

/** Everything a format needs. */
export interface CorpusSnapshot {
  /** The report, with document paths relative to the workspace (the CLI's convention). */
  report: AnalysisReportV2;
  /** Document id (uri string) of each report path, for formats that link back into the workspace. */
  idOfPath: ReadonlyMap<string, string>;
  /** Claims with `doc` fields as uri strings. */
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

/** The text each document was analysed from: the editor's buffer when open, else the file (cut at the
 *  size limit as the analysis cut it). The builder slices the facts' text out of it. */
async function analysedTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const uri = vscode.Uri.parse(id);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    try {
      const text = open ? limitText(open.getText(), uri) : (await readArticle(uri))?.text;
      if (text !== undefined) { out.set(id, text); }
    } catch {
      // gone since the analysis: its facts keep their spans, with an empty text
    }
  }
  return out;
}

export async function snapshotOf(service: AnalysisService): Promise<CorpusSnapshot> {
  const docs = service.documents().sort((a, b) => (a.id < b.id ? -1 : 1));
  const texts = await analysedTexts(docs.map((d) => d.id));
  const folders = vscode.workspace.workspaceFolders ?? [];
  const root = folders.length === 1 ? folders[0].uri.fsPath : folders.map((f) => f.name).join(', ');
  const inputs = docs.map((d) => ({ id: d.id, path: relativePathOf(d.id), encoding: service.encodingOf(d.id) }));
  const report = buildReport({
    document: (id) => service.document(id),
    text: (id) => texts.get(id),
    claims: () => service.claims(),
    stories: () => service.stories(),
    corrections: () => service.corrections(),
  }, root, inputs, service.warningsList());
  return { report, idOfPath: new Map(inputs.map((d) => [d.path, d.id])), claimsById: service.claims() };
}

export function registerBuiltInFormats(registry: ExportRegistry): vscode.Disposable[] {
  return [
    registry.register({ id: 'json', label: 'JSON (analysis report)', extension: 'json',
      description: 'The report `triangulate analyze --format json` prints',
      render: (s) => `${JSON.stringify(s.report, null, 2)}\n` }),
    registry.register({ id: 'markdown', label: 'Markdown', extension: 'md', render: (s) => renderMarkdown(s.report) }),
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
  const body = await format.render(await snapshotOf(service));
  await vscode.workspace.fs.writeFile(target, typeof body === 'string' ? new TextEncoder().encode(body) : body);
  return target;
}
