// Verdicts and notes for the editor: one store per workspace folder, annotations placed on the current
// text of their article (open editor text wins over disk), followed while typing, re-anchored after edits,
// reverts and changes on disk, moved along with renamed files. Everything the tree, hovers, status bar and
// comments show comes from the placements cached here.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { anchorQuote, describeSpan } from '../../core/annotations/anchor';
import { createAnnotation, verdictLabel, type Annotation, type VerdictId } from '../../core/annotations/annotation';
import { correctionLabel, correctionMotivation, type Correction } from '../../core/annotations/correction';
import { placedCorrection, type CorrectionPassage, type PlacedCorrection } from '../../core/annotations/placeCorrections';
import { notesOn, placeAnnotations, sameSpan, shiftSpan, verdictOn, withPosition, type Placement } from '../../core/annotations/placement';
import type { Span } from '../../core/model';
import { idOf } from '../convert';
import { affects, annotationsAuthor, annotationsFile } from '../config';
import { readArticle } from '../workspaceFiles';
import { FolderStore } from './folderStore';
import { WorkspaceFolderStore } from './workspaceFolderStore';

/** A folder on disk keeps its store with Node (locks, atomic renames); any other (virtual) folder through workspace.fs. */
type AnyFolderStore = FolderStore | WorkspaceFolderStore;

export interface AnnotationCounts { verdicts: Record<VerdictId, number>; notes: number; orphans: number }

export class AnnotationService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly folders = new Map<string, AnyFolderStore>();
  /** Placements by document id (uri string). */
  private readonly placements = new Map<string, Placement[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly problemList: string[] = [];
  /** Where each correction's passage and second passage stand now (null: gone), by annotation id. */
  private readonly correctionAt = new Map<string, CorrectionPassage | null>();
  private readonly correctionOther = new Map<string, CorrectionPassage | null>();
  /** Re-anchor-then-save steps under way (flush waits for them). */
  private readonly inflight = new Set<Promise<void>>();
  private ready: Promise<void>;

  constructor(private readonly options: { debounceMs?: number; quiet?: boolean; readOnly?: () => boolean } = {}) {
    const ws = vscode.workspace;
    // A deleted article orphans what was placed on it (a delete from outside the editor included).
    const deletes = ws.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(
      deletes,
      deletes.onDidDelete((u) => { if (this.placements.has(idOf(u))) { void this.placeDocument(u); } }),
      this.changeEmitter,
      ws.onDidChangeTextDocument((e) => this.onEdit(e)),
      ws.onDidSaveTextDocument((d) => { if (this.placements.has(idOf(d.uri))) { void this.saveFolderOf(d.uri); } }),
      ws.onDidCloseTextDocument((d) => { if (this.placements.has(idOf(d.uri))) { void this.placeDocument(d.uri); } }),
      ws.onDidRenameFiles((e) => { void this.onRename(e.files); }),
      ws.onDidChangeWorkspaceFolders(() => { this.ready = this.loadAll(); }),
      ws.onDidChangeConfiguration((e) => {
        if (affects(e, 'annotations.file')) { this.ready = this.loadAll(); }
      }),
    );
    this.ready = this.loadAll();
  }

  /** Resolves when every folder's store is loaded and placed. */
  whenReady(): Promise<void> { return this.ready; }

  /** The store file of each workspace folder. */
  storeFiles(): string[] {
    return [...this.folders.values()].map((f) => f.store.filePath);
  }

  /** Messages shown to the user (corrupt files moved aside, skipped entries, failed saves). */
  problems(): readonly string[] { return this.problemList; }

  // ------------------------------------------------------------------ queries (synchronous, from cache)

  verdictAt(uri: vscode.Uri, start: number, end: number): { verdict: VerdictId; note?: string; label: string } | undefined {
    const v = verdictOn(this.placements.get(idOf(uri)) ?? [], { start, end });
    return v && { verdict: v.verdict, label: verdictLabel(v.verdict), ...(v.note ? { note: v.note } : {}) };
  }

  notesAt(uri: vscode.Uri, start: number, end: number): Annotation[] {
    return notesOn(this.placements.get(idOf(uri)) ?? [], { start, end });
  }

  /** Placed annotations of one document (for the comments controller). */
  placed(uri: vscode.Uri): Array<Placement & { anchor: Span }> {
    return (this.placements.get(idOf(uri)) ?? []).filter((p): p is Placement & { anchor: Span } => p.anchor !== null);
  }

  /** Annotations whose passage cannot be found any more (for a link correction: either passage), with the
   *  uri their source resolves to. */
  orphans(): Array<{ annotation: Annotation; uri: vscode.Uri }> {
    const out: Array<{ annotation: Annotation; uri: vscode.Uri }> = [];
    for (const f of this.folders.values()) {
      for (const a of f.annotations) {
        const uri = vscode.Uri.joinPath(f.folder.uri, a.target.source);
        const p = this.placements.get(idOf(uri))?.find((x) => x.annotation.id === a.id);
        if (!p?.anchor || (a.correction?.other && !this.correctionOther.get(a.id))) { out.push({ annotation: a, uri }); }
      }
    }
    return out;
  }

  /** Every correction with the passages it stands on now, in the analysis' document ids (uri strings). */
  corrections(): PlacedCorrection[] {
    const out: PlacedCorrection[] = [];
    for (const f of this.folders.values()) {
      for (const a of f.annotations) {
        if (!a.correction) { continue; }
        out.push(placedCorrection(a, this.correctionAt.get(a.id) ?? null, a.correction.other ? this.correctionOther.get(a.id) ?? null : undefined));
      }
    }
    return out;
  }

  /** Why nothing may be written to the store of this uri's folder (a store of a newer format), if so. */
  readOnlyReason(uri: vscode.Uri): string | undefined {
    return this.folderOf(uri)?.store.readOnlyReason;
  }

  all(): Array<{ annotation: Annotation; uri: vscode.Uri }> {
    return [...this.folders.values()].flatMap((f) =>
      f.annotations.map((annotation) => ({ annotation, uri: vscode.Uri.joinPath(f.folder.uri, annotation.target.source) })));
  }

  /** Every annotation with its current placement (null anchor: orphaned), for exports. */
  snapshot(): Array<{ uri: vscode.Uri; placement: Placement }> {
    return this.all().map(({ annotation, uri }) => ({
      uri,
      placement: this.placements.get(idOf(uri))?.find((p) => p.annotation.id === annotation.id) ?? { annotation, anchor: null },
    }));
  }

  counts(): AnnotationCounts {
    const verdicts: Record<VerdictId, number> = { supported: 0, refuted: 0, conflicting: 0, 'not-enough-info': 0 };
    let notes = 0;
    for (const { annotation: a } of this.all()) {
      if (a.verdict) { verdicts[a.verdict]++; } else if (!a.correction) { notes++; }
    }
    return { verdicts, notes, orphans: this.orphans().length };
  }

  // ------------------------------------------------------------------ changes

  /** Sets (replaces) the verdict on the passage [start, end) of uri. */
  async setVerdict(uri: vscode.Uri, span: Span, verdict: VerdictId): Promise<Annotation | undefined> {
    await this.ready;
    const ctx = await this.context(uri, span);
    if (!ctx) { return undefined; }
    const existing = (this.placements.get(ctx.id) ?? []).find((p) => p.anchor && p.annotation.verdict && sameSpan(p.anchor, span));
    let result: Annotation;
    if (existing) {
      result = { ...existing.annotation, verdict,
        body: { ...existing.annotation.body, value: verdictLabel(verdict) }, modified: new Date().toISOString() };
      ctx.folder.annotations = ctx.folder.annotations.map((a) => (a.id === result.id ? result : a));
    } else {
      result = createAnnotation({ source: ctx.source, ...describeSpan(ctx.text, span.start, span.end),
        motivation: 'assessing', value: verdictLabel(verdict), verdict, creator: this.author() });
      ctx.folder.annotations = [...ctx.folder.annotations, result];
    }
    await this.commit(ctx.folder, uri);
    return result;
  }

  /** Removes the verdict(s) on the passage. Returns how many were removed. */
  async clearVerdict(uri: vscode.Uri, span: Span): Promise<number> {
    await this.ready;
    const ids = new Set((this.placements.get(idOf(uri)) ?? [])
      .filter((p) => p.anchor && p.annotation.verdict && sameSpan(p.anchor, span)).map((p) => p.annotation.id));
    const folder = this.folderOf(uri);
    if (!folder || !ids.size || this.refusedReadOnly(folder)) { return 0; }
    folder.annotations = folder.annotations.filter((a) => !ids.has(a.id));
    await this.commit(folder, uri);
    return ids.size;
  }

  async addNote(uri: vscode.Uri, span: Span, text: string): Promise<Annotation | undefined> {
    await this.ready;
    const ctx = await this.context(uri, span);
    if (!ctx) { return undefined; }
    const note = createAnnotation({ source: ctx.source, ...describeSpan(ctx.text, span.start, span.end),
      motivation: 'commenting', value: text, creator: this.author() });
    ctx.folder.annotations = [...ctx.folder.annotations, note];
    await this.commit(ctx.folder, uri);
    return note;
  }

  /**
   * Records a correction of the engine's judgement on the passage [start, end) of uri (and, for a link, on a
   * second passage). A new annotation every time: an earlier correction of the same target stays as history,
   * and the later one wins (core's resolveCorrections).
   */
  async addCorrection(uri: vscode.Uri, span: Span, correction: Correction, other?: { uri: vscode.Uri } & Span):
    Promise<Annotation | undefined> {
    await this.ready;
    const ctx = await this.context(uri, span);
    if (!ctx) { return undefined; }
    const c: Correction = { ...correction };
    if (other) {
      const otherCtx = await this.context(other.uri, other);
      if (!otherCtx || otherCtx.folder !== ctx.folder) {
        this.reportProblem(vscode.l10n.t('Triangulate: both passages of a link must be in the same workspace folder.'));
        return undefined;
      }
      const d = describeSpan(otherCtx.text, other.start, other.end);
      c.other = { source: otherCtx.source, selector: [d.quote, d.position] };
    }
    const a = createAnnotation({ source: ctx.source, ...describeSpan(ctx.text, span.start, span.end),
      motivation: correctionMotivation(c.kind), value: correctionLabel(c), correction: c, creator: this.author() });
    ctx.folder.annotations = [...ctx.folder.annotations, a];
    if (other && idOf(other.uri) !== ctx.id) { await this.placeDocument(other.uri, false); }
    await this.commit(ctx.folder, uri);
    return a;
  }

  async editNote(id: string, text: string): Promise<void> {
    await this.update(id, (a) => ({ ...a, body: { ...a.body, value: text }, modified: new Date().toISOString() }));
  }

  /** Deletes any annotation by id (notes, orphans). */
  async remove(id: string): Promise<void> {
    await this.update(id, () => undefined);
  }

  private async update(id: string, f: (a: Annotation) => Annotation | undefined): Promise<void> {
    await this.ready;
    for (const folder of this.folders.values()) {
      const a = folder.annotations.find((x) => x.id === id);
      if (!a) { continue; }
      if (this.refusedReadOnly(folder)) { return; }
      const next = f(a);
      folder.annotations = next ? folder.annotations.map((x) => (x.id === id ? next : x)) : folder.annotations.filter((x) => x.id !== id);
      await this.commit(folder, vscode.Uri.joinPath(folder.folder.uri, a.target.source));
      return;
    }
  }

  /** Writes every folder's store now (tests, deactivate). */
  async flush(): Promise<void> {
    await this.ready;
    // A change still re-anchoring has not asked its folder to save yet: wait for it to get there.
    await Promise.all([...this.inflight]);
    await Promise.all([...this.folders.values()].map((f) => f.flush()));
  }

  // ------------------------------------------------------------------ internals

  private async loadAll(): Promise<void> {
    this.folders.forEach((f) => f.dispose());
    this.folders.clear();
    this.placements.clear();
    this.correctionAt.clear();
    this.correctionOther.clear();
    const settingProblems = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // Read per folder: the setting has `resource` scope, so each root of a multi-root workspace may differ.
      const relative = annotationsFile(folder.uri);
      const report = (m: string, backup?: string) => this.reportProblem(m, backup);
      const changed = () => { void this.placeFolder(fs); };
      const fs: AnyFolderStore = folder.uri.scheme === 'file'
        ? new FolderStore(folder, relative, report, changed, this.options.readOnly)
        : new WorkspaceFolderStore(folder, relative, report, changed, this.options.readOnly);
      const problem = fs.store.settingProblem;
      if (problem && !settingProblems.has(problem)) { settingProblems.add(problem); this.reportProblem(problem); }
      this.folders.set(folder.uri.toString(), fs);
      try {
        await fs.load();
      } catch (e) {
        this.reportProblem(`Triangulate could not read ${fs.store.filePath}: ${(e as Error).message}`);
      }
      await this.placeFolder(fs);
    }
    this.changeEmitter.fire();
  }

  private async placeFolder(folder: AnyFolderStore): Promise<void> {
    const sources = new Set(folder.annotations.flatMap((a) => [a.target.source, ...(a.correction?.other ? [a.correction.other.source] : [])]));
    for (const [id] of this.placements) {
      if (this.folderOf(vscode.Uri.parse(id)) === folder) { this.placements.delete(id); }
    }
    for (const source of sources) { await this.placeDocument(vscode.Uri.joinPath(folder.folder.uri, source), false); }
    this.changeEmitter.fire();
  }

  /** Re-anchors one document's annotations on its current text; a missing file orphans them. */
  private async placeDocument(uri: vscode.Uri, fire = true): Promise<void> {
    const folder = this.folderOf(uri);
    if (!folder) { return; }
    const source = vscode.workspace.asRelativePath(uri, false);
    const text = await this.textOf(uri);
    // The list is read after the wait: a rename or an edit made meanwhile must not be undone by writing back
    // the versions read before it.
    const list = folder.annotations.filter((a) => a.target.source === source);
    const placed = text === undefined ? list.map((annotation) => ({ annotation, anchor: null })) : placeAnnotations(list, text);
    // Keep each found position as the next search's starting point (the quote stays as annotated).
    const moved = new Map(placed.map((p) => [p.annotation.id, withPosition(p.annotation, p.anchor)]));
    const passage = (s: Span | null): CorrectionPassage | null => s && text !== undefined
      ? { doc: idOf(uri), start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null;
    for (const p of placed) { if (p.annotation.correction) { this.correctionAt.set(p.annotation.id, passage(p.anchor)); } }
    // The second passages of links that stand in this document, placed and followed the same way.
    for (const a of folder.annotations) {
      const o = a.correction?.other;
      if (!o || o.source !== source) { continue; }
      const anchor = text === undefined ? null : anchorQuote(text, o.selector[0], o.selector[1]);
      this.correctionOther.set(a.id, passage(anchor));
      if (anchor && (anchor.start !== o.selector[1].start || anchor.end !== o.selector[1].end)) {
        const base = moved.get(a.id) ?? a;
        moved.set(a.id, { ...base, correction: { ...base.correction!, other: { ...o,
          selector: [o.selector[0], { type: 'TextPositionSelector', start: anchor.start, end: anchor.end }] } } });
      }
    }
    folder.annotations = folder.annotations.map((a) => moved.get(a.id) ?? a);
    this.placements.set(idOf(uri), placed.map((p) => ({ ...p, annotation: moved.get(p.annotation.id) ?? p.annotation })));
    if (fire) { this.changeEmitter.fire(); }
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const id = idOf(e.document.uri);
    const current = this.placements.get(id);
    if (!e.contentChanges.length) { return; }
    if (!current?.length) {
      // Only the second passages of links stand here: no placement to follow while typing, re-place after a pause.
      if (current && this.hasLinkPassagesIn(e.document.uri)) { this.schedulePlacement(e.document.uri, id); }
      return;
    }
    // Follow the edit at once, so lookups while typing stay right; the quote search settles it after a pause.
    let list = current;
    for (const c of e.contentChanges) {
      const edit = { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, insertedLength: c.text.length };
      list = list.map((p) => (p.anchor ? { ...p, anchor: { ...p.anchor, ...shiftSpan(p.anchor, edit) } } : p));
    }
    this.placements.set(id, list);
    this.schedulePlacement(e.document.uri, id);
  }

  private schedulePlacement(uri: vscode.Uri, id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.set(id, setTimeout(() => {
      this.timers.delete(id);
      void this.placeDocument(uri);
    }, this.options.debounceMs ?? 300));
  }

  private hasLinkPassagesIn(uri: vscode.Uri): boolean {
    const folder = this.folderOf(uri);
    const source = vscode.workspace.asRelativePath(uri, false);
    return !!folder?.annotations.some((a) => a.correction?.other?.source === source);
  }

  private async onRename(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): Promise<void> {
    await this.ready;
    for (const { oldUri, newUri } of files) {
      const from = this.folderOf(oldUri);
      const to = this.folderOf(newUri);
      if (!from || !to) { continue; }
      const oldRel = vscode.workspace.asRelativePath(oldUri, false);
      const newRel = vscode.workspace.asRelativePath(newUri, false);
      // A renamed folder moves every file under it.
      const moves = (s: string) => s === oldRel || s.startsWith(`${oldRel}/`);
      // A move is an edit (newer `modified`), so it wins over the tombstone the old place leaves behind.
      const modified = new Date().toISOString();
      const renamed = (s: string) => newRel + s.slice(oldRel.length);
      // A link whose second passage is in the renamed file keeps pointing at it.
      const withOther = (a: Annotation): Annotation => {
        const o = a.correction?.other;
        return o && moves(o.source) ? { ...a, correction: { ...a.correction!, other: { ...o, source: renamed(o.source) } }, modified } : a;
      };
      const moving = from.annotations.filter((a) => moves(a.target.source))
        .map((a) => ({ ...withOther(a), target: { ...a.target, source: renamed(a.target.source) }, modified }));
      const linked = from.annotations.some((a) => !moves(a.target.source) && a.correction?.other && moves(a.correction.other.source));
      if (!moving.length && !linked) { continue; }
      from.annotations = from.annotations.filter((a) => !moves(a.target.source)).map(withOther);
      to.annotations = [...to.annotations, ...moving];
      await from.save();
      if (to !== from) { await to.save(); }
      await this.placeFolder(to);
      if (to !== from) { await this.placeFolder(from); }
    }
  }

  private async saveFolderOf(uri: vscode.Uri): Promise<void> {
    const folder = this.folderOf(uri);
    if (!folder) { return; }
    // Re-anchor before saving, so the stored positions are current.
    await this.track(this.placeDocument(uri, false).then(() => folder.save()));
  }

  private async commit(folder: AnyFolderStore, uri: vscode.Uri): Promise<void> {
    await this.track(this.placeDocument(uri, false).then(() => folder.save()));
    this.changeEmitter.fire();
  }

  private track(p: Promise<void>): Promise<void> {
    this.inflight.add(p);
    const done = (): void => { this.inflight.delete(p); };
    p.then(done, done);
    return p;
  }

  private async context(uri: vscode.Uri, span: Span): Promise<{ folder: AnyFolderStore; source: string; text: string; id: string } | undefined> {
    const folder = this.folderOf(uri);
    if (!folder) {
      this.reportProblem(`Triangulate: ${uri.fsPath} is not in a workspace folder; verdicts and notes are stored per folder.`);
      return undefined;
    }
    if (this.refusedReadOnly(folder)) { return undefined; }
    const text = await this.textOf(uri);
    if (text === undefined || span.end > text.length || span.start < 0 || span.start >= span.end) { return undefined; }
    return { folder, source: vscode.workspace.asRelativePath(uri, false), text, id: idOf(uri) };
  }

  /** A store of a newer format takes no change (it would be lost, never written): says so, returns true. */
  private refusedReadOnly(folder: AnyFolderStore): boolean {
    const reason = folder.store.readOnlyReason;
    if (reason) { this.reportProblem(reason); }
    return !!reason;
  }

  private folderOf(uri: vscode.Uri): AnyFolderStore | undefined {
    const wf = vscode.workspace.getWorkspaceFolder(uri);
    return wf && this.folders.get(wf.uri.toString());
  }

  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const id = idOf(uri);
    const open = vscode.workspace.textDocuments.find((d) => idOf(d.uri) === id && !d.isClosed);
    if (open) { return open.getText(); }
    try {
      return (await readArticle(uri))?.text;
    } catch {
      return undefined;
    }
  }

  private author(): string {
    const set = annotationsAuthor();
    if (set) { return set; }
    try { return os.userInfo().username; } catch { return 'unknown'; }
  }

  private reportProblem(message: string, backup?: string): void {
    this.problemList.push(message);
    if (this.options.quiet) { return; }
    const open = backup ? 'Open Backup' : undefined;
    void vscode.window.showWarningMessage(message, ...(open ? [open] : [])).then((pick) => {
      if (pick && backup) { void vscode.window.showTextDocument(vscode.Uri.file(backup)); }
    });
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.folders.forEach((f) => f.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}
