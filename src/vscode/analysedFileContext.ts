// The `triangulate:analysedFile` context key: true while the active editor shows a file Triangulate analysed.
// Menus and keybindings use it so the verdict/note entries and the conflict chords exist only where they
// mean something (not in the context menu of a .ts file, not over a built-in chord in other files).
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { ContextKey } from './commands/commandIds';
import { idOf } from './convert';

export class AnalysedFileContext implements vscode.Disposable {
  private value: boolean | undefined;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly service: AnalysisService) {
    this.subs = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidChangeAnalysis(() => this.update()),
    ];
    this.update();
  }

  /** The value last set (tests read it; VS Code cannot read a context key back). */
  get analysed(): boolean { return this.value ?? false; }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const next = !!doc && !!this.service.document(idOf(doc.uri));
    if (next === this.value) { return; }
    this.value = next;
    void vscode.commands.executeCommand('setContext', ContextKey.analysedFile, next);
  }

  dispose(): void { this.subs.forEach((s) => s.dispose()); }
}
