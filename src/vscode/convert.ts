// The single place that knows both worlds: core speaks document ids and character offsets,
// VS Code speaks Uris and Ranges. In the editor a document id is the Uri string.
import * as vscode from 'vscode';
import type { Span } from '../core/model';

export function idOf(uri: vscode.Uri): string {
  return uri.toString();
}

export function uriOf(id: string): vscode.Uri {
  return vscode.Uri.parse(id, true);
}

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function toSpan(doc: vscode.TextDocument, range: vscode.Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/** File name for labels ("02-coastal-times.txt"). */
export function fileNameOf(id: string): string {
  const path = uriOf(id).path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Path relative to its workspace folder, '/' separators (the report's `path`). */
export function relativePathOf(id: string): string {
  return vscode.workspace.asRelativePath(uriOf(id), vscode.workspace.workspaceFolders !== undefined
    && vscode.workspace.workspaceFolders.length > 1);
}
