// "Find Claim...": a quick pick over every claim, filtered with fuse.js (typo-tolerant) instead of
// VS Code's built-in substring filter.
import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import type { Claim } from '../../core/model';
import { claimSubject, claimSummary, sortClaims } from '../../core/query';
import { fileNameOf } from '../convert';

interface ClaimPick extends vscode.QuickPickItem { claim: Claim }

export function findClaim(claims: readonly Claim[]): Promise<Claim | undefined> {
  const items: ClaimPick[] = sortClaims(claims).map((claim) => ({
    claim,
    label: claimSubject(claim, 120),
    description: claimSummary(claim),
    detail: `${fileNameOf(claim.doc)}: ${claim.text.replace(/\s+/g, ' ').trim()}`,
    alwaysShow: true,
  }));
  const fuse = new Fuse(items, { keys: ['label', 'detail'], threshold: 0.4, ignoreLocation: true });
  const qp = vscode.window.createQuickPick<ClaimPick>();
  qp.placeholder = items.length ? 'Type to find a claim (fuzzy)' : 'No claims yet: run Triangulate: Analyze Workspace';
  qp.matchOnDescription = false;
  qp.items = items;
  // Our own filter: items are marked alwaysShow so VS Code's filter does not hide fuse's matches.
  qp.onDidChangeValue((v) => { qp.items = v.trim() ? fuse.search(v).map((r) => r.item) : items; });
  return new Promise((resolve) => {
    qp.onDidAccept(() => { resolve(qp.selectedItems[0]?.claim); qp.hide(); });
    qp.onDidHide(() => { resolve(undefined); qp.dispose(); });
    qp.show();
  });
}
