// Status bar: a spinner while analysing, then "sources · claims · conflicts"; click focuses the view.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { CommandId } from './commands/commandIds';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('triangulate.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subs: vscode.Disposable[];

  constructor(private readonly service: AnalysisService) {
    this.item.name = 'Triangulate';
    this.item.command = CommandId.focusClaims;
    this.subs = [service.onDidChangeAnalysis(() => this.update()), service.onDidChangeBusy(() => this.update())];
    this.update();
  }

  /** Verdict/note summary from the annotations feature, appended when it returns text. */
  annotationSummary?: () => string | undefined;

  refresh(): void { this.update(); }

  /** The text shown now (tests read it). */
  get text(): string { return this.item.text; }

  private update(): void {
    const s = this.service.stats();
    if (this.service.busy) {
      this.item.text = '$(sync~spin) Triangulate';
      this.item.tooltip = vscode.l10n.t('Triangulate is analysing the articles…');
    } else {
      this.item.text = `$(checklist) ${vscode.l10n.t('{0} sources · {1} claims · {2} conflicts', s.documents, s.claims, s.conflicts)}`;
      this.item.tooltip = vscode.l10n.t('{0} sources analysed, {1} claims shared between sources, {2} with conflicting sources. Click to open the Claims view.',
        s.documents, s.claims, s.conflicts);
      const extra = this.annotationSummary?.();
      if (extra) { this.item.text += ` · ${extra}`; }
    }
    if (this.service.busy || this.service.hasAnalysis) { this.item.show(); } else { this.item.hide(); }
  }

  dispose(): void {
    this.subs.forEach((d) => d.dispose());
    this.item.dispose();
  }
}
