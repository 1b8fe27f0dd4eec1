// Registers every palette command; each one delegates to the feature that owns the behaviour.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { ClaimsTreeNode, ClaimsTreeProvider } from '../claimsView/claimsTreeProvider';
import { findClaim } from '../claimsView/findClaim';
import { toggleSetting } from '../config';
import { uriOf } from '../convert';
import { CommandId, ViewId } from './commandIds';
import { exportReport, type ExportArgs, type ExportRegistry } from './exportReport';
import { revealClaim, showClaimsAtCursor, stepConflict } from './navigation';
import { passageTarget, revealPassage } from './passageArgs';
import { openSampleCorpus } from './sampleCorpus';

export interface CommandDeps {
  service: AnalysisService;
  tree: ClaimsTreeProvider;
  view: vscode.TreeView<ClaimsTreeNode>;
  exports: ExportRegistry;
  extensionUri: vscode.Uri;
  /** Restricted Mode: exports are writes (see workspaceTrust.ts). */
  trust: { allowWrite(action: string): boolean };
  /** The explicit Analyze Workspace command is the user's consent for every folder (see folderConsent.ts). */
  consent: { grantAll(): Promise<void> };
}

export function registerCommands(d: CommandDeps): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg(CommandId.analyzeWorkspace, async () => {
      await d.consent.grantAll();
      return d.service.analyzeWorkspace();
    }),
    reg(CommandId.reanalyzeFile, (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      return target && d.service.reanalyze(target);
    }),
    reg(CommandId.nextConflict, () => stepConflict(d.service, 1)),
    reg(CommandId.previousConflict, () => stepConflict(d.service, -1)),
    reg(CommandId.toggleQuotes, () => toggleSetting('quotes')),
    reg(CommandId.toggleFigures, () => toggleSetting('figures')),
    reg(CommandId.toggleEntities, () => toggleSetting('entities')),
    reg(CommandId.showClaimsAtCursor, () => showClaimsAtCursor(d.service, d.tree, d.view)),
    reg(CommandId.findClaim, async () => {
      const claim = await findClaim(d.service.claims());
      if (!claim) { return; }
      await revealPassage({ uri: uriOf(claim.doc), start: claim.start, end: claim.end });
      await revealClaim(d.tree, d.view, claim.id);
    }),
    reg(CommandId.exportReport, (args?: ExportArgs) => (d.trust.allowWrite(vscode.l10n.t('Exporting a report'))
      ? exportReport(d.service, d.exports, args ?? {}) : undefined)),
    reg(CommandId.scopeThisFile, () => d.tree.setScope('file')),
    reg(CommandId.scopeAllFiles, () => d.tree.setScope('all')),
    reg(CommandId.openPassage, (arg: unknown) => {
      const t = passageTarget(arg);
      return t && revealPassage(t);
    }),
    reg(CommandId.openSampleCorpus, () => openSampleCorpus(d.extensionUri)),
    reg(CommandId.focusClaims, () => vscode.commands.executeCommand(`${ViewId.claims}.focus`)),
  ];
}
