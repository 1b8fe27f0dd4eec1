// What both editor stores (Node's FolderStore, the workspace.fs WorkspaceFolderStore) add to the replica:
// Restricted Mode, where the file is read without lock or write-back and nothing is saved, and a watcher
// that reloads when the file changes under it.
import type * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/annotation';
import { AnnotationReplica, type ProblemReporter, type ReplicaStore } from '../../node/annotationReplica';

export interface EditorStore extends ReplicaStore {
  /** A plain read: no lock, nothing written back (a git-conflicted file comes back merged). */
  load(): Promise<{ annotations: Annotation[]; problems: string[]; backup?: string }>;
}

export abstract class EditorReplica<S extends EditorStore> extends AnnotationReplica<S> implements vscode.Disposable {
  constructor(
    store: S,
    report: ProblemReporter,
    /** Called after the list was replaced from disk (external change). */
    private readonly externalChange: () => void,
    /** True while nothing may be written (Restricted Mode): the file is read without lock and never saved. */
    private readonly readOnly: () => boolean,
  ) {
    super(store, report, externalChange);
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

  /** Starts watching the file (once); each change leads to reloadIfChanged. */
  protected abstract watch(): void;

  abstract dispose(): void;

  /** Reloads on a change and reports a failure, for the watchers. */
  protected readonly changed = (): void => {
    this.reloadIfChanged().catch((e: unknown) => {
      this.report(`Triangulate could not reload ${this.store.filePath}: ${(e as Error).message}`);
    });
  };

  private async readWithoutWriting(): Promise<void> {
    const res = await this.store.load();
    res.problems.forEach((p) => this.report(p, res.backup));
    this.annotations = res.annotations;
  }
}
