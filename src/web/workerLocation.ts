// Where the web build's analysis worker is: the URL the web extension host starts a worker from.
import * as vscode from 'vscode';

export function analysisWorkerLocation(extensionUri: vscode.Uri): string {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'analysisWorker.js').toString(true);
}
