// Moving between conflicts and from the cursor to its claims.
import * as vscode from 'vscode';
import { claimSubject, claimSummary, claimsTouching, conflictSites, stepSite } from '../../core/query';
import type { AnalysisService } from '../analysisService';
import type { ClaimsTreeNode, ClaimsTreeProvider } from '../claimsView/claimsTreeProvider';
import { fileNameOf, idOf, uriOf } from '../convert';
import { revealPassage } from './passageArgs';

/** Selects the next (or previous) conflicting passage across files, wrapping around. */
export async function stepConflict(service: AnalysisService, direction: 1 | -1): Promise<vscode.TextEditor | undefined> {
  const sites = conflictSites(service.claims());
  if (!sites.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Triangulate: no conflicts between sources.'));
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const doc = editor && idOf(editor.document.uri);
  const offset = editor ? editor.document.offsetAt(editor.selection.start) : 0;
  const site = stepSite(sites, doc, offset, direction);
  return site && revealPassage({ uri: uriOf(site.doc), start: site.start, end: site.end });
}

/** Lists the claims touching the cursor; the chosen one is revealed in the Claims view. */
export async function showClaimsAtCursor(service: AnalysisService, provider: ClaimsTreeProvider,
  view: vscode.TreeView<ClaimsTreeNode>): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { return; }
  const doc = idOf(editor.document.uri);
  const sel = editor.selection;
  const span = { start: editor.document.offsetAt(sel.start), end: editor.document.offsetAt(sel.end) };
  const claims = claimsTouching(service.claims(), doc, span);
  if (!claims.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Triangulate: no other source talks about this passage.'));
    return;
  }
  const pick = claims.length === 1 ? { claim: claims[0] } : await vscode.window.showQuickPick(
    claims.map((claim) => ({
      claim,
      label: claimSubject(claim, 120),
      description: claimSummary(claim),
      detail: `${fileNameOf(claim.doc)}: ${claim.text.replace(/\s+/g, ' ').trim()}`,
    })), { placeHolder: vscode.l10n.t('Claims at the cursor') });
  if (pick) { await revealClaim(provider, view, pick.claim.id); }
}

export async function revealClaim(provider: ClaimsTreeProvider, view: vscode.TreeView<ClaimsTreeNode>,
  claimId: string): Promise<void> {
  let node = provider.nodeFor(claimId);
  if (!node && provider.scope === 'file') {
    provider.setScope('all');
    node = provider.nodeFor(claimId);
  }
  if (node) { await view.reveal(node, { select: true, focus: true, expand: 2 }); }
}
