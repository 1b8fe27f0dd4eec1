// Notes shown where VS Code users look for them: as comment threads on their passages (Comments API),
// one thread per note, rebuilt from the annotation service's placements whenever they change.
import * as vscode from 'vscode';
import { idOf, toRange } from '../convert';
import type { AnnotationService } from './annotationService';

export class NotesController implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController('triangulate.notes', 'Triangulate notes');
  private threads = new Map<string, vscode.CommentThread[]>();
  private readonly subs: vscode.Disposable[];

  constructor(private readonly service: AnnotationService) {
    this.controller.options = { placeHolder: vscode.l10n.t('Note on this passage'), prompt: vscode.l10n.t('Triangulate note') };
    this.subs = [
      service.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(idOf(d.uri))),
    ];
    this.refreshAll();
  }

  /** The threads currently shown for a document (tests read them). */
  threadsOf(uri: vscode.Uri): readonly vscode.CommentThread[] {
    return this.threads.get(idOf(uri)) ?? [];
  }

  private refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) { this.refresh(d); }
  }

  private refresh(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file') { return; }
    const id = idOf(doc.uri);
    this.clear(id);
    const created: vscode.CommentThread[] = [];
    // Verdicts are shown in the tree and the hover; comment threads are for notes only.
    for (const p of this.service.placed(doc.uri).filter((x) => x.annotation.motivation === 'commenting')) {
      if (p.anchor.end > doc.getText().length) { continue; } // stale until the debounced re-anchor runs
      const a = p.annotation;
      const body = new vscode.MarkdownString();
      body.appendText(a.body.value);
      body.isTrusted = false;
      const comment: vscode.Comment = {
        body,
        mode: vscode.CommentMode.Preview,
        author: { name: a.creator?.name ?? 'Triangulate' },
        timestamp: new Date(a.modified),
        contextValue: 'triangulateNote',
      };
      const thread = this.controller.createCommentThread(doc.uri, toRange(doc, p.anchor), [comment]);
      thread.canReply = false;
      thread.label = 'Triangulate note';
      thread.contextValue = a.id;
      thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
      created.push(thread);
    }
    this.threads.set(id, created);
  }

  private clear(id: string): void {
    this.threads.get(id)?.forEach((t) => t.dispose());
    this.threads.delete(id);
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
    this.threads.forEach((ts) => ts.forEach((t) => t.dispose()));
    this.controller.dispose();
  }
}
