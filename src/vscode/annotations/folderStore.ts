// One workspace folder's annotations: its store file, the list in memory, and what the file held when this
// window last read or wrote it (the base of the three-way merge when someone else changes the file).
import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/annotation';
import { mergeAnnotations } from '../../core/annotations/merge';
import { AnnotationStore, DEFAULT_ANNOTATION_FILE } from '../../node/annotationStore';

export class FolderStore implements vscode.Disposable {
  readonly store: AnnotationStore;
  annotations: Annotation[] = [];
  private base: Annotation[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private saving: Promise<void> = Promise.resolve();
  private stopPolling: (() => void) | undefined;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly relativeFile: string,
    /** Called with user-facing messages (corrupt file moved aside, entries skipped). */
    private readonly report: (message: string, backup?: string) => void,
    /** Called after the list was replaced from disk (external change). */
    private readonly onExternalChange: () => void,
    /** True while nothing may be written (Restricted Mode): re-anchoring and merges stay in memory. */
    private readonly readOnly: () => boolean = () => false,
  ) {
    this.store = AnnotationStore.forFolder(folder.uri.fsPath, relativeFile || DEFAULT_ANNOTATION_FILE);
  }

  async load(): Promise<void> {
    const res = await this.store.load();
    res.problems.forEach((p) => this.report(p, res.backup));
    this.annotations = res.annotations;
    this.base = res.annotations;
    this.watch();
  }

  /**
   * Writes the list (atomic, serialized). If the file changed on disk since we last read or wrote it (a git
   * checkout racing our save), that change is merged in first instead of being overwritten.
   */
  save(): Promise<void> {
    return this.enqueue(async () => {
      await this.absorbDiskChanges();
      await this.write();
    });
  }

  flush(): Promise<void> {
    return this.saving;
  }

  /** The file changed and it was not us (git checkout, a pull, another window): merge, write back if needed. */
  async reloadIfChanged(): Promise<boolean> {
    let changed = false;
    await this.enqueue(async () => {
      const res = await this.absorbDiskChanges();
      changed = res !== 'same';
      if (res === 'merged-differs' || res === 'corrupt') { await this.write(); }
    });
    if (changed) { this.onExternalChange(); }
    return changed;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.saving = this.saving.then(job).catch((e: unknown) => {
      this.report(`Triangulate could not save ${this.store.filePath}: ${(e as Error).message}`);
    });
    return this.saving;
  }

  private async write(): Promise<void> {
    if (this.readOnly()) { return; }
    const list = this.annotations;
    await this.store.save(list);
    this.base = list;
  }

  /**
   * Three-way merge of the file's current content into memory: additions on either side are kept, neither
   * side's new annotations are lost. A file that does not parse has been moved aside by load(); ours stay.
   */
  private async absorbDiskChanges(): Promise<'same' | 'merged-same' | 'merged-differs' | 'corrupt'> {
    if (!(await this.store.changedOnDisk())) { return 'same'; }
    const res = await this.store.load();
    res.problems.forEach((p) => this.report(p, res.backup));
    if (res.backup) { return 'corrupt'; }
    const merged = mergeAnnotations({ base: this.base, ours: this.annotations, theirs: res.annotations });
    this.annotations = merged;
    this.base = res.annotations;
    return sameIds(merged, res.annotations) ? 'merged-same' : 'merged-differs';
  }

  private watch(): void {
    if (this.watcher) { return; }
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, this.relativeFile));
    const changed = () => {
      this.reloadIfChanged().catch((e: unknown) => {
        this.report(`Triangulate could not reload ${this.store.filePath}: ${(e as Error).message}`);
      });
    };
    // VS Code's watcher is quick but was seen to miss a plain write from another process in a remote
    // host; a stat poll of this one file catches those. Both lead to the same idempotent reload.
    this.stopPolling = this.store.watch(changed);
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete(changed);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.stopPolling?.();
  }
}

function sameIds(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) { return false; }
  const ids = new Map(b.map((x) => [x.id, x.modified]));
  return a.every((x) => ids.get(x.id) === x.modified);
}
