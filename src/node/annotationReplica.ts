// One window's copy of a folder's annotations: the list in memory, the deletions it made (tombstones), and
// the saves that bring both to the shared file. Editor-free, so two of them in two processes can be tested
// on plain Node; the editor's FolderStore adds only the file watchers.
import type { Annotation, Tombstone } from '../core/annotations/annotation';
import { deletionTime, mergeStates } from '../core/annotations/merge';
import type { AnnotationState } from '../core/annotations/merge';

/** What a replica needs of its file: the Node store (locks, atomic renames) or the workspace.fs one. */
export interface ReplicaStore {
  readonly filePath: string;
  readonly settingProblem: string | undefined;
  sync(local: AnnotationState, options?: { mode?: 'save' | 'read' }): Promise<{ state: AnnotationState; problems: string[]; backup?: string }>;
  changedOnDisk(): Promise<boolean>;
}

export type ProblemReporter = (message: string, backup?: string) => void;

export class AnnotationReplica<S extends ReplicaStore = ReplicaStore> {
  private list: Annotation[] = [];
  /** id -> deletion time, for deletions made here or learnt from the file. */
  private tombstones = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  /** A sync that is queued and not started yet: later saves join it instead of queueing another. */
  private pending: Promise<void> | undefined;
  private loaded = false;

  constructor(
    readonly store: S,
    protected readonly report: ProblemReporter,
    /** Called after the list changed because of what another writer put in the file. */
    private readonly onExternalChange: () => void = () => undefined,
  ) {}

  get annotations(): Annotation[] {
    return this.list;
  }

  /**
   * Replacing the list is how callers add, edit and delete: an id that disappears gets a tombstone (so the
   * deletion reaches the file and other windows), an id that comes back loses its tombstone.
   */
  set annotations(next: Annotation[]) {
    const now = new Date().toISOString();
    const keep = new Set(next.map((a) => a.id));
    for (const a of this.list) {
      if (!keep.has(a.id)) { this.tombstones.set(a.id, deletionTime(now, a)); }
    }
    for (const id of keep) { this.tombstones.delete(id); }
    this.list = next;
  }

  get deleted(): Tombstone[] {
    return [...this.tombstones].map(([id, deleted]) => ({ id, deleted }));
  }

  /** Reads the file (merging a git conflict in it and saving the result); problems go to the reporter. */
  async load(): Promise<void> {
    await this.enqueue(async () => { await this.sync('read'); });
  }

  /** Brings this window's changes to the file, merged with whatever others wrote. Saves coalesce. */
  save(): Promise<void> {
    if (this.pending) { return this.pending; }
    const job = this.enqueue(async () => {
      this.pending = undefined;
      await this.sync('save');
    });
    this.pending = job;
    return job;
  }

  /** Resolves when every save asked for so far has settled. */
  flush(): Promise<void> {
    return this.queue;
  }

  /** The file changed and it was not us (git checkout, a pull, another window): merge, write back if needed. */
  async reloadIfChanged(): Promise<boolean> {
    let changed = false;
    await this.enqueue(async () => {
      if (!(await this.store.changedOnDisk())) { return; }
      changed = await this.sync('read');
    });
    return changed;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(job).catch((e: unknown) => {
      this.report(`Triangulate could not save ${this.store.filePath}: ${(e as Error).message}`);
    });
    this.queue = next;
    return next;
  }

  /**
   * One locked read-merge-write. Returns whether the list in memory changed; tells listeners if it did
   * (not on the first load: the caller places what it loaded).
   */
  private async sync(mode: 'save' | 'read'): Promise<boolean> {
    const first = !this.loaded;
    this.loaded = true;
    const snapshot = this.list;
    const res = await this.store.sync({ annotations: snapshot, deleted: this.deleted }, { mode });
    res.problems.forEach((p) => this.report(p, res.backup));
    // Changes made here while the file was locked are newer than the merge: merge them over it.
    const merged = this.list === snapshot ? res.state
      : mergeStates({ annotations: this.list, deleted: this.deleted }, res.state, { tie: 'ours' });
    const changed = !sameVersions(this.list, merged.annotations);
    this.list = merged.annotations;
    this.tombstones = new Map(merged.deleted.map((d) => [d.id, d.deleted]));
    if (changed && !first) { this.onExternalChange(); }
    return changed;
  }
}

function sameVersions(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) { return false; }
  const ids = new Map(b.map((x) => [x.id, x.modified]));
  return a.every((x) => ids.get(x.id) === x.modified);
}
