// The annotation file on disk: `.triangulate/annotations.json` in each workspace folder (one store per folder,
// so multi-root workspaces and git keep each folder's verdicts with its articles).
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AnnotationFileError,
  parseAnnotationFile,
  serializeAnnotationFile,
  type Annotation,
} from '../core/annotations/annotation';
import { flushWrites, writeFileAtomic } from './atomicFile';

export const DEFAULT_ANNOTATION_FILE = '.triangulate/annotations.json';

export interface StoreLoadResult {
  annotations: Annotation[];
  /** Human-readable messages: entries skipped, a corrupt file moved aside. Empty when all was well. */
  problems: string[];
  /** Where a file that did not parse was moved to, when that happened. */
  backup?: string;
}

export class AnnotationStore {
  /** The exact text this process last read or wrote; lets a file watcher tell our own writes from others'. */
  private lastText: string | undefined;

  constructor(readonly filePath: string) {}

  static forFolder(folder: string, relativeFile = DEFAULT_ANNOTATION_FILE): AnnotationStore {
    return new AnnotationStore(path.resolve(folder, relativeFile));
  }

  /**
   * Reads the store. A missing file is an empty store. A file that does not parse is never overwritten: it
   * is renamed to `annotations.json.corrupt-<timestamp>` and the store starts empty, with the reason in
   * `problems`, so the next save cannot destroy what may be hand-recoverable.
   */
  async load(now: Date = new Date()): Promise<StoreLoadResult> {
    await flushWrites(this.filePath);
    let text: string;
    try {
      text = await fs.promises.readFile(this.filePath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        this.lastText = undefined;
        return { annotations: [], problems: [] };
      }
      throw e;
    }
    try {
      const { annotations, skipped } = parseAnnotationFile(text);
      this.lastText = text;
      return { annotations, problems: skipped.map((s) => `${this.filePath}: skipped ${s}`) };
    } catch (e) {
      if (!(e instanceof AnnotationFileError)) { throw e; }
      const backup = `${this.filePath}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
      await fs.promises.rename(this.filePath, backup);
      this.lastText = undefined;
      return {
        annotations: [],
        problems: [`${this.filePath} could not be read (${e.message}); it was kept as ${backup} and a new store started.`],
        backup,
      };
    }
  }

  /** Atomic, and serialized with every other write to this path in this process. */
  async save(annotations: readonly Annotation[]): Promise<void> {
    const text = serializeAnnotationFile(annotations);
    this.lastText = text;
    await writeFileAtomic(this.filePath, text);
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
}
