// Where the analysis worker's bundle is: a file path for Node's worker_threads (the web build replaces this
// module with src/web/workerLocation.ts, which gives the URL a web worker loads).
import * as vscode from 'vscode';

export function analysisWorkerLocation(extensionUri: vscode.Uri): string {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'analysisWorker.js').fsPath;
}
