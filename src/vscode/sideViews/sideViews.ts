// The Sources, Speakers and Names views of the Triangulate container: core builds their rows from the
// model the analysis service caches (nothing here reads or analyses text).
import * as vscode from 'vscode';
import { nameRows } from '../../core/views/nameRows';
import { sourceRows } from '../../core/views/sourceRows';
import { speakerRows } from '../../core/views/speakerRows';
import { ViewId } from '../commands/commandIds';
import { RowTreeProvider, type RowSource } from './rowTreeProvider';

export interface SideViews extends vscode.Disposable {
  readonly sources: RowTreeProvider;
  readonly speakers: RowTreeProvider;
  readonly names: RowTreeProvider;
}

export function createSideViews(source: RowSource): SideViews {
  const sources = new RowTreeProvider(source, sourceRows);
  const speakers = new RowTreeProvider(source, speakerRows);
  const names = new RowTreeProvider(source, (docs) => nameRows(docs));
  const parts: vscode.Disposable[] = [
    sources, speakers, names,
    vscode.window.createTreeView(ViewId.sources, { treeDataProvider: sources }),
    vscode.window.createTreeView(ViewId.speakers, { treeDataProvider: speakers, showCollapseAll: true }),
    vscode.window.createTreeView(ViewId.names, { treeDataProvider: names, showCollapseAll: true }),
  ];
  return { sources, speakers, names, dispose: () => parts.forEach((p) => p.dispose()) };
}
