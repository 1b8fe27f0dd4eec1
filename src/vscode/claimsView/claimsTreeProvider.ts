// The Claims view: conflicts first, then corroborated claims, each with its passages grouped by
// relation. Follows the active editor in "this file" scope. Reads the cached model only.
import * as vscode from 'vscode';
import type { Claim, Passage } from '../../core/model';
import { claimsOfDocument, sortClaims } from '../../core/query';
import type { AnalysisService } from '../analysisService';
import { CommandId, ContextKey } from '../commands/commandIds';
import { fileNameOf, idOf, uriOf } from '../convert';
import { escapeMarkdown } from '../hovers/markdownText';

export type Scope = 'file' | 'all';
export type Group = 'conflicting' | 'corroborating' | 'related';

export interface ClaimNode { kind: 'claim'; claim: Claim; uri: vscode.Uri }
export interface GroupNode { kind: 'group'; group: Group; claim: Claim; uri: vscode.Uri }
export interface PassageNode {
  kind: 'passage'; passage: Passage; uri: vscode.Uri; claim: Claim; group: Group;
  /** Conflict reason or related note. */
  reason?: string;
}
/** Annotations whose passage can no longer be found (the annotations feature supplies them). */
export interface OrphanItem { id: string; label: string; detail: string; uri: vscode.Uri }
export interface OrphanGroupNode { kind: 'orphans' }
export interface OrphanNode { kind: 'orphan'; item: OrphanItem }
export type ClaimsTreeNode = ClaimNode | GroupNode | PassageNode | OrphanGroupNode | OrphanNode;

/** Optional seam for verdicts (the annotations feature plugs in here). */
export type VerdictLookup = (uri: vscode.Uri, start: number, end: number) => { verdict: string; note?: string; icon?: string } | undefined;

const GROUP_LABEL: Record<Group, string> = {
  conflicting: 'Conflicting',
  corroborating: 'Corroborating',
  related: 'Different window / related',
};

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private scopeValue: Scope = 'all';
  private activeDoc: string | undefined;
  private roots: ClaimNode[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  verdictLookup?: VerdictLookup;
  orphanLookup?: () => OrphanItem[];

  constructor(private readonly service: AnalysisService, verdictLookup?: VerdictLookup) {
    this.verdictLookup = verdictLookup;
    this.disposables.push(
      this.changeEmitter,
      service.onDidChangeAnalysis((e) => e.claimsChanged && this.refresh()),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // Output panels and the like are not articles; keep the last article as "this file".
        if (e && e.document.uri.scheme !== 'output') { this.activeDoc = idOf(e.document.uri); }
        if (this.scopeValue === 'file') { this.refresh(); }
      }),
    );
    this.activeDoc = vscode.window.activeTextEditor && idOf(vscode.window.activeTextEditor.document.uri);
    void vscode.commands.executeCommand('setContext', ContextKey.scope, this.scopeValue);
  }

  get scope(): Scope { return this.scopeValue; }

  setScope(scope: Scope): void {
    this.scopeValue = scope;
    void vscode.commands.executeCommand('setContext', ContextKey.scope, scope);
    this.refresh();
  }

  /** Rebuilds the roots from the model and tells the view (also called when verdicts change). */
  refresh(): void {
    let claims = this.service.claims();
    if (this.scopeValue === 'file') { claims = this.activeDoc ? claimsOfDocument(claims, this.activeDoc) : []; }
    this.roots = sortClaims(claims).map((claim) => ({ kind: 'claim', claim, uri: uriOf(claim.doc) }));
    this.changeEmitter.fire(undefined);
  }

  /** The claim nodes currently at the root (tests and reveal use them). */
  rootNodes(): readonly ClaimNode[] { return this.roots; }

  nodeFor(claimId: string): ClaimNode | undefined {
    return this.roots.find((n) => n.claim.id === claimId);
  }

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) {
      const orphans = this.orphanLookup?.() ?? [];
      return orphans.length ? [...this.roots, { kind: 'orphans' }] : this.roots;
    }
    if (node.kind === 'orphans') { return (this.orphanLookup?.() ?? []).map((item) => ({ kind: 'orphan', item })); }
    if (node.kind === 'orphan') { return []; }
    if (node.kind === 'claim') {
      const c = node.claim;
      const groups: Group[] = ['conflicting', 'corroborating', 'related'];
      return groups.filter((g) => passagesOf(c, g).length)
        .map((group) => ({ kind: 'group', group, claim: c, uri: node.uri }));
    }
    if (node.kind === 'group') {
      return passagesOf(node.claim, node.group).map((p) => ({
        kind: 'passage', passage: p, uri: uriOf(p.doc), claim: node.claim, group: node.group,
        reason: 'reason' in p ? (p.reason as string) : 'note' in p ? (p.note as string) : undefined,
      }));
    }
    return [];
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    if (node.kind === 'claim' || node.kind === 'orphans') { return undefined; }
    if (node.kind === 'orphan') { return { kind: 'orphans' }; }
    const root = this.nodeFor(node.claim.id);
    if (!root) { return undefined; }
    return node.kind === 'group' ? root : { kind: 'group', group: node.group, claim: node.claim, uri: root.uri };
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind === 'claim') { return this.claimItem(node); }
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem(`Orphaned annotations (${this.orphanLookup?.().length ?? 0})`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'triangulate:orphans';
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      item.tooltip = 'Verdicts and notes whose passage is no longer in the file (edited or deleted). Nothing is dropped.';
      return item;
    }
    if (node.kind === 'orphan') {
      const item = new vscode.TreeItem(short(node.item.label, 70), vscode.TreeItemCollapsibleState.None);
      item.id = `triangulate:orphan/${node.item.id}`;
      item.description = node.item.detail;
      item.resourceUri = node.item.uri;
      item.tooltip = new vscode.MarkdownString(escapeMarkdown(`${node.item.detail}\n\n${node.item.label}`));
      item.contextValue = 'orphan';
      return item;
    }
    if (node.kind === 'group') {
      const n = passagesOf(node.claim, node.group).length;
      const item = new vscode.TreeItem(`${GROUP_LABEL[node.group]} (${n})`,
        node.group === 'conflicting' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.claim.id}/${node.group}`;
      item.contextValue = `group-${node.group}`;
      item.iconPath = new vscode.ThemeIcon(node.group === 'conflicting' ? 'warning' : node.group === 'corroborating' ? 'check' : 'info');
      return item;
    }
    const p = node.passage;
    const item = new vscode.TreeItem(`${fileNameOf(p.doc)}: ${short(p.text, 70)}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.claim.id}/${node.group}/${p.doc}#${p.start}-${p.end}`;
    item.description = node.reason;
    item.tooltip = tooltip(p, node.reason);
    item.resourceUri = node.uri;
    item.contextValue = 'passage';
    item.command = { command: CommandId.openPassage, title: 'Open Passage', arguments: [{ uri: p.doc, start: p.start, end: p.end }] };
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const c = node.claim;
    const item = new vscode.TreeItem(short(c.text, 80), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = c.id;
    const verdict = this.verdictLookup?.(node.uri, c.start, c.end);
    const counts = [c.conflicting.length && `${c.conflicting.length} conflicting`,
      c.corroborating.length && `${c.corroborating.length} corroborating`].filter(Boolean).join(', ');
    item.description = [fileNameOf(c.doc), verdict?.verdict].filter(Boolean).join(' · ');
    item.tooltip = tooltip(c, counts);
    item.iconPath = verdict?.icon ? new vscode.ThemeIcon(verdict.icon) : new vscode.ThemeIcon(c.conflicting.length ? 'warning' : 'pass',
      new vscode.ThemeColor(c.conflicting.length ? 'triangulate.conflictGutter' : 'testing.iconPassed'));
    item.contextValue = verdict ? 'claim verdict' : 'claim';
    item.command = { command: CommandId.openPassage, title: 'Open Passage', arguments: [{ uri: c.doc, start: c.start, end: c.end }] };
    return item;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

export function passagesOf(c: Claim, g: Group): Passage[] {
  return g === 'conflicting' ? c.conflicting : g === 'corroborating' ? c.corroborating : c.related ?? [];
}

function short(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s\S*$/, '')}…`;
}

function tooltip(p: Passage, extra?: string): vscode.MarkdownString {
  // Article text in a tooltip is as untrusted as in a hover: escaped, no commands.
  const md = new vscode.MarkdownString(`**${escapeMarkdown(fileNameOf(p.doc))}**\n\n${escapeMarkdown(p.text)}`);
  if (extra) { md.appendMarkdown(`\n\n${escapeMarkdown(extra)}`); }
  md.isTrusted = false;
  return md;
}
