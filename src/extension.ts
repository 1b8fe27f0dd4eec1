// activate(): build services, register features. Synchronous, no file I/O.
import * as vscode from 'vscode';

export interface TriangulateApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): TriangulateApi {
  void context;
  return { version: '0.1.0' };
}

export function deactivate(): void {
  /* disposables are owned by context.subscriptions */
}
