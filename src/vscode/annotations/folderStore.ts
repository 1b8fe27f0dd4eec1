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

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly relativeFile: string,
    /** Called with user-facing messages (corrupt file moved aside, entries skipped). */
    private readonly report: (message: string, backup?: string) => void,
    /** Called after the list was replaced from disk (external change). */
    private readonly onExternalChange: () => void,
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

  /** Writes the list (atomic, serialized). `prepare` runs just before, to re-anchor positions. */
  save(): Promise<void> {
    const list = this.annotations;
    this.saving = this.saving.then(async () => {
      await this.store.save(list);
      this.base = list;
    }).catch((e: unknown) => {
      this.report(`Triangulate could not save ${this.store.filePath}: ${(e as Error).message}`);
    });
    return this.saving;
  }

  flush(): Promise<void> {
    return this.saving;
  }

  /**
   * The file changed and it was not us (git checkout, a pull, another window): merge it with what this
   * window holds, so neither side's new annotations are lost, and write the merge back if it differs.
   */
  async reloadIfChanged(): Promise<boolean> {
    await this.saving;
    if (!(await this.store.changedOnDisk())) { return false; }
    const res = await this.store.load();
    res.problems.forEach((p) => this.report(p, res.backup));
    if (res.backup) {
      // The new file does not parse (e.g. merge conflict markers): it was moved aside; keep ours, re-save.
      await this.save();
      return true;
    }
    const merged = mergeAnnotations({ base: this.base, ours: this.annotations, theirs: res.annotations });
    this.annotations = merged;
    this.base = res.annotations;
    if (!sameIds(merged, res.annotations)) { await this.save(); }
    this.onExternalChange();
    return true;
  }

  private watch(): void {
    if (this.watcher) { return; }
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, this.relativeFile));
    const changed = () => { void this.reloadIfChanged(); };
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete(changed);
  }

  dispose(): void {
    this.watcher?.dispose();
  }
}

function sameIds(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) { return false; }
  const ids = new Map(b.map((x) => [x.id, x.modified]));
  return a.every((x) => ids.get(x.id) === x.modified);
}
