// VS Code opens a Windows-1252 article as UTF-8 unless the user turned on files.autoGuessEncoding,
// so "€40 million" reads "�40 million" in the editor while the analysis of the file on disk (which
// detects the encoding) has the euro sign. When an unmodified article shows replacement characters
// and its bytes decode cleanly as Windows-1252, reopen it with that encoding: what the user reads
// is then what was analysed, and offsets agree.
import * as vscode from 'vscode';
import { decodeText } from '../core/text/decode';
import { isArticleFile } from './workspaceFiles';

export class EncodingRepair implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private readonly tried = new Set<string>();

  /** @param accepts consent filter (FolderConsent.accepts): a code repository's files are left alone. */
  constructor(private readonly accepts: (uri: vscode.Uri) => boolean = () => true) {
    this.subscription = vscode.workspace.onDidOpenTextDocument((d) => void this.check(d));
  }

  /** Checks the documents that were open before activation (called after activate() returns). */
  checkOpenDocuments(): void {
    for (const d of vscode.workspace.textDocuments) { void this.check(d); }
  }

  /** Resolves true when the document was reopened with the encoding its bytes are in. */
  async check(doc: vscode.TextDocument): Promise<boolean> {
    const key = doc.uri.toString();
    if (doc.uri.scheme !== 'file' || doc.isDirty || this.tried.has(key) || !isArticleFile(doc.uri) || !this.accepts(doc.uri)) { return false; }
    if (doc.encoding !== 'utf8' || !doc.getText().includes('\uFFFD')) { return false; }
    this.tried.add(key);
    try {
      const decoded = decodeText(await vscode.workspace.fs.readFile(doc.uri));
      if (decoded.encoding !== 'windows-1252' || doc.isDirty) { return false; }
      await vscode.workspace.openTextDocument(doc.uri, { encoding: 'windows1252' });
      return true;
    } catch {
      return false; // the file vanished or cannot be read: leave the document as VS Code opened it
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
