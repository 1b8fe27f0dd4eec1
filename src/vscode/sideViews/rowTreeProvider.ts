// A tree drawn from core's view rows (src/core/views): what each row says is decided there; this only
// turns rows into TreeItems, and rebuilds them from the cached model when the analysis changes (lazily:
// a view never opened builds nothing).
import * as vscode from 'vscode';
import type { DocumentAnalysis, Claim } from '../../core/model';
import type { ViewRow } from '../../core/views/viewRow';
import type { AnalysisChange } from '../analysisService';
import { CommandId } from '../commands/commandIds';
import { uriOf } from '../convert';

/** The slice of the analysis service a side view reads. */
export interface RowSource {
  documents(): DocumentAnalysis[];
  claims(): Claim[];
  readonly onDidChangeAnalysis: vscode.Event<AnalysisChange>;
}

export class RowTreeProvider implements vscode.TreeDataProvider<ViewRow>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ViewRow | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private rows: ViewRow[] | undefined;
  private readonly parents = new Map<string, ViewRow>();
  private readonly sub: vscode.Disposable;

  constructor(private readonly source: RowSource, private readonly build: (docs: DocumentAnalysis[], claims: Claim[]) => ViewRow[]) {
    this.sub = source.onDidChangeAnalysis(() => { this.rows = undefined; this.changeEmitter.fire(undefined); });
  }

  /** The rows at the top level (tests read them). */
  rootRows(): readonly ViewRow[] {
    if (!this.rows) {
      this.rows = this.build(this.source.documents(), this.source.claims());
      this.parents.clear();
      const walk = (r: ViewRow) => { for (const c of r.children ?? []) { this.parents.set(c.id, r); walk(c); } };
      this.rows.forEach(walk);
    }
    return this.rows;
  }

  getChildren(row?: ViewRow): ViewRow[] {
    return row ? row.children ?? [] : [...this.rootRows()];
  }

  getParent(row: ViewRow): ViewRow | undefined {
    this.rootRows();
    return this.parents.get(row.id);
  }

  getTreeItem(row: ViewRow): vscode.TreeItem {
    const state = row.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(row.highlights?.length ? { label: row.label, highlights: row.highlights } : row.label, state);
    item.id = row.id;
    item.description = row.description;
    // plain text: article words in a tooltip are never Markdown
    item.tooltip = row.tooltip;
    if (row.icon) { item.iconPath = new vscode.ThemeIcon(row.icon); }
    if (row.open) {
      item.resourceUri = uriOf(row.open.doc);
      item.command = { command: CommandId.openPassage, title: 'Open Passage', arguments: [{ uri: row.open.doc, start: row.open.start, end: row.open.end }] };
    }
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.changeEmitter.dispose();
  }
}
