// Plugs the annotations feature into the editor's shared pieces (the Claims tree's verdict and orphan
// seams, the status bar, Export Report) so extension.ts stays a list of one-liners.
import * as vscode from 'vscode';
import { VERDICTS, verdictLabel, type Annotation } from '../../core/annotations/annotation';
import type { AnalysisService } from '../analysisService';
import type { ClaimsTreeProvider } from '../claimsView/claimsTreeProvider';
import type { ExportRegistry } from '../commands/exportReport';
import type { StatusBar } from '../statusBar';
import { registerAnnotationCommands, type WriteGate } from './annotationCommands';
import { registerAnnotationExports } from './annotationExports';
import { CorrectionContext, registerCorrectionCommands } from './correctionCommands';
import type { AnnotationService } from './annotationService';
import { NotesController } from './notesController';
import { escapeMarkdown } from '../hovers/markdownText';
import { toRange } from '../convert';

export interface AnnotationHosts {
  service: AnalysisService;
  claimsTree: ClaimsTreeProvider;
  statusBar: StatusBar;
  exports: ExportRegistry;
  trust: WriteGate;
}

export function wireAnnotations(annotations: AnnotationService, hosts: AnnotationHosts): vscode.Disposable[] {
  const icon = new Map(VERDICTS.map((v) => [v.id, v.icon]));
  hosts.claimsTree.verdictLookup = (uri, start, end) => {
    const v = annotations.verdictAt(uri, start, end);
    return v && { verdict: v.label, icon: icon.get(v.verdict), ...(v.note ? { note: v.note } : {}) };
  };
  hosts.claimsTree.orphanLookup = () => annotations.orphans().map(({ annotation: a, uri }) => ({
    id: a.id,
    label: a.target.selector[0].exact.replace(/\s+/g, ' ').trim(),
    detail: `${a.target.source} · ${kindOf(a)}`,
    uri,
  }));
  // Corrections are applied by the analysis service on every analysis; it hears of every change here.
  hosts.service.setCorrectionSource(() => annotations.corrections());
  hosts.statusBar.annotationSummary = () => {
    const c = annotations.counts();
    const verdicts = Object.values(c.verdicts).reduce((a, b) => a + b, 0);
    if (!verdicts && !c.notes) { return undefined; }
    return `${verdicts} verdicts${c.orphans ? ` (${c.orphans} orphaned)` : ''}`;
  };
  return [
    annotations.onDidChange(() => { hosts.service.correctionsChanged(); hosts.claimsTree.refresh(); hosts.statusBar.refresh(); }),
    new NotesController(annotations),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }], { provideHover: (doc, pos) => annotationHover(annotations, doc, pos) }),
    ...registerAnnotationCommands(annotations, hosts.service, hosts.trust),
    ...registerCorrectionCommands(annotations, hosts.service, hosts.trust),
    new CorrectionContext(hosts.service),
    ...registerAnnotationExports(hosts.exports, annotations),
  ];
}

/** Verdict and notes of the passage under the mouse; text escaped, no commands (notes are user text). */
function annotationHover(annotations: AnnotationService, doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
  const offset = doc.offsetAt(pos);
  const here = annotations.placed(doc.uri).filter((p) => p.anchor.start <= offset && offset < p.anchor.end);
  if (!here.length) { return undefined; }
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  for (const p of here) {
    const a = p.annotation;
    const who = a.creator?.name ? ` — ${a.creator.name}` : '';
    md.appendMarkdown(a.verdict
      ? `**Verdict: ${escapeMarkdown(verdictLabel(a.verdict))}**${escapeMarkdown(who)}\n\n`
      : a.correction ? `**Corrected by you**${escapeMarkdown(who)}: ${escapeMarkdown(a.body.value)}\n\n`
        : `**Note**${escapeMarkdown(who)}: ${escapeMarkdown(a.body.value)}\n\n`);
  }
  const first = here[0].anchor;
  return new vscode.Hover(md, toRange(doc, first));
}

function kindOf(a: Annotation): string {
  return a.verdict ? verdictLabel(a.verdict) : a.correction ? `correction: ${a.body.value}` : `note: ${a.body.value}`;
}
