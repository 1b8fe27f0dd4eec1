// The Claims view: one entry per fact (conflicts first, then updates, then corroborated claims),
// labelled with what the fact is about and described by its competing values; each with its
// passages grouped by relation. A folder of several stories shows the stories first (core's
// storyRows), each holding its claims. Follows the active editor in "this file" scope. Reads the
// cached model only.
import * as vscode from 'vscode';
import type { CorrectionOutcome } from '../../core/annotations/placeCorrections';
import type { Claim, DocumentAnalysis, Evidence, Passage, Span, Story, UpdateEvidence } from '../../core/model';
import { storyRows, type StoryRow } from '../../core/views/storyRows';
import { passageFocus, passageRowTexts, type PassageRowText } from '../../core/views/passageRows';
import {
  claimGroup, claimSubject, claimSummary, claimsOfDocument, shorten, sortClaims, updateTimeline,
} from '../../core/query';
import type { AnalysisService } from '../analysisService';
import { CommandId, ContextKey } from '../commands/commandIds';
import { fileNameOf, idOf, uriOf } from '../convert';
import { escapeMarkdown, excerptMarkdown } from '../hovers/markdownText';

export type Scope = 'file' | 'all';
export type Group = 'conflicting' | 'corroborating' | 'updates' | 'variants' | 'related';

export interface ClaimNode { kind: 'claim'; claim: Claim; uri: vscode.Uri }
export interface StoryNode { kind: 'story'; row: StoryRow; claims: ClaimNode[] }
export interface GroupNode { kind: 'group'; group: Group; claim: Claim; uri: vscode.Uri }
export interface PassageNode {
  kind: 'passage'; passage: Passage; uri: vscode.Uri; claim: Claim; group: Group;
  /** Conflict reason or related note. */
  reason?: string;
  /** What the row says (core's passageRowTexts, which tells apart two rows of one source). */
  text?: PassageRowText;
}
/** Annotations whose passage can no longer be found (the annotations feature supplies them). */
export interface OrphanItem { id: string; label: string; detail: string; uri: vscode.Uri }
export interface OrphanGroupNode { kind: 'orphans' }
export interface OrphanNode { kind: 'orphan'; item: OrphanItem }
/** The user's corrections of the engine, each with its status: the place to see and undo them. */
export interface CorrectionGroupNode { kind: 'corrections' }
export interface CorrectionNode { kind: 'correction'; outcome: CorrectionOutcome }
export type ClaimsTreeNode = StoryNode | ClaimNode | GroupNode | PassageNode | OrphanGroupNode | OrphanNode
  | CorrectionGroupNode | CorrectionNode;

/** Optional seam for verdicts (the annotations feature plugs in here). */
export type VerdictLookup = (uri: vscode.Uri, start: number, end: number) => { verdict: string; note?: string; icon?: string } | undefined;

/** The claims-view slice of the analysis service (tests feed hand-made claims through it). */
export type ClaimsSource = Pick<AnalysisService, 'claims' | 'onDidChangeAnalysis'> & {
  document(id: string): ({ reported?: string | null } & Partial<Pick<DocumentAnalysis, 'titleSpan' | 'sentences'>>) | undefined;
  /** The stories of the folder; a source without them is one story. */
  stories?(): Story[];
  /** The user's corrections and their status; a source without them has none. */
  corrections?(): CorrectionOutcome[];
};

/** The codicon of everything a correction made or changed (claims, links), and of the corrections. */
export const CORRECTED_ICON = 'edit';

const STATUS_TEXT: Record<CorrectionOutcome['status'], string> = {
  applied: 'applied',
  superseded: 'superseded by a later correction',
  orphan: 'orphaned: its passage is gone',
  unmatched: 'nothing to correct any more',
};

/** The order of a claim's children. */
export const GROUPS: readonly Group[] = ['conflicting', 'corroborating', 'updates', 'variants', 'related'];

export const GROUP_LABEL: Record<Group, string> = {
  conflicting: 'Conflicting',
  corroborating: 'Corroborating',
  updates: 'Updates',
  variants: 'Wording variants',
  related: 'Related',
};

/** One codicon per relation, the same in the group, its passages and the claim itself. */
export const GROUP_ICON: Record<Group, string> = {
  conflicting: 'warning',
  corroborating: 'check',
  updates: 'history',
  variants: 'quote',
  related: 'info',
};

const HOVER_TEXT = Number.MAX_SAFE_INTEGER;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private scopeValue: Scope = 'all';
  private activeDoc: string | undefined;
  private roots: ClaimNode[] = [];
  /** The top level when the folder holds several stories (scope "all"); empty otherwise. */
  private storyNodes: StoryNode[] = [];
  private readonly storyOfClaim = new Map<string, StoryNode>();
  private readonly disposables: vscode.Disposable[] = [];
  verdictLookup?: VerdictLookup;
  orphanLookup?: () => OrphanItem[];

  constructor(private readonly service: ClaimsSource, verdictLookup?: VerdictLookup) {
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
    const nodeOf = new Map(this.roots.map((n) => [n.claim.id, n]));
    const rows = this.scopeValue === 'all' ? storyRows(this.service.stories?.() ?? [], this.roots.map((n) => n.claim)) : [];
    this.storyNodes = rows.map((row) => ({ kind: 'story', row, claims: row.claims.map((c) => nodeOf.get(c.id)!) }));
    this.storyOfClaim.clear();
    for (const sn of this.storyNodes) { for (const n of sn.claims) { this.storyOfClaim.set(n.claim.id, sn); } }
    this.changeEmitter.fire(undefined);
  }

  /** Every claim node in tree order, whether the top level is claims or stories (tests and reveal use them). */
  rootNodes(): readonly ClaimNode[] { return this.storyNodes.length ? this.storyNodes.flatMap((s) => s.claims) : this.roots; }

  /** The story nodes at the top level; empty when the view is one flat list of claims. */
  stories(): readonly StoryNode[] { return this.storyNodes; }

  nodeFor(claimId: string): ClaimNode | undefined {
    return this.roots.find((n) => n.claim.id === claimId);
  }

  private readonly reportedOf = (doc: string): string | null => this.service.document(doc)?.reported ?? null;

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) {
      const orphans = this.orphanLookup?.() ?? [];
      const top: ClaimsTreeNode[] = [...(this.storyNodes.length ? this.storyNodes : this.roots)];
      if (this.service.corrections?.().length) { top.push({ kind: 'corrections' }); }
      return orphans.length ? [...top, { kind: 'orphans' }] : top;
    }
    if (node.kind === 'corrections') {
      return [...(this.service.corrections?.() ?? [])].sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0))
        .map((outcome) => ({ kind: 'correction', outcome }));
    }
    if (node.kind === 'correction') { return []; }
    if (node.kind === 'story') { return node.claims; }
    if (node.kind === 'orphans') { return (this.orphanLookup?.() ?? []).map((item) => ({ kind: 'orphan', item })); }
    if (node.kind === 'orphan') { return []; }
    if (node.kind === 'claim') {
      const c = node.claim;
      return GROUPS.filter((g) => passagesOf(c, g).length)
        .map((group) => ({ kind: 'group', group, claim: c, uri: node.uri }));
    }
    if (node.kind === 'group') {
      const list = passagesOf(node.claim, node.group, this.reportedOf);
      const texts = passageRowTexts(list, node.group === 'updates', (d) => this.service.document(d));
      return list.map((p, i) => ({
        kind: 'passage', passage: p, uri: uriOf(p.doc), claim: node.claim, group: node.group,
        reason: 'reason' in p ? (p.reason as string) : 'note' in p ? (p.note as string) : undefined,
        text: texts[i],
      }));
    }
    return [];
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    if (node.kind === 'story' || node.kind === 'orphans' || node.kind === 'corrections') { return undefined; }
    if (node.kind === 'correction') { return { kind: 'corrections' }; }
    if (node.kind === 'claim') { return this.storyOfClaim.get(node.claim.id); }
    if (node.kind === 'orphan') { return { kind: 'orphans' }; }
    const root = this.nodeFor(node.claim.id);
    if (!root) { return undefined; }
    return node.kind === 'group' ? root : { kind: 'group', group: node.group, claim: node.claim, uri: root.uri };
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind === 'claim') { return this.claimItem(node); }
    if (node.kind === 'story') {
      const r = node.row;
      const item = new vscode.TreeItem(r.label, !node.claims.length ? vscode.TreeItemCollapsibleState.None
        : r.claims.some((c) => c.conflicting.length) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `triangulate:story/${r.story.documents[0] ?? r.story.id}`;
      item.description = r.description;
      item.tooltip = r.tooltip;
      item.iconPath = new vscode.ThemeIcon('library');
      item.contextValue = 'story';
      return item;
    }
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem(`Orphaned annotations (${this.orphanLookup?.().length ?? 0})`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'triangulate:orphans';
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      item.tooltip = 'Verdicts and notes whose passage is no longer in the file (edited or deleted). Nothing is dropped.';
      return item;
    }
    if (node.kind === 'corrections') {
      const item = new vscode.TreeItem(`Corrections (${this.service.corrections?.().length ?? 0})`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'triangulate:corrections';
      item.iconPath = new vscode.ThemeIcon(CORRECTED_ICON);
      item.tooltip = 'Your corrections of the analysis, newest first. Each is applied after every analysis; undo one from its menu.';
      return item;
    }
    if (node.kind === 'correction') { return correctionItem(node.outcome); }
    if (node.kind === 'orphan') {
      const item = new vscode.TreeItem(shorten(node.item.label, 70), vscode.TreeItemCollapsibleState.None);
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
        node.group === 'conflicting' || node.group === 'updates' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.claim.id}/${node.group}`;
      item.contextValue = `group-${node.group}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.group]);
      return item;
    }
    const p = node.passage;
    const focus = passageFocus(p as Evidence);
    const text = node.text ?? passageRowTexts([p as Evidence], node.group === 'updates', (d) => this.service.document(d))[0];
    const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.claim.id}/${node.group}/${p.doc}#${p.start}-${p.end}`;
    item.description = text.description;
    const corrected = (p as Evidence).correction !== undefined;
    item.tooltip = tooltip([{ p, focus, extra: corrected ? `${node.reason ? `${node.reason} · ` : ''}corrected by you` : node.reason }]);
    item.iconPath = new vscode.ThemeIcon(corrected ? CORRECTED_ICON : GROUP_ICON[node.group]);
    item.resourceUri = node.uri;
    // 'passage' first (the note and verdict menus match it), then its relation, then whether you corrected it.
    item.contextValue = `passage passage-${node.group}${corrected ? ' corrected' : ''}`;
    item.command = { command: CommandId.openPassage, title: vscode.l10n.t('Open Passage'), arguments: [{ uri: p.doc, start: p.start, end: p.end }] };
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const c = node.claim;
    // The subject first, so that two facts of one sentence stay apart in a narrow view.
    const item = new vscode.TreeItem(claimSubject(c), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = c.id;
    const verdict = this.verdictLookup?.(node.uri, c.start, c.end);
    const summary = claimSummary(c, this.reportedOf);
    item.description = [summary, verdict?.verdict].filter(Boolean).join(' · ');
    item.tooltip = claimTooltip(c, summary, this.reportedOf);
    const group = claimGroup(c);
    const corrected = !!c.corrections?.length;
    item.iconPath = verdict?.icon ? new vscode.ThemeIcon(verdict.icon)
      : corrected ? new vscode.ThemeIcon(CORRECTED_ICON)
      : group === 0 ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('triangulate.conflictGutter'))
        : group === 1 ? new vscode.ThemeIcon('history')
          : group === 2 ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
            : new vscode.ThemeIcon('info');
    item.contextValue = `claim${verdict ? ' verdict' : ''}${corrected ? ' corrected' : ''}`;
    item.command = { command: CommandId.openPassage, title: vscode.l10n.t('Open Passage'), arguments: [{ uri: c.doc, start: c.start, end: c.end }] };
    return item;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The passages of one group; updates as a timeline (by reporting date, undated last). */
export function passagesOf(c: Claim, g: Group, reportedOf?: (doc: string) => string | null | undefined): Evidence[] {
  switch (g) {
    case 'conflicting': return c.conflicting;
    case 'corroborating': return c.corroborating;
    case 'updates': return c.updates?.length
      ? updateTimeline(c, reportedOf).filter((e) => !e.own).map((e) => e.passage as UpdateEvidence) : [];
    case 'variants': return c.variants ?? [];
    case 'related': return c.related ?? [];
  }
}


function passageMarkdown(p: Passage, focus?: Span, extra?: string): string {
  const rel = focus && focus.start >= p.start && focus.end <= p.end ? { start: focus.start - p.start, end: focus.end - p.start } : undefined;
  const lines = [`**${escapeMarkdown(fileNameOf(p.doc))}**`, '', excerptMarkdown(p.text, HOVER_TEXT, rel)];
  if (extra) { lines.push('', `_${escapeMarkdown(extra)}_`); }
  return lines.join('\n');
}

function tooltip(parts: Array<{ p: Passage; focus?: Span; extra?: string }>, head?: string): vscode.MarkdownString {
  // Article text in a tooltip is as untrusted as in a hover: escaped, no commands.
  const body = parts.map(({ p, focus, extra }) => passageMarkdown(p, focus, extra)).join('\n\n---\n\n');
  const md = new vscode.MarkdownString(head ? `${head}\n\n${body}` : body);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** The claim's tooltip: its subject and summary, then the full passages of every source, with the fact in bold. */
function claimTooltip(c: Claim, summary: string, reportedOf: (doc: string) => string | null | undefined): vscode.MarkdownString {
  const head = [`**${escapeMarkdown(claimSubject(c, 200))}**`, summary && escapeMarkdown(summary),
    c.corrections?.length ? '_corrected by you_' : ''].filter(Boolean).join(' — ');
  const parts: Array<{ p: Passage; focus?: Span; extra?: string }> = [{ p: c, focus: c.focus, extra: 'this claim' }];
  const label = (g: Group, e: Evidence) => {
    const why = 'reason' in e ? String(e.reason) : 'note' in e ? String(e.note) : undefined;
    if (g === 'updates') { const u = e as UpdateEvidence; return `${GROUP_LABEL[g]}: ${u.value} (${u.reported ?? 'undated'})`; }
    return why ? `${GROUP_LABEL[g]}: ${why}` : GROUP_LABEL[g];
  };
  for (const g of GROUPS) {
    for (const e of passagesOf(c, g, reportedOf)) { parts.push({ p: e, focus: passageFocus(e), extra: label(g, e) }); }
  }
  return tooltip(parts, head);
}

function correctionItem(o: CorrectionOutcome): vscode.TreeItem {
  const item = new vscode.TreeItem(o.label, vscode.TreeItemCollapsibleState.None);
  item.id = `triangulate:correction/${o.id}`;
  const where = o.at && o.status !== 'orphan' ? shorten(o.at.text, 50) : o.source;
  item.description = `${where} · ${STATUS_TEXT[o.status]}`;
  item.iconPath = new vscode.ThemeIcon(o.status === 'orphan' ? 'debug-disconnect' : o.status === 'superseded' ? 'history' : CORRECTED_ICON);
  const lines = [`**${escapeMarkdown(o.label)}** — corrected by you${o.creator ? ` (${escapeMarkdown(o.creator)})` : ''}, ${escapeMarkdown(o.modified)}`,
    '', `_${escapeMarkdown(STATUS_TEXT[o.status])}_`, '',
    `${escapeMarkdown(o.source)}: ${o.at ? excerptMarkdown(o.at.text, HOVER_TEXT) : '_passage gone_'}`];
  if (o.otherSource) {
    lines.push('', `${escapeMarkdown(o.otherSource)}: ${o.other ? excerptMarkdown(o.other.text, HOVER_TEXT) : '_passage gone_'}`);
  }
  const md = new vscode.MarkdownString(lines.join('\n'));
  md.isTrusted = false;
  md.supportHtml = false;
  item.tooltip = md;
  item.contextValue = `correction correction-${o.status}`;
  if (o.at) {
    item.command = { command: CommandId.openPassage, title: vscode.l10n.t('Open Passage'), arguments: [{ uri: o.at.doc, start: o.at.start, end: o.at.end }] };
  }
  return item;
}
