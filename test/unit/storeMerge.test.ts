// Merging what two writers did to one store: tombstones and the seen-set (a deletion is honoured, a note not
// seen yet is kept), git conflict markers (both sides' notes kept), backups git-ignored, the setting confined.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnnotation, parseStoreFile, serializeAnnotationFile, type Annotation } from '../../src/core/annotations/annotation';
import { splitConflict } from '../../src/core/annotations/conflict';
import { mergeStates, type AnnotationState } from '../../src/core/annotations/merge';
import { readAnnotationsReadOnly } from '../../src/node/annotatedExport';
import { AnnotationReplica } from '../../src/node/annotationReplica';
import { AnnotationStore, confineStorePath, DEFAULT_ANNOTATION_FILE } from '../../src/node/annotationStore';

function note(id: string, modified: string, value = id): Annotation {
  const a = createAnnotation({
    id, source: 'a.txt', value, motivation: 'commenting', now: new Date(modified),
    quote: { type: 'TextQuoteSelector', exact: 'Storm Iris', prefix: '', suffix: ' made landfall' },
    position: { type: 'TextPositionSelector', start: 0, end: 10 },
  });
  return a;
}

const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';
const T3 = '2026-03-03T10:00:00.000Z';
const st = (annotations: Annotation[], deleted: Array<[string, string]> = []): AnnotationState =>
  ({ annotations, deleted: deleted.map(([id, d]) => ({ id, deleted: d })) });
const show = (s: AnnotationState) => ({
  live: s.annotations.map((a) => `${a.id}:${a.body.value}`),
  deleted: s.deleted.map((d) => `${d.id}@${d.deleted.slice(0, 10)}`),
});

describe('mergeStates: tombstones and the seen-set', () => {
  const cases: Array<{ name: string; ours: AnnotationState; theirs: AnnotationState; seen?: Array<[string, string]>;
    want: ReturnType<typeof show> }> = [
    { name: 'a note only they have, never seen by us, is kept (not a deletion)',
      ours: st([note('o', T1)]), theirs: st([note('t', T1)]),
      want: { live: ['t:t', 'o:o'], deleted: [] } },
    { name: 'a note only we have, never in the file, is kept',
      ours: st([note('o', T1)]), theirs: st([]), seen: [],
      want: { live: ['o:o'], deleted: [] } },
    { name: 'their tombstone deletes our unchanged copy',
      ours: st([note('x', T1), note('y', T1)]), theirs: st([note('y', T1)], [['x', T2]]),
      want: { live: ['y:y'], deleted: ['x@2026-03-02'] } },
    { name: 'our edit after their deletion keeps the note (and drops the stale tombstone)',
      ours: st([note('x', T3, 'edited')]), theirs: st([], [['x', T2]]),
      want: { live: ['x:edited'], deleted: [] } },
    { name: 'our tombstone deletes their older version',
      ours: st([], [['x', T2]]), theirs: st([note('x', T1)]),
      want: { live: [], deleted: ['x@2026-03-02'] } },
    { name: 'seen in the file, gone without a tombstone, unchanged here: a deletion there (tombstoned)',
      ours: st([note('x', T1), note('y', T1)]), theirs: st([note('y', T1)]), seen: [['x', T1], ['y', T1]],
      want: { live: ['y:y'], deleted: ['x@2026-03-04'] } },
    { name: 'seen in the file, gone there, but edited here since: kept',
      ours: st([note('x', T2, 'edited')]), theirs: st([]), seen: [['x', T1]],
      want: { live: ['x:edited'], deleted: [] } },
    { name: 'both edited: the later edit wins; equal times: theirs',
      ours: st([note('a', T2, 'ours-later'), note('b', T1, 'ours-tie')]), theirs: st([note('a', T1, 'theirs'), note('b', T1, 'theirs-tie')]),
      want: { live: ['a:ours-later', 'b:theirs-tie'], deleted: [] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const seen = c.seen && new Map(c.seen);
      assert.deepEqual(show(mergeStates(c.ours, c.theirs, { seen, now: new Date('2026-03-04T00:00:00.000Z') })), c.want);
    });
  }

  it('without a seen-set the merge is commutative and idempotent (replicas converge)', () => {
    const a = st([note('x', T1), note('y', T3, 'y3'), note('z', T1)], [['w', T2]]);
    const b = st([note('y', T2, 'y2'), note('w', T1), note('v', T1)], [['z', T2]]);
    const key = (s: AnnotationState) => JSON.stringify({ ...show(s), live: show(s).live.sort() });
    assert.equal(key(mergeStates(a, b)), key(mergeStates(b, a)));
    assert.equal(key(mergeStates(mergeStates(a, b), b)), key(mergeStates(a, b)));
    assert.deepEqual({ ...show(mergeStates(a, b)), live: show(mergeStates(a, b)).live.sort() },
      { live: ['v:v', 'x:x', 'y:y3'], deleted: ['w@2026-03-02', 'z@2026-03-02'] });
  });
});

describe('two windows on one store (tombstones through the file)', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-merge-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });
  const window = (problems: string[] = []) => new AnnotationReplica(AnnotationStore.forFolder(dir), (m) => problems.push(m));
  const onDisk = () => parseStoreFile(fs.readFileSync(path.join(dir, DEFAULT_ANNOTATION_FILE), 'utf8'));
  const ids = (list: Annotation[]) => list.map((a) => a.id).sort();

  it('a note deleted in window A is not resurrected by window B\'s next save', async () => {
    const a = window();
    const b = window();
    await a.load();
    a.annotations = [note('x', T1), note('keep', T1)];
    await a.save();
    await b.load();
    assert.deepEqual(ids(b.annotations), ['keep', 'x']);
    a.annotations = a.annotations.filter((n) => n.id !== 'x'); // delete in A
    await a.save();
    b.annotations = [...b.annotations, note('y', T2)]; // B still holds x, unchanged
    await b.save();
    assert.deepEqual(ids(onDisk().annotations), ['keep', 'y']);
    assert.deepEqual(onDisk().deleted.map((d) => d.id), ['x']);
    assert.deepEqual(ids(b.annotations), ['keep', 'y'], 'B dropped x too');
    await a.reloadIfChanged();
    assert.deepEqual(ids(a.annotations), ['keep', 'y']);
  });

  it('a note window A added that B never saw is kept by B\'s save (absence is not deletion)', async () => {
    const a = window();
    const b = window();
    await a.load();
    await b.load();
    a.annotations = [note('from-a', T1)];
    await a.save();
    b.annotations = [note('from-b', T1)];
    await b.save();
    assert.deepEqual(ids(onDisk().annotations), ['from-a', 'from-b']);
    assert.deepEqual(onDisk().deleted, []);
  });

  it('a hand edit that removes an entry (no tombstone) is honoured as a deletion by a window that saw it', async () => {
    const a = window();
    await a.load();
    a.annotations = [note('x', T1), note('y', T1)];
    await a.save();
    const file = path.join(dir, DEFAULT_ANNOTATION_FILE);
    fs.writeFileSync(file, serializeAnnotationFile([note('y', T1)]));
    assert.equal(await a.reloadIfChanged(), true);
    assert.deepEqual(ids(a.annotations), ['y']);
    assert.deepEqual(onDisk().deleted.map((d) => d.id), ['x'], 'the deletion is recorded for other windows');
  });

  it('loading and saving nothing in a folder without a store creates nothing (no .triangulate/)', async () => {
    const a = window();
    await a.load();
    await a.save();
    assert.equal(await a.reloadIfChanged(), false);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('merely loading a store written in another layout does not rewrite it', async () => {
    const file = path.join(dir, DEFAULT_ANNOTATION_FILE);
    fs.mkdirSync(path.dirname(file));
    const compact = JSON.stringify({ version: 1, generator: 'triangulate', annotations: [note('x', T1)] });
    fs.writeFileSync(file, compact);
    const a = window();
    await a.load();
    assert.deepEqual(ids(a.annotations), ['x']);
    assert.equal(fs.readFileSync(file, 'utf8'), compact);
  });
});

describe('a store with git conflict markers', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-conflict-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.invalid',
    '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const file = () => path.join(dir, DEFAULT_ANNOTATION_FILE);
  const write = (annotations: Annotation[], deleted: Array<[string, string]> = []) => {
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    fs.writeFileSync(file(), serializeAnnotationFile(annotations, deleted.map(([id, d]) => ({ id, deleted: d }))));
  };

  it('a real git merge of two branches that both annotated: both sides\' notes kept, deletions honoured, file resolved', async () => {
    git('init', '-q');
    write([note('base-1', T1), note('base-2', T1), note('base-3', T1)]);
    git('add', '.'); git('commit', '-qm', 'base');
    git('checkout', '-qb', 'colleague');
    // The colleague adds two notes, edits base-1 and deletes base-2.
    write([note('base-1', T3, 'colleague edit'), note('base-3', T1), note('theirs-1', T2), note('theirs-2', T2)], [['base-2', T2]]);
    git('commit', '-qam', 'colleague');
    git('checkout', '-q', 'main');
    write([note('base-1', T2, 'my older edit'), note('base-2', T1), note('base-3', T1), note('ours-1', T2)]);
    git('commit', '-qam', 'mine');
    assert.throws(() => git('merge', 'colleague'), (e: { status: number; stdout: Buffer }) =>
      e.status === 1 && /CONFLICT \(content\): Merge conflict in \.triangulate\/annotations\.json/.test(e.stdout.toString()));
    const conflicted = fs.readFileSync(file(), 'utf8');
    assert.match(conflicted, /^<<<<<<< HEAD$/m);
    const hunks = splitConflict(conflicted)?.hunks ?? 0; // 4 with git 2.39; the count depends on git's diff
    assert.ok(hunks >= 1, 'the markers are well formed');

    const problems: string[] = [];
    const replica = new AnnotationReplica(AnnotationStore.forFolder(dir), (m) => problems.push(m));
    await replica.load();
    const got = replica.annotations.map((a) => `${a.id}:${a.body.value}`).sort();
    const want = ['base-1:colleague edit', 'base-3:base-3', 'ours-1:ours-1', 'theirs-1:theirs-1', 'theirs-2:theirs-2'];
    assert.deepEqual(got, want);
    // Saved merged (no markers), the conflicted original kept in the git-ignored backups folder.
    const saved = parseStoreFile(fs.readFileSync(file(), 'utf8'));
    assert.deepEqual(saved.annotations.map((a) => `${a.id}:${a.body.value}`).sort(), want);
    assert.deepEqual(saved.deleted.map((d) => d.id), ['base-2']);
    const backups = fs.readdirSync(path.join(dir, '.triangulate', 'backups')).filter((f) => f !== '.gitignore');
    assert.equal(backups.length, 1);
    assert.match(backups[0], /^annotations\.json\.conflict-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    const backup = path.join(dir, '.triangulate', 'backups', backups[0]);
    assert.equal(fs.readFileSync(backup, 'utf8'), conflicted);
    assert.deepEqual(problems, [`${file()} had ${hunks} git conflict${hunks === 1 ? '' : 's'}: 4 on our side, 4 on their side, 5 after merging; `
      + `merged and saved, the conflicted file was kept as ${backup}.`]);
    // git sees the resolved store as modified, and the backups folder not at all.
    assert.deepEqual(git('status', '--porcelain', '--untracked-files=all').trim().split('\n'), ['UU .triangulate/annotations.json']);
  });

  it('diff3 markers: an entry of the base that one side removed without a tombstone is gone', async () => {
    const base = serializeAnnotationFile([note('kept', T1), note('removed-by-theirs', T1)]);
    const ours = serializeAnnotationFile([note('kept', T1), note('removed-by-theirs', T1), note('new-ours', T2)]);
    const theirs = serializeAnnotationFile([note('kept', T1), note('new-theirs', T2)]);
    const text = `<<<<<<< HEAD\n${ours}||||||| base\n${base}=======\n${theirs}>>>>>>> colleague\n`;
    assert.deepEqual(splitConflict(text), { ours, theirs, base, hunks: 1 });
    write([]);
    fs.writeFileSync(file(), text);
    const res = await AnnotationStore.forFolder(dir).load();
    assert.deepEqual(res.annotations.map((a) => a.id).sort(), ['kept', 'new-ours', 'new-theirs']);
    assert.deepEqual(res.problems, [`${file()} had 1 git conflict: 3 on our side, 2 on their side, 3 after merging; it will be saved merged.`]);
    assert.equal(fs.readFileSync(file(), 'utf8'), text, 'load alone does not rewrite it');
    // The CLI's read-only export reads it the same way, and leaves the file as it is.
    const warnings: string[] = [];
    assert.deepEqual(readAnnotationsReadOnly(dir, warnings).map((a) => a.id).sort(), ['kept', 'new-ours', 'new-theirs']);
    assert.deepEqual(warnings, [`${file()} has 1 git conflict: 3 on our side, 2 on their side, 3 after merging; exported merged`]);
    assert.equal(fs.readFileSync(file(), 'utf8'), text);
  });

  it('markers that do not pair up are a corrupt file (moved to backups), not a conflict', async () => {
    for (const bad of ['{"annotations": [\n<<<<<<< HEAD\n', '=======\n{}\n>>>>>>> x\n', '<<<<<<< a\n<<<<<<< b\n=======\n>>>>>>> c\n']) {
      assert.equal(splitConflict(bad), undefined, bad);
    }
    write([]);
    fs.writeFileSync(file(), '{"annotations": [\n<<<<<<< HEAD\n');
    const res = await AnnotationStore.forFolder(dir).load(new Date('2026-03-01T00:00:00.000Z'));
    assert.equal(res.backup, path.join(dir, '.triangulate', 'backups', 'annotations.json.corrupt-2026-03-01T00-00-00-000Z'));
  });
});

describe('triangulate.annotations.file is confined to the folder', () => {
  const table: Array<[string | undefined, string, boolean]> = [
    [undefined, DEFAULT_ANNOTATION_FILE, false],
    ['', DEFAULT_ANNOTATION_FILE, false],
    ['notes/verdicts.json', 'notes/verdicts.json', false],
    ['.triangulate/other.json', '.triangulate/other.json', false],
    ['../outside.json', DEFAULT_ANNOTATION_FILE, true],
    ['a/../../outside.json', DEFAULT_ANNOTATION_FILE, true],
    ['a\\..\\..\\outside.json', DEFAULT_ANNOTATION_FILE, true],
    ['/etc/passwd', DEFAULT_ANNOTATION_FILE, true],
    ['C:\\Users\\x\\a.json', DEFAULT_ANNOTATION_FILE, true],
    ['~/a.json', DEFAULT_ANNOTATION_FILE, true],
    ['notes/', DEFAULT_ANNOTATION_FILE, true],
  ];
  for (const [input, relative, refused] of table) {
    it(`${JSON.stringify(input)} -> ${relative}${refused ? ' (refused, with a message)' : ''}`, () => {
      const res = confineStorePath(input);
      assert.equal(res.relative, relative);
      assert.equal(res.problem === undefined ? undefined : res.problem,
        refused ? `Triangulate: the setting triangulate.annotations.file ("${input}") must name a file inside the workspace folder `
          + `(no absolute path, no ".."); using ${DEFAULT_ANNOTATION_FILE}.` : undefined);
    });
  }

  it('forFolder uses the default for a refused setting and keeps the message', () => {
    const store = AnnotationStore.forFolder('/work/f', '../../home/x/.bashrc');
    assert.equal(store.filePath, path.resolve('/work/f', DEFAULT_ANNOTATION_FILE));
    assert.match(store.settingProblem ?? '', /must name a file inside the workspace folder/);
  });

  it('a .triangulate that is a symlink out of the folder is not written through', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-confine-'));
    try {
      const folder = path.join(root, 'folder');
      const outside = path.join(root, 'outside');
      fs.mkdirSync(folder);
      fs.mkdirSync(outside);
      fs.symlinkSync(outside, path.join(folder, '.triangulate'));
      const problems: string[] = [];
      const replica = new AnnotationReplica(AnnotationStore.forFolder(folder), (m) => problems.push(m));
      replica.annotations = [note('x', T1)];
      await replica.save();
      assert.deepEqual(fs.readdirSync(outside), []);
      assert.equal(problems.length, 1);
      assert.match(problems[0], /could not save .*leads outside the folder .*; not writing there/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
