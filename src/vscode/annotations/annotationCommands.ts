// The verdict and note commands (Claims view context menu, palette, editor context menu). Each takes a tree
// node ({kind:'claim'|'passage'}), a {uri,start,end} passage, or nothing: then the editor's selection, or
// the claim (for verdicts) or sentence (for notes) at the cursor.
import * as vscode from 'vscode';
import { VERDICTS, type VerdictId } from '../../core/annotations/annotation';
import type { Span } from '../../core/model';
import { claimsTouching } from '../../core/query';
import type { AnalysisService } from '../analysisService';
import { idOf, toSpan, uriOf } from '../convert';
import { CommandId } from '../commands/commandIds';
import { passageTarget } from '../commands/passageArgs';
import type { AnnotationService } from './annotationService';

/** Refuses (with a message) writes the workspace is not trusted for; see workspaceTrust.ts. */
export interface WriteGate { allowWrite(action: string): boolean }

interface Target extends Span { uri: vscode.Uri }

const MARK: Array<[string, VerdictId]> = [
  [CommandId.markSupported, 'supported'],
  [CommandId.markRefuted, 'refuted'],
  [CommandId.markConflicting, 'conflicting'],
  [CommandId.markNotEnoughInfo, 'not-enough-info'],
];

export function registerAnnotationCommands(service: AnnotationService, analysis: AnalysisService, gate: WriteGate): vscode.Disposable[] {
  const verdictTarget = (arg: unknown): Target | undefined => fromArg(arg) ?? atCursor(analysis, 'claim');
  const noteTarget = (arg: unknown): Target | undefined => fromArg(arg) ?? atCursor(analysis, 'passage');
  const nothing = () => vscode.window.showInformationMessage(
    vscode.l10n.t('Triangulate: put the cursor in a claim or select a passage first (or use the Claims view).'));
  const verdicts = vscode.l10n.t('Saving a verdict');

  return [
    ...MARK.map(([id, verdict]) => vscode.commands.registerCommand(id, async (arg?: unknown) => {
      if (!gate.allowWrite(verdicts)) { return undefined; }
      const t = verdictTarget(arg);
      if (!t) { return void nothing(); }
      return service.setVerdict(t.uri, t, verdict);
    })),
    vscode.commands.registerCommand(CommandId.setVerdict, async (arg?: unknown, verdictArg?: VerdictId) => {
      if (!gate.allowWrite(verdicts)) { return undefined; }
      const t = verdictTarget(arg);
      if (!t) { return void nothing(); }
      const current = service.verdictAt(t.uri, t.start, t.end)?.verdict;
      let verdict = verdictArg;
      if (!verdict) {
        const pick = await vscode.window.showQuickPick(
          VERDICTS.map((v) => ({ label: `$(${v.icon}) ${v.label}`, description: v.id === current ? 'current' : undefined, id: v.id })),
          { placeHolder: vscode.l10n.t('Verdict on this claim') });
        verdict = pick?.id;
      }
      return verdict && service.setVerdict(t.uri, t, verdict);
    }),
    vscode.commands.registerCommand(CommandId.clearVerdict, async (arg?: unknown) => {
      if (!gate.allowWrite(vscode.l10n.t('Clearing a verdict'))) { return undefined; }
      const t = verdictTarget(arg);
      if (!t) { return void nothing(); }
      return service.clearVerdict(t.uri, t);
    }),
    vscode.commands.registerCommand(CommandId.addNote, async (arg?: unknown, textArg?: string) => {
      if (!gate.allowWrite(vscode.l10n.t('Saving a note'))) { return undefined; }
      const t = noteTarget(arg);
      if (!t) { return void nothing(); }
      const text = textArg ?? await vscode.window.showInputBox({
        title: vscode.l10n.t('Triangulate: note on this passage'),
        prompt: vscode.l10n.t('Stored in the workspace (.triangulate/annotations.json), shown as a comment on the passage.'),
        ignoreFocusOut: true,
      });
      return text?.trim() ? service.addNote(t.uri, t, text.trim()) : undefined;
    }),
  ];
}

function fromArg(arg: unknown): Target | undefined {
  if (arg && typeof arg === 'object' && 'uri' in arg && (arg as { kind?: string }).kind) {
    // Tree nodes carry a vscode.Uri beside the claim/passage whose `doc` is the uri string.
    const node = arg as { kind: string; uri: vscode.Uri; claim?: Span & { doc: string }; passage?: Span & { doc: string } };
    const p = node.kind === 'passage' ? node.passage : node.claim;
    if (p) { return { uri: uriOf(p.doc), start: p.start, end: p.end }; }
  }
  return passageTarget(arg);
}

function atCursor(analysis: AnalysisService, want: 'claim' | 'passage'): Target | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { return undefined; }
  const doc = editor.document;
  const sel = toSpan(doc, editor.selection);
  if (sel.end > sel.start) { return { uri: doc.uri, ...sel }; }
  const id = idOf(doc.uri);
  const at = { start: sel.start, end: sel.start + 1 };
  const claims = claimsTouching(analysis.claims(), id, at);
  const inside = (p: Span & { doc: string }) => p.doc === id && p.start <= sel.start && sel.start < p.end;
  const own = claims.find(inside);
  if (own) { return { uri: doc.uri, start: own.start, end: own.end }; }
  if (want === 'claim' && claims[0]) { return { uri: uriOf(claims[0].doc), start: claims[0].start, end: claims[0].end }; }
  if (want === 'passage') {
    const ev = claims.flatMap((c) => [...c.corroborating, ...c.conflicting]).find(inside);
    if (ev) { return { uri: doc.uri, start: ev.start, end: ev.end }; }
  }
  const sentence = analysis.document(id)?.sentences.find((s) => s.start <= sel.start && sel.start < s.end);
  return sentence && { uri: doc.uri, start: sentence.start, end: sentence.end };
}
