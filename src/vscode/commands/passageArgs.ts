// The shapes a passage arrives in: `{uri, start, end}` from hover links and tree items, or a tree
// node from context menus.
import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { toRange, uriOf } from '../convert';

export interface PassageTarget extends Span { uri: vscode.Uri }

export function passageTarget(arg: unknown): PassageTarget | undefined {
  if (!arg || typeof arg !== 'object') { return undefined; }
  const a = arg as Record<string, unknown>;
  if (a.kind === 'passage' || a.kind === 'claim') {
    const p = (a.kind === 'passage' ? a.passage : a.claim) as { doc: string; start: number; end: number };
    return { uri: uriOf(p.doc), start: p.start, end: p.end };
  }
  if (typeof a.start === 'number' && typeof a.end === 'number' && a.uri) {
    const uri = typeof a.uri === 'string' ? uriOf(a.uri) : a.uri instanceof vscode.Uri ? a.uri : undefined;
    return uri && { uri, start: a.start, end: a.end };
  }
  return undefined;
}

/** Opens the document and selects the passage, centred. */
export async function revealPassage(t: PassageTarget, preserveFocus = false, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(t.uri);
  const range = toRange(doc, t);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus, preview: true, ...(viewColumn ? { viewColumn } : {}) });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
