// Paints the analysis into visible editors. Reads only the cached model; never analyses.
// No flicker: old decorations stay until the new model for that document arrives, and each
// type is replaced with a single setDecorations call.
import * as vscode from 'vscode';
import type { DocumentAnalysis, Span } from '../../core/model';
import { conflictSpans, overlaps } from '../../core/query';
import type { AnalysisService } from '../analysisService';
import { affects, readConfig } from '../config';
import { idOf, toRange } from '../convert';
import { CATEGORIES, createDecorationTypes, type Category } from './decorationTypes';

export type AppliedDecorations = Record<Category, vscode.Range[]>;

export class DecorationController implements vscode.Disposable {
  private readonly types: Record<Category, vscode.TextEditorDecorationType>;
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly disposables: vscode.Disposable[] = [];
  private settings = readConfig().decorations;

  constructor(private readonly service: AnalysisService, extensionUri: vscode.Uri) {
    this.types = createDecorationTypes(extensionUri);
    this.disposables.push(
      ...Object.values(this.types),
      service.onDidChangeAnalysis((e) => {
        // Conflicts can appear anywhere when claims change; otherwise only the changed documents.
        const ids = new Set(e.ids);
        for (const editor of vscode.window.visibleTextEditors) {
          if (e.claimsChanged || ids.has(idOf(editor.document.uri))) { this.refresh(editor); }
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
    );
  }

  onConfigurationChanged(e?: vscode.ConfigurationChangeEvent): void {
    if (!affects(e, 'decorations')) { return; }
    this.settings = readConfig().decorations;
    this.refreshAll();
  }

  /** What was last applied to the editors of `uri`, per category (tests read this; VS Code cannot). */
  lastApplied(uri: vscode.Uri | string): AppliedDecorations | undefined {
    return this.applied.get(typeof uri === 'string' ? uri : idOf(uri));
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) { this.refresh(editor); }
  }

  private refresh(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const analysis = this.service.document(idOf(doc.uri));
    // Nothing yet, or a result for other text than the editor shows (typing, unsaved edits):
    // leave the current decorations in place until the matching result arrives.
    if (!analysis) { return; }
    if (analysis.version !== undefined ? analysis.version !== doc.version : doc.isDirty) { return; }
    const spans = this.spans(analysis);
    const ranges = {} as AppliedDecorations;
    for (const c of CATEGORIES) {
      ranges[c] = spans[c].map((s) => toRange(doc, s));
      editor.setDecorations(this.types[c], ranges[c]);
    }
    this.applied.set(idOf(doc.uri), ranges);
  }

  private spans(a: DocumentAnalysis): Record<Category, Span[]> {
    const s = this.settings;
    const cap = <T>(xs: T[]) => xs.slice(0, s.maxPerFile);
    const conflicts = conflictSpans(this.service.claims(), a);
    // A contradicted figure or quote gets the conflict colour instead of its usual one.
    const entities = (t: string) => (s.entities ? cap(a.entities.filter((e) => e.type === t)) : []);
    return {
      boilerplate: s.boilerplate ? cap(a.boilerplate) : [],
      quotes: s.quotes ? cap(a.quotes.filter((q) => !conflicts.some((c) => c.start <= q.start && q.end <= c.end))) : [],
      figures: s.figures ? cap(a.figures.filter((f) => !conflicts.some((c) => overlaps(c, f)))) : [],
      person: entities('person'),
      organization: entities('organization'),
      place: entities('place'),
      // A contradicted value the extractors did not list as a figure or quote (a year read only as
      // a fact) is shown with the figures.
      conflicts: cap(conflicts.filter((c) => {
        const figure = a.figures.some((f) => overlaps(f, c));
        const quote = a.quotes.some((q) => overlaps(q, c));
        return (s.figures && (figure || !quote)) || (s.quotes && quote);
      })),
    };
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
