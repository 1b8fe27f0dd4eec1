// The annotation file on disk: `.triangulate/annotations.json` in each workspace folder (one store per folder,
// so multi-root workspaces and git keep each folder's verdicts with its articles).
//
// Every write that may race another writer goes through `sync`: under a lock shared by all processes, the
// file is read again, merged with what the caller holds (tombstones + the seen-set tell deletions from
// notes we have not seen), and only then renamed into place. A file with git conflict markers is merged
// from both sides. Copies of files we could not take as they were (corrupt, conflicted, with unreadable
// entries) go to a git-ignored backups folder beside the store, and are reported.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { STORE_VERSION, newerStoreMessage, serializeAnnotationFile, type Annotation } from '../core/annotations/annotation';
import { readStoreText } from '../core/annotations/conflict';
import { mergeStates, type AnnotationState } from '../core/annotations/merge';
import { confineStorePath, DEFAULT_ANNOTATION_FILE } from '../core/annotations/storePath';
import { flushWrites, writeFileAtomic } from './atomicFile';
import { withFileLock, type LockOptions } from './fileLock';

export { DEFAULT_ANNOTATION_FILE, confineStorePath };

export interface StoreLoadResult {
  annotations: Annotation[];
  /** Human-readable messages: entries skipped, a corrupt file moved aside. Empty when all was well. */
  problems: string[];
  /** Where a file that did not parse was moved to, when that happened. */
  backup?: string;
  /** The file was written by a newer version of Triangulate: shown, never written (see `readOnly`). */
  newer?: boolean;
}

export interface SyncResult {
  /** The merged state, as now on disk. */
  state: AnnotationState;
  problems: string[];
  backup?: string;
  /** The file held something other than what this store last read or wrote. */
  changedOnDisk: boolean;
  /** This call wrote the file. */
  wrote: boolean;
}

type Disk =
  | { kind: 'missing' }
  | { kind: 'ok'; text: string; state: AnnotationState; skipped: string[]; version: number }
  | { kind: 'conflict'; text: string; state: AnnotationState; skipped: string[]; detail: string }
  | { kind: 'corrupt'; text: string; reason: string };

export class AnnotationStore {
  /** The exact text this process last read or wrote; lets a file watcher tell our own writes from others'. */
  private lastText: string | undefined;
  /** id -> modified of what the file held when we last read or wrote it (the merge's seen-set). */
  private seen = new Map<string, string>();
  /** Set by forFolder when the requested file was refused. */
  readonly settingProblem: string | undefined;
  /** Set when the file on disk has a format version higher than this version writes: from then on
   *  nothing is written to it (its entries of kinds we do not know would be lost), until it is reloaded
   *  as a version we know. */
  newerVersion: number | undefined;

  constructor(
    readonly filePath: string,
    /** When set, writes are refused if the store's directory resolves (symlinks) outside this folder. */
    readonly folder?: string,
    settingProblem?: string,
    private readonly lockOptions: LockOptions = {},
  ) {
    this.settingProblem = settingProblem;
  }

  static forFolder(folder: string, relativeFile = DEFAULT_ANNOTATION_FILE, lockOptions?: LockOptions): AnnotationStore {
    const { relative, problem } = confineStorePath(relativeFile);
    return new AnnotationStore(path.resolve(folder, relative), path.resolve(folder), problem, lockOptions);
  }

  /** The git-ignored folder for backups: `.triangulate/backups/` (or `.triangulate-backups/` beside a custom file). */
  get backupDir(): string {
    const dir = path.dirname(this.filePath);
    return path.join(dir, path.basename(dir) === '.triangulate' ? 'backups' : '.triangulate-backups');
  }

  get lockPath(): string {
    return `${this.filePath}.lock`;
  }

  /**
   * Reads the store. A missing file is an empty store. A file with git conflict markers is both sides merged
   * (a copy of it kept in the backups folder). A file that does not parse is never overwritten: it is moved
   * to the backups folder as `annotations.json.corrupt-<timestamp>` and the store starts empty, with the
   * reason in `problems`, so the next save cannot destroy what may be hand-recoverable.
   */
  async load(now: Date = new Date()): Promise<StoreLoadResult> {
    await flushWrites(this.filePath);
    const disk = await this.readDisk();
    const problems: string[] = [];
    this.noteVersion(disk, problems);
    const backup = this.newerVersion ? undefined : await this.takeAside(disk, now, problems, false);
    this.remember(disk);
    const annotations = disk.kind === 'ok' || disk.kind === 'conflict' ? disk.state.annotations : [];
    return { annotations, problems, ...(backup ? { backup } : {}), ...(this.newerVersion ? { newer: true } : {}) };
  }

  /** The message of a store written by a newer version; undefined when the store is one we write. */
  get readOnlyReason(): string | undefined {
    return this.newerVersion === undefined ? undefined : newerStoreMessage(this.filePath, this.newerVersion);
  }

  private noteVersion(disk: Disk, problems: string[]): void {
    const was = this.newerVersion;
    this.newerVersion = disk.kind === 'ok' && disk.version > STORE_VERSION ? disk.version : undefined;
    if (this.newerVersion !== undefined && was === undefined) { problems.push(this.readOnlyReason!); }
  }

  /** Replaces the file with exactly this list (no merge, no lock): for tools and tests. Use `sync` to share. */
  async save(annotations: readonly Annotation[]): Promise<void> {
    if (this.newerVersion !== undefined) { throw new Error(this.readOnlyReason); }
    const text = serializeAnnotationFile(annotations);
    this.lastText = text;
    this.seen = new Map(annotations.map((a) => [a.id, a.modified]));
    await writeFileAtomic(this.filePath, text);
  }

  /**
   * The safe write: under the store's lock, reads the file again, merges `local` into it and writes the
   * result if it differs from the file. Returns the merged state, which the caller should adopt.
   * A missing file is created only when there is something to keep. Mode 'read' (loading, reacting to
   * someone else's change) writes only when the merge added or removed something, or the file was
   * conflicted or corrupt, so merely opening a folder never reformats its store.
   */
  async sync(local: AnnotationState, options: { now?: Date; mode?: 'save' | 'read' } = {}): Promise<SyncResult> {
    const now = options.now ?? new Date();
    await flushWrites(this.filePath);
    if (!local.annotations.length && !local.deleted.length && !fs.existsSync(this.filePath)) {
      // Nothing to keep and no file: opening a folder must not create `.triangulate/` (nor take a lock).
      const changedOnDisk = this.lastText !== undefined;
      this.lastText = undefined;
      this.seen = new Map();
      return { state: { annotations: [], deleted: [] }, problems: [], changedOnDisk, wrote: false };
    }
    await fs.promises.mkdir(path.dirname(this.filePath), { recursive: true });
    await this.checkConfined();
    return withFileLock(this.lockPath, async (stillOwned) => {
      const disk = await this.readDisk();
      const problems: string[] = [];
      this.noteVersion(disk, problems);
      if (this.newerVersion !== undefined && disk.kind === 'ok') {
        // Read-only: what we hold is kept in memory, merged with the file, and nothing is written.
        const merged = mergeStates(local, disk.state, { now });
        const changedOnDisk = disk.text !== this.lastText;
        this.lastText = disk.text;
        this.seen = new Map(disk.state.annotations.map((a) => [a.id, a.modified]));
        return { state: merged, problems, changedOnDisk, wrote: false };
      }
      const changedOnDisk = (disk.kind === 'missing' ? undefined : disk.text) !== this.lastText;
      // Absence means deletion only against a clean file we saw; after a conflict, a corrupt or a missing
      // file, nothing we hold is taken as deleted.
      const seen = disk.kind === 'ok' ? this.seen : new Map<string, string>();
      const theirs = disk.kind === 'ok' || disk.kind === 'conflict' ? disk.state : { annotations: [], deleted: [] };
      const merged = mergeStates(local, theirs, { seen, now });
      const text = serializeAnnotationFile(merged.annotations, merged.deleted);
      const empty = !merged.annotations.length && !merged.deleted.length;
      const needsWrite = disk.kind === 'missing' ? !empty
        : disk.kind !== 'ok' ? true
          : options.mode === 'read' ? !sameState(merged, disk.state) : disk.text !== text;
      let backup: string | undefined;
      if (needsWrite) {
        backup = await this.takeAside(disk, now, problems, true);
        if (!(await stillOwned())) { throw new Error(`the lock ${this.lockPath} was taken over while saving; try again`); }
        await writeFileAtomic(this.filePath, text);
        this.lastText = text;
      } else {
        this.lastText = disk.kind === 'missing' ? undefined : disk.text;
      }
      this.seen = new Map((needsWrite || disk.kind !== 'ok' ? merged : disk.state).annotations.map((a) => [a.id, a.modified]));
      return { state: merged, problems, changedOnDisk, wrote: needsWrite, ...(backup ? { backup } : {}) };
    }, this.lockOptions);
  }

  /** True when the file on disk is not what this process last wrote or read (someone else changed it). */
  async changedOnDisk(): Promise<boolean> {
    await flushWrites(this.filePath);
    try {
      return (await fs.promises.readFile(this.filePath, 'utf8')) !== this.lastText;
    } catch {
      return this.lastText !== undefined;
    }
  }

  /**
   * Calls `onChange` when the file's size or mtime changes (polling stat, so it also sees writes by git,
   * other processes and network drives that event-based watchers can miss). Returns a stop function.
   */
  watch(onChange: () => void, intervalMs = 1000): () => void {
    const listener = (cur: fs.Stats, prev: fs.Stats): void => {
      if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) { onChange(); }
    };
    fs.watchFile(this.filePath, { interval: intervalMs, persistent: false }, listener);
    return () => fs.unwatchFile(this.filePath, listener);
  }

  flush(): Promise<void> {
    return flushWrites(this.filePath);
  }

  // ------------------------------------------------------------------ internals

  private async readDisk(): Promise<Disk> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.filePath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') { return { kind: 'missing' }; }
      throw e;
    }
    const read = readStoreText(text);
    return read.kind === 'corrupt' ? { kind: 'corrupt', text, reason: read.reason } : { ...read, text };
  }

  /**
   * Keeps a copy of what we cannot take as it is before it is replaced: a corrupt file is moved to the
   * backups folder (load and sync), a conflicted one or one with skipped entries is copied there when we
   * are about to overwrite it (`writing`). Reports each case; returns the backup's path.
   */
  private async takeAside(disk: Disk, now: Date, problems: string[], writing: boolean): Promise<string | undefined> {
    if (disk.kind === 'missing') { return undefined; }
    if (disk.kind !== 'corrupt') {
      for (const s of disk.skipped) { problems.push(`${this.filePath}: skipped ${s}`); }
    }
    if (disk.kind === 'ok' && !(writing && disk.skipped.length)) { return undefined; }
    const kind = disk.kind === 'corrupt' ? 'corrupt' : disk.kind === 'conflict' ? 'conflict' : 'skipped';
    if (disk.kind === 'conflict' && !writing) {
      problems.push(`${this.filePath} had ${disk.detail}; it will be saved merged.`);
      return undefined;
    }
    const backup = path.join(this.backupDir, `${path.basename(this.filePath)}.${kind}-${now.toISOString().replace(/[:.]/g, '-')}`);
    await this.ensureBackupDir();
    if (disk.kind === 'corrupt') {
      await fs.promises.rename(this.filePath, backup);
      problems.push(`${this.filePath} could not be read (${disk.reason}); it was kept as ${backup} and a new store started.`);
    } else {
      await fs.promises.writeFile(backup, disk.text);
      problems.push(disk.kind === 'conflict'
        ? `${this.filePath} had ${disk.detail}; merged and saved, the conflicted file was kept as ${backup}.`
        : `${this.filePath} had entries that could not be read; they are dropped from the store and kept in ${backup}.`);
    }
    return backup;
  }

  /** The backups folder ignores itself: a `.gitignore` of `*` inside it, so no repository setting is touched. */
  private async ensureBackupDir(): Promise<void> {
    await fs.promises.mkdir(this.backupDir, { recursive: true });
    const ignore = path.join(this.backupDir, '.gitignore');
    if (!fs.existsSync(ignore)) {
      await fs.promises.writeFile(ignore, '# Backups of Triangulate\'s annotation store; local, not for version control.\n*\n');
    }
  }

  private remember(disk: Disk): void {
    this.lastText = disk.kind === 'ok' || disk.kind === 'conflict' ? disk.text : undefined;
    this.seen = disk.kind === 'ok' ? new Map(disk.state.annotations.map((a) => [a.id, a.modified])) : new Map();
  }

  /** A `.triangulate` that is a symlink out of the folder must not let us write there. */
  private async checkConfined(): Promise<void> {
    if (!this.folder) { return; }
    const [dir, root] = await Promise.all([
      fs.promises.realpath(path.dirname(this.filePath)),
      fs.promises.realpath(this.folder),
    ]);
    const rel = path.relative(root, dir);
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
      throw new Error(`${path.dirname(this.filePath)} leads outside the folder ${this.folder} (to ${dir}); not writing there`);
    }
  }
}

/** Same annotations (id and version) and same deletions. */
function sameState(a: AnnotationState, b: AnnotationState): boolean {
  const versions = (s: AnnotationState) => new Map(s.annotations.map((x) => [x.id, x.modified]));
  const va = versions(a);
  const vb = versions(b);
  if (va.size !== vb.size || a.deleted.length !== b.deleted.length) { return false; }
  for (const [id, m] of va) { if (vb.get(id) !== m) { return false; } }
  const da = new Map(a.deleted.map((d) => [d.id, d.deleted]));
  return b.deleted.every((d) => da.get(d.id) === d.deleted);
}
