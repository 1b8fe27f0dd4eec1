// activate(): build services, register features. Synchronous, no file I/O; the first analysis
// starts just after activation returns.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { AnalysisService } from './vscode/analysisService';
import { ClaimsTreeProvider } from './vscode/claimsView/claimsTreeProvider';
import { createClaimsView } from './vscode/claimsView/claimsView';
import { registerCommands } from './vscode/commands/registerCommands';
import { ExportRegistry, registerBuiltInFormats, type ExportFormat } from './vscode/commands/exportReport';
import { DecorationController } from './vscode/decorations/decorationController';
import { TriangulateHoverProvider } from './vscode/hovers/hoverProvider';
import { StatusBar } from './vscode/statusBar';
import { EncodingRepair } from './vscode/encodingRepair';
import { AnnotationService } from './vscode/annotations/annotationService';
import { wireAnnotations } from './vscode/annotations/wireAnnotations';
import { FolderConsent } from './vscode/folderConsent';
import { WorkspaceTrustGate } from './vscode/workspaceTrust';
import { AnalysedFileContext } from './vscode/analysedFileContext';
import { createSideViews, type SideViews } from './vscode/sideViews/sideViews';
import { FactMatrixPanel, registerFactMatrix } from './vscode/factMatrix/factMatrixPanel';
import { analysisWorkerLocation } from './vscode/workerLocation';

export interface TriangulateApi {
  readonly version: string;
  readonly service: AnalysisService;
  readonly decorations: DecorationController;
  readonly claimsTree: ClaimsTreeProvider;
  readonly claimsView: vscode.TreeView<unknown>;
  readonly statusBar: StatusBar;
  readonly exports: ExportRegistry;
  registerExportFormat(format: ExportFormat): vscode.Disposable;
  readonly annotations: AnnotationService;
  readonly encodings: EncodingRepair;
  readonly consent: FolderConsent;
  readonly trust: WorkspaceTrustGate;
  readonly analysedFile: AnalysedFileContext;
  /** The Sources, Speakers and Names views. */
  readonly views: SideViews;
  /** The Fact matrix webview. */
  readonly matrix: FactMatrixPanel;
}

export function activate(context: vscode.ExtensionContext): TriangulateApi {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const workerPath = analysisWorkerLocation(context.extensionUri);
  const consent = new FolderConsent(context.workspaceState, [vscode.Uri.joinPath(context.extensionUri, 'samples')]);
  const trust = new WorkspaceTrustGate();
  // The persistent cache lives in workspace storage (none without a workspace: a lone file or an empty window).
  const service = new AnalysisService(workerPath, { accepts: (uri) => consent.accepts(uri), cacheDir: context.storageUri?.fsPath });
  const decorations = new DecorationController(service, context.extensionUri);
  const claimsTree = new ClaimsTreeProvider(service);
  const claimsView = createClaimsView(service, claimsTree);
  const statusBar = new StatusBar(service);
  const views = createSideViews(service);
  const matrix = new FactMatrixPanel(service, context.extensionUri);
  const exports = new ExportRegistry();
  const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }];

  const onConfig = (e?: vscode.ConfigurationChangeEvent) => {
    consent.onConfigurationChanged(e);
    service.onConfigurationChanged(e);
    decorations.onConfigurationChanged(e);
  };
  onConfig();
  const encodings = new EncodingRepair((uri) => consent.accepts(uri));
  // The first analysis waits for the folders' consent review, so a code repository is never analysed.
  const start = setTimeout(() => {
    void consent.review().then(() => { service.start(); encodings.checkOpenDocuments(); });
  }, 0);
  const analysedFile = new AnalysedFileContext(service);

  context.subscriptions.push(
    consent, trust, service, decorations, claimsTree, claimsView, views, matrix, statusBar, encodings, analysedFile,
    ...registerFactMatrix(matrix),
    consent.onDidChange(() => { void service.analyzeWorkspace(); }),
    vscode.languages.registerHoverProvider(selector, new TriangulateHoverProvider(service)),
    vscode.workspace.onDidChangeConfiguration(onConfig),
    ...registerBuiltInFormats(exports),
    ...registerCommands({ service, tree: claimsTree, view: claimsView, exports, extensionUri: context.extensionUri, trust, consent }),
    { dispose: () => clearTimeout(start) },
  );
  // Restricted Mode: existing verdicts and notes are shown, nothing is written (see workspaceTrust.ts).
  const annotations = new AnnotationService({ readOnly: () => !vscode.workspace.isTrusted });
  flushOnDeactivate = () => annotations.flush();
  context.subscriptions.push(annotations, ...wireAnnotations(annotations, { service, claimsTree, statusBar, exports, trust }));
  service.timings.activationMs = Math.round((performance.now() - t0) * 10) / 10;
  // CPU time too: on a loaded machine wall time mostly measures waiting for a core.
  const cpu = process.cpuUsage(cpu0);
  service.timings.activationCpuMs = Math.round((cpu.user + cpu.system) / 100) / 10;
  return {
    version: context.extension.packageJSON.version as string,
    service, decorations, claimsTree, claimsView, statusBar, exports,
    registerExportFormat: (format) => exports.register(format),
    annotations, encodings, views, matrix, consent, trust, analysedFile,
  };
}

// deactivate() gets no context, so the one thing it needs is kept here: VS Code awaits the returned promise
// (for a few seconds) before it tears the host down, which lets a save that is under way or queued land.
let flushOnDeactivate: (() => Promise<void>) | undefined;

export function deactivate(): Promise<void> | undefined {
  // Disposables are owned by context.subscriptions; only the annotation store has writes to finish.
  const flush = flushOnDeactivate;
  flushOnDeactivate = undefined;
  return flush?.();
}
