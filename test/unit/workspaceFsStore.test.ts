// The workspace.fs store (virtual folders, the web build) on plain Node: `vscode` is replaced by a small fake
// whose workspace.fs is a folder on disk, so the store's own logic (compare before swap, corrupt files left
// alone, a newer format read-only) is checked exactly. The real web route is exercised by webWorkbench.test.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module = require('node:module');
import * as os from 'node:os';
import * as path from 'node:path';
import { describeSpan } from '../../src/core/annotations/anchor';
import { createAnnotation, parseStoreFile, type Annotation } from '../../src/core/annotations/annotation';

class FileSystemError extends Error { constructor(readonly code: string) { super(code); } }
interface FakeUri { path: string; toString(skipEncoding?: boolean): string }
const uri = (p: string): FakeUri => ({ path: p, toString: () => `vscode-vfs://test${p}` });
const fakeVscode = {
  Uri: { joinPath: (u: FakeUri, ...parts: string[]) => uri(path.posix.join(u.path, ...parts)) },
  FileSystemError,
  workspace: {
    fs: {
      readFile: async (u: FakeUri): Promise<Uint8Array> => {
        try { return fs.readFileSync(u.path); } catch { throw new FileSystemError('FileNotFound'); }
      },
      writeFile: async (u: FakeUri, bytes: Uint8Array): Promise<void> => { fs.writeFileSync(u.path, bytes); },
    },
  },
};

type Store = {
  readOnlyReason: string | undefined;
  load(): Promise<{ annotations: Annotation[]; problems: string[] }>;
  sync(local: { annotations: Annotation[]; deleted: [] }, o?: { mode?: 'save' | 'read' }): Promise<{ state: { annotations: Annotation[] }; problems: string[] }>;
};

function loadStoreModule(): { WorkspaceFsStore: new (folder: FakeUri, file: string) => Store } {
  const M = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
  const resolve = M._resolveFilename;
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: fakeVscode } as unknown as NodeJS.Module;
  M._resolveFilename = (request: string, ...rest: unknown[]) => (request === 'vscode' ? 'vscode' : resolve(request, ...rest));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../../src/vscode/annotations/workspaceFolderStore');
  } finally {
    M._resolveFilename = resolve;
  }
}

describe('WorkspaceFsStore (workspace.fs) with a fake workspace.fs', () => {
  const { WorkspaceFsStore } = loadStoreModule();
  let dir: string;
  let file: string;
  const note = (text: string): Annotation => createAnnotation({
    source: 'a.txt', ...describeSpan('Storm Iris', 0, 5),
    motivation: 'commenting', value: text, creator: 'Ana', now: new Date('2026-11-23T12:00:00Z'),
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-wsfs-'));
    fs.mkdirSync(path.join(dir, '.triangulate'));
    file = path.join(dir, '.triangulate/annotations.json');
  });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('a store of a newer format is read, said to be read-only once, and never written', async () => {
    const future = JSON.stringify({ version: 9, generator: 'triangulate', annotations: [note('theirs')] }) + '\n';
    fs.writeFileSync(file, future);
    const store = new WorkspaceFsStore(uri(dir), '.triangulate/annotations.json');
    const loaded = await store.load();
    const message = 'vscode-vfs://test' + file + ' was written by a newer version of Triangulate (store format 9; this version '
      + 'writes format 2). It is opened read-only: nothing will be written to it. Update Triangulate to change it.';
    assert.deepEqual([loaded.annotations.map((a) => a.body.value), loaded.problems], [['theirs'], [message]]);
    assert.equal(store.readOnlyReason, message);
    const mine = note('mine');
    const synced = await store.sync({ annotations: [mine], deleted: [] }, { mode: 'save' });
    // what the window holds is kept in memory, merged with the file; the message is not repeated
    assert.deepEqual([synced.state.annotations.map((a) => a.body.value).sort(), synced.problems], [['mine', 'theirs'], []]);
    assert.equal(fs.readFileSync(file, 'utf8'), future);
  });

  it('once the file is a format this version writes again, it is written as usual', async () => {
    fs.writeFileSync(file, JSON.stringify({ version: 9, generator: 'triangulate', annotations: [] }));
    const store = new WorkspaceFsStore(uri(dir), '.triangulate/annotations.json');
    await store.load();
    fs.writeFileSync(file, JSON.stringify({ version: 2, generator: 'triangulate', annotations: [] }));
    const synced = await store.sync({ annotations: [note('mine')], deleted: [] }, { mode: 'save' });
    assert.deepEqual(synced.problems, []);
    assert.equal(store.readOnlyReason, undefined);
    const saved = parseStoreFile(fs.readFileSync(file, 'utf8'));
    assert.deepEqual([saved.annotations.map((a) => a.body.value), saved.skipped], [['mine'], []]);
  });

  it('a file that does not parse is reported and left as it is', async () => {
    fs.writeFileSync(file, '{"version":1,"annotations":[');
    const store = new WorkspaceFsStore(uri(dir), '.triangulate/annotations.json');
    const synced = await store.sync({ annotations: [note('mine')], deleted: [] }, { mode: 'save' });
    assert.equal(synced.problems.length, 2);
    assert.match(synced.problems[0], /could not read .* \(not valid JSON: .*\); it is not overwritten$/);
    assert.equal(fs.readFileSync(file, 'utf8'), '{"version":1,"annotations":[');
  });
});
