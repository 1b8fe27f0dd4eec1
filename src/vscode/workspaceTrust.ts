// Restricted Mode: an untrusted folder is analysed read-only (decorations, hovers, the Claims view), but
// nothing is written on its behalf: no verdicts or notes in its store, no exports. A folder's settings
// could otherwise steer where those writes go (`annotations.file` is also a restricted configuration).
import * as vscode from 'vscode';

export class WorkspaceTrustGate implements vscode.Disposable {
  /** The messages shown for refused actions, newest last (tests read them). */
  readonly refusals: string[] = [];
  private readonly subs: vscode.Disposable[];
  /** Writes refused since the last grant; told once that they are possible now. */
  private refusedSinceGrant = false;

  constructor() {
    // Trust is read at every write, so granting it needs no reload; say so if something was refused.
    this.subs = [vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (!this.refusedSinceGrant) { return; }
      this.refusedSinceGrant = false;
      void vscode.window.showInformationMessage(vscode.l10n.t('Triangulate: the workspace is trusted; verdicts, notes and exports are saved again.'));
    })];
  }

  get trusted(): boolean { return vscode.workspace.isTrusted; }

  /** True when `action` may write; otherwise shows why not (with a way to trust the folder) and returns false. */
  allowWrite(action: string): boolean {
    if (vscode.workspace.isTrusted) { return true; }
    const message = vscode.l10n.t(
      'Triangulate: {0} is not available in Restricted Mode. Trust this workspace to save verdicts, notes and exports; the analysis itself works without it.',
      action);
    this.refusals.push(message);
    this.refusedSinceGrant = true;
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window.showWarningMessage(message, manage).then((pick) => {
      if (pick === manage) { void vscode.commands.executeCommand('workbench.trust.manage'); }
    });
    return false;
  }

  dispose(): void { this.subs.forEach((s) => s.dispose()); }
}
