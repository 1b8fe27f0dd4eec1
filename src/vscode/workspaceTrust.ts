// Restricted Mode: an untrusted folder is analysed read-only (decorations, hovers, the Claims view), but
// nothing is written on its behalf: no verdicts or notes in its store, no exports. A folder's settings
// could otherwise steer where those writes go (`annotations.file` is also a restricted configuration).
import * as vscode from 'vscode';

export class WorkspaceTrustGate implements vscode.Disposable {
  /** The messages shown for refused actions, newest last (tests read them). */
  readonly refusals: string[] = [];
  private readonly subs: vscode.Disposable[];
  private readonly grantEmitter = new vscode.EventEmitter<void>();
  /** Fires when the user trusts the workspace: writes are allowed from then on. */
  readonly onDidGrant = this.grantEmitter.event;

  constructor() {
    this.subs = [this.grantEmitter, vscode.workspace.onDidGrantWorkspaceTrust(() => this.grantEmitter.fire())];
  }

  get trusted(): boolean { return vscode.workspace.isTrusted; }

  /** True when `action` may write; otherwise shows why not (with a way to trust the folder) and returns false. */
  allowWrite(action: string): boolean {
    if (vscode.workspace.isTrusted) { return true; }
    const message = vscode.l10n.t(
      'Triangulate: {0} is not available in Restricted Mode. Trust this workspace to save verdicts, notes and exports; the analysis itself works without it.',
      action);
    this.refusals.push(message);
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window.showWarningMessage(message, manage).then((pick) => {
      if (pick === manage) { void vscode.commands.executeCommand('workbench.trust.manage'); }
    });
    return false;
  }

  dispose(): void { this.subs.forEach((s) => s.dispose()); }
}
