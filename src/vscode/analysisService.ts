// Owns the analysed corpus for the editor: finds the articles, feeds the engine (open documents'
// text wins over disk), follows edits (debounced) and file events, and fires onDidChangeAnalysis.
// Everything downstream (decorations, hovers, tree, status bar) reads the model cached here.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { DocumentInput } from '../core/corpus';
import { applyCorrections, type CorrectedModel } from '../core/annotations/applyCorrections';
import type { CorrectionOutcome, PlacedCorrection } from '../core/annotations/placeCorrections';
import type { Claim, DocumentAnalysis, Story } from '../core/model';
import { InProcessEngine, WorkerEngine, type AnalysisEngine, type EngineResult } from './analysisEngine';
import { affects, readConfig } from './config';
import { ContextKey } from './commands/commandIds';
import { idOf, uriOf } from './convert';
import { findArticleFiles, isArticleFile, limitText, linkOf, readArticle } from './workspaceFiles';
import { engineVersionOfAsync, readSnapshot, type CacheStats } from '../node/analysisCache';

export interface AnalysisChange {
  /** Documents whose analysis changed. */
  ids: string[];
  /** Whether the claims (and so conflicts anywhere) changed. */
  claimsChanged: boolean;
}

export interface Timings {
  activationMs?: number;
  activationCpuMs?: number;
  /** Start of the last full analysis until its claims were in the model. */
  lastFullAnalysisMs?: number;
  lastFullAnalysisFiles?: number;
  /** Worker or host, for the last full analysis. */
  lastFullAnalysisMode?: 'worker' | 'host';
  /** Longest event-loop delay of the extension host (all extensions) seen during the last full analysis. */
  longestStallMs?: number;
  /** Longest synchronous slice of our own on the host: applying a result and notifying the features. */
  longestApplyMs?: number;
  /** Reopening: from the start of restoreCached() until the cached model was applied (the tree shown). */
  cacheRestoreMs?: number;
  /** The persistent cache during the last full analysis: analyses read back (hits) and made (misses). */
  lastFullAnalysisCache?: CacheStats;
}

export interface AnalysisServiceOptions {
  /** Consent filter on top of the include/exclude globs (FolderConsent.accepts). */
  accepts?: (uri: vscode.Uri) => boolean;
  /** The persistent cache's folder (context.storageUri: workspace storage); none: no cache. */
  cacheDir?: string;
}

/** Documents per message to the worker: big enough to amortise messaging, small enough for progress. */
const BATCH = 16;
/** Quiet time after an incremental change before the cache's snapshot is written again. */
const SNAPSHOT_DEBOUNCE_MS = 2000;

export class AnalysisService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<AnalysisChange>();
  readonly onDidChangeAnalysis = this.changeEmitter.event;
  private readonly busyEmitter = new vscode.EventEmitter<boolean>();
  readonly onDidChangeBusy = this.busyEmitter.event;
  readonly timings: Timings = {};

  private docs = new Map<string, DocumentAnalysis>();
  private claimList: Claim[] = [];
  private storyList: Story[] = [];
  private readonly encodings = new Map<string, string>();
  private readonly files = new Set<string>();
  private readonly warnings: string[] = [];
  /** Created on the first message: most sessions have nothing to say. */
  private output: vscode.LogOutputChannel | undefined;
  /** Replaced by each full analysis; until then nothing is analysed. */
  private engine: AnalysisEngine = { update: async () => ({ documents: [] }), remove: async () => ({ documents: [] }),
    rename: async () => ({ documents: [] }), fetch: async () => [], snapshot: async () => ({ documents: [] }), dispose: () => undefined };
  /** Every engine request runs after the previous one, so results arrive in request order. */
  private queue: Promise<unknown> = Promise.resolve();
  private pendingWork = 0;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private full: { promise: Promise<void>; cancel: vscode.CancellationTokenSource } | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private analysedOnce = false;
  private activeContext = false;
  /** The user's corrections (the annotations feature supplies them), applied after the engine. */
  private correctionSource: (() => PlacedCorrection[]) | undefined;
  /** The engine's model with the corrections applied; dropped on every change of either, rebuilt on read. */
  private corrected: CorrectedModel | undefined;
  private correctionKey = '';
  private readonly accepts: (uri: vscode.Uri) => boolean;
  readonly cacheDir: string | undefined;
  /** True while the model shown is the cached one of an earlier session (until a full analysis replaces it). */
  private fromCache = false;
  private snapshotTimer: NodeJS.Timeout | undefined;

  constructor(private readonly workerPath: string, options: AnalysisServiceOptions = {}) {
    this.accepts = options.accepts ?? (() => true);
    this.cacheDir = options.cacheDir;
    const ws = vscode.workspace;
    this.disposables.push(
      this.changeEmitter, this.busyEmitter,
      ws.onDidOpenTextDocument((d) => this.onOpen(d)),
      ws.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      ws.onDidRenameFiles((e) => e.files.forEach((f) => this.onRename(f.oldUri, f.newUri))),
      ws.onDidChangeWorkspaceFolders(() => { this.watch(); void this.analyzeWorkspace(); }),
    );
  }

  // ------------------------------------------------------------------ model (read side)

  /** The document's analysis, with the user's corrections applied (as everything read from here). */
  document(id: string): DocumentAnalysis | undefined { return this.view().documents.get(id) ?? this.docs.get(id); }
  documents(): DocumentAnalysis[] {
    const fixed = this.view().documents;
    return [...this.docs.values()].map((d) => fixed.get(d.id) ?? d);
  }
  claims(): Claim[] { return this.view().claims; }
  /** Every correction with what became of it on the current analysis (applied, superseded, orphan, unmatched). */
  corrections(): CorrectionOutcome[] { return this.view().outcomes; }

  /** Where the corrections come from (the annotation service); set once by the wiring. */
  setCorrectionSource(source: () => PlacedCorrection[]): void {
    this.correctionSource = source;
    this.correctionsChanged();
  }

  /** The corrections may have changed (added, undone, re-anchored): re-applies them and tells every view,
   *  when they did change. */
  correctionsChanged(): void {
    const key = JSON.stringify((this.correctionSource?.() ?? []).map((c) => [c.id, c.modified, c.at, c.other]));
    if (key === this.correctionKey) { return; }
    this.correctionKey = key;
    this.corrected = undefined;
    this.changeEmitter.fire({ ids: [...this.docs.keys()], claimsChanged: true });
  }

  private view(): CorrectedModel {
    if (this.corrected) { return this.corrected; }
    const placed = this.correctionSource?.() ?? [];
    this.corrected = placed.length
      ? applyCorrections({ documents: [...this.docs.values()], claims: this.claimList, stories: this.storyList }, placed)
      : { documents: new Map(), claims: this.claimList, outcomes: [] };
    return this.corrected;
  }
  /** The documents grouped into stories, largest first (one story: a folder about one thing). */
  stories(): Story[] { return this.storyList; }
  encodingOf(id: string): string { return this.encodings.get(id) ?? 'utf-8'; }
  warningsList(): string[] { return [...this.warnings]; }

  /** A warning in the Triangulate output channel (skipped links, for instance). */
  private log(message: string): void {
    this.output ??= vscode.window.createOutputChannel('Triangulate', { log: true });
    this.output.warn(message);
  }
  get busy(): boolean { return this.pendingWork > 0; }
  /** The model shown is the one cached by an earlier session; a full analysis is replacing it. */
  get showsCached(): boolean { return this.fromCache; }
  get hasAnalysis(): boolean { return this.docs.size > 0; }
  stats(): { documents: number; claims: number; conflicts: number } {
    const claims = this.claims();
    return {
      documents: this.docs.size,
      claims: claims.length,
      conflicts: claims.filter((c) => c.conflicting.length > 0).length,
    };
  }

  /** Resolves when no analysis is queued or running (tests, export). */
  async whenIdle(): Promise<void> {
    while (this.busy || this.timers.size || this.full) {
      await Promise.all([this.full?.promise, this.queue, new Promise((r) => setTimeout(r, 20))]);
    }
  }

  // ------------------------------------------------------------------ settings

  onConfigurationChanged(e?: vscode.ConfigurationChangeEvent): void {
    if (!e) { this.watch(); return; }
    if (affects(e, 'files')) {
      this.watch();
      void this.analyzeWorkspace();
    }
  }

  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const include of readConfig(folder).include) {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include));
        w.onDidCreate((u) => this.onDiskChange(u));
        w.onDidChange((u) => this.onDiskChange(u));
        w.onDidDelete((u) => this.onDelete(u));
        this.watchers.push(w);
      }
    }
  }

  // ------------------------------------------------------------------ full analysis

  /** Analyse every article in the workspace in the background; a running one is restarted. */
  analyzeWorkspace(): Promise<void> {
    this.full?.cancel.cancel();
    const cancel = new vscode.CancellationTokenSource();
    const promise = Promise.resolve(vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Triangulate: analysing articles'),
      cancellable: true,
    }, (progress, token) => {
      token.onCancellationRequested(() => cancel.cancel());
      return this.runFull(progress, cancel.token);
    })).catch((e) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Triangulate: analysis failed: {0}', e instanceof Error ? e.message : String(e)));
    }).finally(() => {
      if (this.full?.cancel === cancel) { this.full = undefined; }
      cancel.dispose();
    });
    this.full = { promise, cancel };
    return promise;
  }

  private async runFull(progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken): Promise<void> {
    const t0 = performance.now();
    const stall = monitorEventLoopDelay({ resolution: 10 });
    stall.enable();
    this.setBusy(+1);
    try {
      const found = await findArticleFiles(token);
      const uris = found.uris.filter((u) => this.accepts(u));
      if (token.isCancellationRequested) { return; }
      const cfg = readConfig();
      const useWorker = uris.length > cfg.workerThreshold;
      const engine = useWorker ? this.startWorker() : new InProcessEngine(this.workerPath, { cacheDir: this.cacheDir });
      const previous = this.engine;
      this.engine = engine;
      previous.dispose();
      this.files.clear();
      uris.forEach((u) => this.files.add(idOf(u)));
      this.warnings.length = 0;
      this.warnings.push(...found.warnings);
      found.warnings.forEach((w) => this.log(w));
      let done = 0;
      for (let i = 0; i < uris.length; i += BATCH) {
        if (token.isCancellationRequested) { return; }
        const batch = (await Promise.all(uris.slice(i, i + BATCH).map((u) => this.input(u))))
          .filter((d): d is DocumentInput => !!d);
        const result = await this.enqueue(() => engine.update(batch, { claims: false, all: false }));
        if (this.engine !== engine) { return; }
        this.apply(result, false);
        done += batch.length;
        progress.report({ message: `${done} of ${uris.length} files`, increment: (100 * batch.length) / uris.length });
      }
      progress.report({ message: 'linking claims across sources' });
      const linked = await this.enqueue(() => engine.update([], { claims: true, all: false }));
      if (this.engine !== engine || token.isCancellationRequested) { return; }
      // Entity keys settle only once every document is in; fetch the final analyses in batches
      // so no single message takes long to deserialize on the host.
      const ids = uris.map(idOf);
      const present = new Set<string>();
      for (let i = 0; i < ids.length; i += BATCH) {
        const documents = await this.enqueue(() => engine.fetch(ids.slice(i, i + BATCH)));
        if (this.engine !== engine) { return; }
        documents.forEach((d) => present.add(d.id));
        this.apply({ documents }, false);
      }
      const gone = [...this.docs.keys()].filter((id) => !present.has(id));
      gone.forEach((id) => this.docs.delete(id));
      this.fromCache = false;
      this.apply(linked, true, gone);
      this.analysedOnce = true;
      this.timings.lastFullAnalysisCache = linked.cache;
      this.timings.lastFullAnalysisMs = Math.round(performance.now() - t0);
      this.timings.lastFullAnalysisFiles = uris.length;
      this.timings.lastFullAnalysisMode = engine instanceof WorkerEngine ? 'worker' : 'host';
      if (this.warnings.length) { void vscode.window.showWarningMessage(`Triangulate: ${this.warnings[0]}`); }
      // In the worker: the host only waits. Part of the full analysis, so whenIdle() covers it.
      if (this.cacheDir) { await this.enqueue(() => engine.snapshot()); }
    } finally {
      stall.disable();
      this.timings.longestStallMs = Math.round(stall.max / 1e6);
      this.setBusy(-1);
    }
  }

  private startWorker(): AnalysisEngine {
    try {
      return new WorkerEngine(this.workerPath, { cacheDir: this.cacheDir });
    } catch (e) {
      // No worker (a stripped package, a host without worker_threads): slower, but still works.
      console.warn(`Triangulate: analysis worker unavailable (${e}); analysing on the extension host`);
      return new InProcessEngine(this.workerPath, { cacheDir: this.cacheDir });
    }
  }

  /** Reopening a folder: shows the model the last session saved (the Claims view's last tree) at once, if
   *  the same engine wrote it and every document in it is still one we would analyse; the next full
   *  analysis replaces it, re-analysing only the files whose content changed. */
  async restoreCached(): Promise<boolean> {
    if (!this.cacheDir || this.docs.size) { return false; }
    const t0 = performance.now();
    const snapshot = await readSnapshot(this.cacheDir, await engineVersionOfAsync(this.workerPath).catch(() => ''));
    // an analysis may have got there first; a document no longer accepted (consent, settings) is not shown
    if (!snapshot || this.docs.size || !snapshot.documents.every((d) => this.isArticle(uriOf(d.id)))) { return false; }
    this.fromCache = true;
    // versions belong to the last session's editors
    this.apply({ documents: snapshot.documents.map((d) => ({ ...d, version: undefined })), claims: snapshot.claims, stories: snapshot.stories }, true);
    this.timings.cacheRestoreMs = Math.round(performance.now() - t0);
    return true;
  }

  /** After edits, the snapshot follows (debounced: one write per burst of changes). */
  private scheduleSnapshot(): void {
    if (!this.cacheDir || !this.analysedOnce) { return; }
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      // a full analysis under way writes its own snapshot when it is done
      if (this.full) { return; }
      const engine = this.engine;
      void this.enqueue(() => engine.snapshot()).catch(() => undefined);
    }, SNAPSHOT_DEBOUNCE_MS);
  }

  /** The document's text: the editor's (unsaved edits included) when open, else the file's. */
  private async input(uri: vscode.Uri): Promise<DocumentInput | undefined> {
    const id = idOf(uri);
    const open = vscode.workspace.textDocuments.find((d) => idOf(d.uri) === id);
    if (open) { return { id, text: limitText(open.getText(), uri), version: open.version }; }
    try {
      const read = await readArticle(uri);
      if (!read) { return undefined; }
      this.encodings.set(id, read.encoding);
      if (read.warning) { this.warnings.push(read.warning); }
      return { id, text: read.text };
    } catch {
      return undefined; // deleted between the scan and the read: the watcher reports it
    }
  }

  // ------------------------------------------------------------------ incremental

  /** Re-analyse one file now (command, open, disk change). */
  async reanalyze(uri: vscode.Uri): Promise<void> {
    // opened, changed or renamed: it may be (or have become) a link out of the folder, or a second name of an
    // article in it (a link made after the scan), whose real name is analysed
    const { outside, secondName } = await linkOf(uri);
    if (outside) {
      if (!this.warnings.includes(outside)) { this.warnings.push(outside); this.log(outside); }
      return;
    }
    if (secondName && this.isArticle(secondName)) { return; }
    const input = await this.input(uri);
    if (!input) { return; }
    this.files.add(input.id);
    const engine = this.engine;
    const result = await this.enqueue(() => engine.update([input], { claims: true, all: false }));
    if (engine === this.engine) { this.apply(result, true); }
  }

  private onOpen(doc: vscode.TextDocument): void {
    const id = idOf(doc.uri);
    // A document opened from disk that equals what we analysed needs nothing; unsaved text differs.
    if (this.files.has(id) && doc.isDirty) { this.schedule(doc, 0); }
  }

  private schedule(doc: vscode.TextDocument, delay = readConfig(doc.uri).debounceMs): void {
    const id = idOf(doc.uri);
    if (!this.files.has(id) && !this.isArticle(doc.uri)) { return; }
    clearTimeout(this.timers.get(id));
    this.timers.set(id, setTimeout(() => {
      this.timers.delete(id);
      void this.reanalyze(doc.uri);
    }, delay));
  }

  private onDiskChange(uri: vscode.Uri): void {
    if (!this.isArticle(uri)) { return; }
    const id = idOf(uri);
    const open = vscode.workspace.textDocuments.find((d) => idOf(d.uri) === id);
    // An open document follows its editor buffer (which VS Code reloads from disk when clean).
    if (open && this.docs.has(id)) { return; }
    void this.reanalyze(uri);
  }

  private onDelete(uri: vscode.Uri): void {
    const id = idOf(uri);
    if (!this.files.delete(id) && !this.docs.has(id)) { return; }
    const engine = this.engine;
    void this.enqueue(() => engine.remove([id])).then((r) => {
      if (engine !== this.engine) { return; }
      this.docs.delete(id);
      this.apply(r, true, [id]);
    });
  }

  private onRename(from: vscode.Uri, to: vscode.Uri): void {
    const [a, b] = [idOf(from), idOf(to)];
    if (!this.files.has(a)) { if (this.isArticle(to)) { void this.reanalyze(to); } return; }
    if (!this.isArticle(to)) { this.onDelete(from); return; }
    this.files.delete(a);
    this.files.add(b);
    const engine = this.engine;
    void this.enqueue(() => engine.rename(a, b)).then((r) => {
      if (engine !== this.engine) { return; }
      this.docs.delete(a);
      const enc = this.encodings.get(a);
      if (enc) { this.encodings.set(b, enc); }
      this.apply(r, true, [a]);
    });
  }

  // ------------------------------------------------------------------ plumbing

  private isArticle(uri: vscode.Uri): boolean {
    return isArticleFile(uri) && this.accepts(uri);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.setBusy(+1);
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run.finally(() => this.setBusy(-1));
  }

  private apply(result: EngineResult, withClaims: boolean, removed: string[] = []): void {
    const t0 = performance.now();
    const changed: string[] = [...removed];
    for (const a of result.documents) {
      // Drop a result computed for an older version than the editor now holds; a newer one is queued.
      const open = a.version === undefined ? undefined
        : vscode.workspace.textDocuments.find((d) => idOf(d.uri) === a.id);
      if (open && open.version !== a.version) { continue; }
      this.docs.set(a.id, a);
      changed.push(a.id);
    }
    const claimsChanged = withClaims && !!result.claims;
    if (claimsChanged) { this.claimList = result.claims!; this.storyList = result.stories ?? []; }
    this.corrected = undefined;
    if (claimsChanged && !this.full) { this.scheduleSnapshot(); }
    if (this.docs.size > 0 !== this.activeContext) {
      this.activeContext = this.docs.size > 0;
      void vscode.commands.executeCommand('setContext', ContextKey.active, this.activeContext);
    }
    this.changeEmitter.fire({ ids: changed, claimsChanged });
    this.timings.longestApplyMs = Math.max(this.timings.longestApplyMs ?? 0, Math.round(performance.now() - t0));
  }

  private setBusy(delta: number): void {
    const was = this.busy;
    this.pendingWork += delta;
    if (was !== this.busy) { this.busyEmitter.fire(this.busy); }
  }

  /** Kicks off the first analysis after activation (not inside it), when the settings ask for it. */
  start(): void {
    if (!readConfig().autoAnalyze || this.analysedOnce) { return; }
    // Nothing to analyse (a code repository, an undecided folder): no progress notification either.
    void findArticleFiles().then(async (found) => {
      if (!found.uris.some((u) => this.accepts(u)) || this.analysedOnce || this.full) { return; }
      await this.restoreCached().catch(() => false);
      if (!this.analysedOnce && !this.full) { void this.analyzeWorkspace(); }
    });
  }

  dispose(): void {
    this.full?.cancel.cancel();
    this.timers.forEach((t) => clearTimeout(t));
    clearTimeout(this.snapshotTimer);
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
    this.engine.dispose();
    this.output?.dispose();
  }
}
