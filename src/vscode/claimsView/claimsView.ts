// The tree view itself: badge with the number of conflicts, a message while the scope is empty.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { ViewId } from '../commands/commandIds';
import type { ClaimsTreeNode, ClaimsTreeProvider } from './claimsTreeProvider';

export function createClaimsView(service: AnalysisService, provider: ClaimsTreeProvider): vscode.TreeView<ClaimsTreeNode> {
  const view = vscode.window.createTreeView(ViewId.claims, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const conflicts = service.claims().filter((c) => c.conflicting.length).length;
    view.badge = conflicts ? { value: conflicts, tooltip: `${conflicts} claims with conflicting sources` } : undefined;
    const empty = service.hasAnalysis && provider.rootNodes().length === 0;
    view.message = !empty ? undefined
      : provider.scope === 'file' ? 'No claims in this file are shared with other sources.'
        : 'No claim is shared by two sources yet.';
  };
  const sub = provider.onDidChangeTreeData(update);
  const dispose = view.dispose.bind(view);
  view.dispose = () => { sub.dispose(); dispose(); };
  update();
  return view;
}
