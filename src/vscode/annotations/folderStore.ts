// One workspace folder's annotations in the editor: the shared-file logic (locked merges, tombstones, git
// conflicts, backups) is AnnotationReplica's, on plain Node; this adds the watchers that tell it the file
// changed under it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ProblemReporter } from '../../node/annotationReplica';
import { AnnotationStore } from '../../node/annotationStore';
import { EditorReplica } from './editorReplica';

export class FolderStore extends EditorReplica<AnnotationStore> {
  private watcher: vscode.FileSystemWatcher | undefined;
  private stopPolling: (() => void) | undefined;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    /** The `triangulate.annotations.file` setting; refused (default used) when it leaves the folder. */
    relativeFile: string,
    /** Called with user-facing messages (corrupt file moved aside, entries skipped, a refused setting). */
    report: ProblemReporter,
    /** Called after the list was replaced from disk (external change). */
    externalChange: () => void,
    /** True while nothing may be written (Restricted Mode): the file is read without lock and never saved. */
    readOnly: () => boolean = () => false,
  ) {
    super(AnnotationStore.forFolder(folder.uri.fsPath, relativeFile), report, externalChange, readOnly);
  }

  protected watch(): void {
    if (this.watcher) { return; }
    const relative = path.relative(this.folder.uri.fsPath, this.store.filePath).split(path.sep).join('/');
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, relative));
    // VS Code's watcher is quick but was seen to miss a plain write from another process in a remote
    // host; a stat poll of this one file catches those. Both lead to the same idempotent reload.
    this.stopPolling = this.store.watch(this.changed);
    this.watcher.onDidChange(this.changed);
    this.watcher.onDidCreate(this.changed);
    this.watcher.onDidDelete(this.changed);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.stopPolling?.();
  }
}
