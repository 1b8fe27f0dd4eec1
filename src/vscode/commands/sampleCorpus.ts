// Open Sample Corpus: the bundled fictional Storm Iris articles, in a new window or copied to a folder.
import * as vscode from 'vscode';

export async function openSampleCorpus(extensionUri: vscode.Uri): Promise<void> {
  const sample = vscode.Uri.joinPath(extensionUri, 'samples', 'storm-iris');
  const pick = await vscode.window.showQuickPick([
    { label: `$(window) ${vscode.l10n.t('Open in a new window')}`, id: 'open' },
    { label: `$(copy) ${vscode.l10n.t('Copy to a folder…')}`, detail: vscode.l10n.t('Copy the five articles somewhere you can edit them'), id: 'copy' },
  ], { placeHolder: vscode.l10n.t('Sample corpus: five articles about Storm Iris (fictional)') });
  if (!pick) { return; }
  if (pick.id === 'open') {
    await vscode.commands.executeCommand('vscode.openFolder', sample, { forceNewWindow: true });
    return;
  }
  const [parent] = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Copy here') }) ?? [];
  if (!parent) { return; }
  const target = vscode.Uri.joinPath(parent, 'storm-iris');
  await vscode.workspace.fs.copy(sample, target, { overwrite: false });
  await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: true });
}
