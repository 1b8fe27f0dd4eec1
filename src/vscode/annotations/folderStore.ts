// One workspace folder's annotations in the editor: the shared-file logic (locked merges, tombstones, git
// conflicts, backups) is AnnotationReplica's, on plain Node; this adds the watchers that tell it the file
// changed under it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnnotationReplica, type ProblemReporter } from '../../node/annotationReplica';
import { AnnotationStore } from '../../node/annotationStore';

export class FolderStore extends AnnotationReplica<AnnotationStore> implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;
  private stopPolling: (() => void) | undefined;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    /** The `triangulate.annotations.file` setting; refused (default used) when it leaves the folder. */
    relativeFile: string,
    /** Called with user-facing messages (corrupt file moved aside, entries skipped, a refused setting). */
    report: ProblemReporter,
    /** Called after the list was replaced from disk (external change). */
    private readonly externalChange: () => void,
    /** True while nothing may be written (Restricted Mode): the file is read without lock and never saved. */
    private readonly readOnly: () => boolean = () => false,
  ) {
    super(AnnotationStore.forFolder(folder.uri.fsPath, relativeFile), report, externalChange);
  }

  override async load(): Promise<void> {
    if (this.readOnly()) { await this.readWithoutWriting(); } else { await super.load(); }
    this.watch();
  }

  /** Restricted Mode: changes stay in memory (re-anchoring after edits); commands that change them are refused. */
  override save(): Promise<void> {
    return this.readOnly() ? Promise.resolve() : super.save();
  }

  override async reloadIfChanged(): Promise<boolean> {
    if (!this.readOnly()) { return super.reloadIfChanged(); }
    if (!(await this.store.changedOnDisk())) { return false; }
    await this.readWithoutWriting();
    this.externalChange();
    return true;
  }

  /** The plain read of `load()` (no lock, no merge written back); a git-conflicted file is shown merged. */
  private async readWithoutWriting(): Promise<void> {
    const res = await this.store.load();
    res.problems.forEach((p) => this.report(p, res.backup));
    this.annotations = res.annotations;
  }

  private watch(): void {
    if (this.watcher) { return; }
    const relative = path.relative(this.folder.uri.fsPath, this.store.filePath).split(path.sep).join('/');
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, relative));
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
