// A folder's annotations through vscode.workspace.fs, for folders Node's file system cannot reach: virtual
// workspaces (GitHub Repositories, vscode.dev) and the web build, where there is no `fs` at all. The same
// file format, merge and tombstones as the Node store (AnnotationReplica does the bookkeeping); what it
// cannot have is the Node store's cross-process lock, so it compares before it swaps: the file is read
// again just before writing and, when another writer changed it since, merged again (a few rounds).
// A file that does not parse is never overwritten: it is reported and left as it is; nor is one written by a
// newer version (its entries of kinds this version does not know would be lost): it is shown, read-only.
import * as vscode from 'vscode';
import { STORE_VERSION, newerStoreMessage, serializeAnnotationFile, type Annotation } from '../../core/annotations/annotation';
import { readStoreText, type StoreText } from '../../core/annotations/conflict';
import { mergeStates, type AnnotationState } from '../../core/annotations/merge';
import { confineStorePath } from '../../core/annotations/storePath';
import type { ProblemReporter } from '../../node/annotationReplica';
import { EditorReplica, type EditorStore } from './editorReplica';

const ROUNDS = 3;

type Disk = { kind: 'missing' } | ({ text: string } & StoreText);

export class WorkspaceFsStore implements EditorStore {
  readonly uri: vscode.Uri;
  readonly settingProblem: string | undefined;
  private lastText: string | undefined;
  private seen = new Map<string, string>();
  /** The format of a file written by a newer version, while the file on disk is one: nothing is written. */
  private newerVersion: number | undefined;

  constructor(folder: vscode.Uri, relativeFile: string) {
    const { relative, problem } = confineStorePath(relativeFile);
    this.uri = vscode.Uri.joinPath(folder, ...relative.split(/[\\/]+/));
    this.settingProblem = problem;
  }

  get filePath(): string { return this.uri.toString(true); }
  /** Set while the file was written by a newer version (as AnnotationStore.readOnlyReason). */
  get readOnlyReason(): string | undefined {
    return this.newerVersion === undefined ? undefined : newerStoreMessage(this.filePath, this.newerVersion);
  }

  async load(): Promise<{ annotations: Annotation[]; problems: string[] }> {
    const disk = await this.read();
    const problems = this.noteVersion(disk, problemsOf(disk, this.filePath));
    this.remember(disk);
    return { annotations: disk.kind === 'ok' || disk.kind === 'conflict' ? disk.state.annotations : [], problems };
  }

  async sync(local: AnnotationState, options: { mode?: 'save' | 'read' } = {}): Promise<{ state: AnnotationState; problems: string[] }> {
    for (let round = 1; ; round++) {
      const disk = await this.read();
      const problems = this.noteVersion(disk, problemsOf(disk, this.filePath));
      if (this.newerVersion !== undefined && disk.kind === 'ok') {
        // Read-only: what we hold is kept in memory, merged with the file, and nothing is written.
        this.remember(disk);
        return { state: mergeStates(local, disk.state), problems };
      }
      if (disk.kind === 'corrupt') {
        this.remember(disk);
        return { state: local, problems: [...problems, `${this.filePath} was left as it is; verdicts and notes made now are kept in memory only`] };
      }
      const seen = disk.kind === 'ok' ? this.seen : new Map<string, string>();
      const theirs = disk.kind === 'missing' ? { annotations: [], deleted: [] } : disk.state;
      const merged = mergeStates(local, theirs, { seen });
      const text = serializeAnnotationFile(merged.annotations, merged.deleted);
      const empty = !merged.annotations.length && !merged.deleted.length;
      const needsWrite = disk.kind === 'missing' ? !empty
        : disk.kind === 'conflict' || (options.mode === 'read' ? !sameState(merged, disk.state) : disk.text !== text);
      if (!needsWrite) {
        this.remember(disk);
        return { state: merged, problems };
      }
      // Compare, then swap: another window may have written since our read.
      const now = await this.read();
      if (textOf(now) !== textOf(disk) && round < ROUNDS) { continue; }
      await vscode.workspace.fs.writeFile(this.uri, new TextEncoder().encode(text));
      this.lastText = text;
      this.seen = new Map(merged.annotations.map((a) => [a.id, a.modified]));
      return { state: merged, problems };
    }
  }

  async changedOnDisk(): Promise<boolean> {
    return textOf(await this.read()) !== this.lastText;
  }

  private async read(): Promise<Disk> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.uri);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') { return { kind: 'missing' }; }
      throw e;
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, ...readStoreText(text) };
  }

  /** Notes whether the file is of a newer format; the message joins the problems when that starts. */
  private noteVersion(disk: Disk, problems: string[]): string[] {
    const was = this.newerVersion;
    this.newerVersion = disk.kind === 'ok' && disk.version > STORE_VERSION ? disk.version : undefined;
    return this.newerVersion !== undefined && was === undefined ? [...problems, this.readOnlyReason!] : problems;
  }

  private remember(disk: Disk): void {
    this.lastText = textOf(disk);
    this.seen = new Map(disk.kind === 'ok' ? disk.state.annotations.map((a) => [a.id, a.modified]) : []);
  }
}

function textOf(disk: Disk): string | undefined {
  return disk.kind === 'missing' ? undefined : disk.text;
}

function problemsOf(disk: Disk, file: string): string[] {
  if (disk.kind === 'corrupt') { return [`Triangulate could not read ${file} (${disk.reason}); it is not overwritten`]; }
  if (disk.kind === 'missing') { return []; }
  return [...disk.skipped.map((s) => `${file}: skipped ${s}`), ...(disk.kind === 'conflict' ? [`${file} has ${disk.detail}; merged`] : [])];
}

function sameState(a: AnnotationState, b: AnnotationState): boolean {
  return serializeAnnotationFile(a.annotations, a.deleted) === serializeAnnotationFile(b.annotations, b.deleted);
}

/** The editor's per-folder store on workspace.fs: FolderStore's behaviour (read-only in Restricted Mode,
 *  reload on change) without Node. */
export class WorkspaceFolderStore extends EditorReplica<WorkspaceFsStore> {
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    relativeFile: string,
    report: ProblemReporter,
    externalChange: () => void,
    readOnly: () => boolean = () => false,
  ) {
    super(new WorkspaceFsStore(folder.uri, relativeFile), report, externalChange, readOnly);
  }

  protected watch(): void {
    if (this.watcher) { return; }
    const relative = this.store.uri.path.slice(this.folder.uri.path.replace(/\/$/, '').length + 1);
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, relative));
    this.watcher.onDidChange(this.changed);
    this.watcher.onDidCreate(this.changed);
    this.watcher.onDidDelete(this.changed);
  }

  dispose(): void {
    this.watcher?.dispose();
  }
}
