// Helpers every integration suite shares: activation, the fixture workspace, waiting for state.
// (Bundled into each suite by esbuild; only top-level test/integration/*.ts are entries.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../../src/extension';

export const EXTENSION_ID = 'triangulate-tools.triangulate';

/** The activated extension's test API, with an analysis of the workspace finished and any
 *  unsaved edits another suite left behind reverted (start from the files on disk). */
export async function ready(): Promise<TriangulateApi> {
  const ext = vscode.extensions.getExtension<TriangulateApi>(EXTENSION_ID);
  assert.ok(ext, 'extension not installed');
  const api = await ext.activate();
  await new Promise((r) => setTimeout(r, 50));
  if (!api.service.hasAnalysis) { await vscode.commands.executeCommand('triangulate.analyzeWorkspace'); }
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await new Promise((r) => setTimeout(r, 50));
  await api.service.whenIdle();
  return api;
}

/** A file of the (first) workspace folder. */
export function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFile(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls `f` until it returns something truthy (or a promise of it), failing after `ms`. */
export async function until<T>(what: string, f: () => T | undefined | false | Promise<T | undefined | false>, ms = 20000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await f();
    if (v) { return v; }
    if (Date.now() - t0 > ms) { throw new Error(`timed out waiting for ${what}`); }
    await new Promise((r) => setTimeout(r, 25));
  }
}
