import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { createAnnotation, parseAnnotationFile, type Annotation } from '../../src/core/annotations/annotation';
import { AnnotationStore, DEFAULT_ANNOTATION_FILE } from '../../src/node/annotationStore';

function note(value: string, source = 'a.txt'): Annotation {
  return createAnnotation({
    source,
    quote: { type: 'TextQuoteSelector', exact: 'Storm Iris', prefix: '', suffix: ' made landfall' },
    position: { type: 'TextPositionSelector', start: 0, end: 10 },
    motivation: 'commenting',
    value,
    now: new Date('2026-01-02T03:04:05.000Z'),
  });
}

describe('AnnotationStore', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-store-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('a missing file is an empty store; save then load round-trips', async () => {
    const store = AnnotationStore.forFolder(dir);
    assert.deepEqual(await store.load(), { annotations: [], problems: [] });
    const a = note('check the wind speed');
    await store.save([a]);
    assert.equal(store.filePath, path.join(dir, '.triangulate', 'annotations.json'));
    const again = await new AnnotationStore(store.filePath).load();
    assert.deepEqual(again, { annotations: [a], problems: [] });
  });

  it('a corrupted file is backed up (never overwritten), reported, and new annotations still save', async () => {
    const file = path.join(dir, DEFAULT_ANNOTATION_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const garbage = '{"version":1,"annotations":[{"id": <<<<<<< HEAD';
    fs.writeFileSync(file, garbage);
    const store = new AnnotationStore(file);
    const res = await store.load(new Date('2026-11-23T10:20:30.456Z'));
    // Backups go to a folder that git-ignores itself (its own .gitignore of '*').
    const backup = path.join(dir, '.triangulate', 'backups', 'annotations.json.corrupt-2026-11-23T10-20-30-456Z');
    assert.equal(res.backup, backup);
    assert.deepEqual(res.annotations, []);
    assert.equal(res.problems.length, 1);
    assert.match(res.problems[0], /could not be read \(not valid JSON: .*\); it was kept as .*corrupt-2026-11-23T10-20-30-456Z/);
    assert.equal(fs.readFileSync(backup, 'utf8'), garbage);
    assert.equal(fs.readFileSync(path.join(dir, '.triangulate', 'backups', '.gitignore'), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('|'), '*|');
    assert.equal(fs.existsSync(file), false, 'moved, not copied');
    const a = note('new after corruption');
    await store.save([a]);
    assert.deepEqual((await new AnnotationStore(file).load()).annotations, [a]);
    assert.equal(fs.readFileSync(backup, 'utf8'), garbage, 'backup untouched by the save');
  });

  it('JSON that is not an annotation file is also backed up; single bad entries are skipped and listed', async () => {
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, '[1,2,3]');
    const res = await new AnnotationStore(file).load(new Date('2026-01-01T00:00:00.000Z'));
    assert.equal(res.backup, path.join(dir, '.triangulate-backups', 'x.json.corrupt-2026-01-01T00-00-00-000Z'));
    const good = note('good');
    fs.writeFileSync(file, JSON.stringify({ version: 1, annotations: [good, { id: 'x', type: 'Annotation' }] }));
    const res2 = await new AnnotationStore(file).load();
    assert.deepEqual(res2.annotations, [good]);
    assert.deepEqual(res2.problems, [`${file}: skipped annotation 1: unknown motivation`]);
    assert.equal(fs.readFileSync(file, 'utf8').includes('"id":"x"'), true, 'file with a bad entry is not rewritten by load');
  });

  it('two folders of a multi-root workspace keep separate stores', async () => {
    const f1 = path.join(dir, 'one');
    const f2 = path.join(dir, 'two');
    const s1 = AnnotationStore.forFolder(f1);
    const s2 = AnnotationStore.forFolder(f2);
    const a1 = note('in folder one');
    const a2 = note('in folder two');
    await Promise.all([s1.save([a1]), s2.save([a2])]);
    assert.deepEqual((await AnnotationStore.forFolder(f1).load()).annotations, [a1]);
    assert.deepEqual((await AnnotationStore.forFolder(f2).load()).annotations, [a2]);
  });

  it('tells its own writes from changes made on disk by others', async () => {
    const store = AnnotationStore.forFolder(dir);
    await store.save([note('mine')]);
    assert.equal(await store.changedOnDisk(), false);
    fs.writeFileSync(store.filePath, fs.readFileSync(store.filePath, 'utf8').replace('mine', 'theirs'));
    assert.equal(await store.changedOnDisk(), true);
  });

  it('survives 200 SIGKILLs of a process saving in a loop: the file always parses and holds a whole generation @slow', async function () {
    this.timeout(300_000);
    const child = path.join(dir, 'child.cjs');
    await esbuild.build({
      entryPoints: [path.join(__dirname, 'storeKillChild.ts')],
      bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'error',
    });
    const file = path.join(dir, 'kill', 'annotations.json');
    let lastGen = 0;
    let killedMidWrite = 0;
    const kills = 200;
    for (let k = 0; k < kills; k++) {
      const proc = spawn(process.execPath, [child, file], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => proc.stdout.once('data', () => resolve()));
      // Odd rounds: kill at a random moment (any phase: serialize, write, fsync, rename, dir fsync).
      // Even rounds: spin until a temp file exists, i.e. a write is certainly in flight, then kill at once.
      const tmpInFlight = (): boolean =>
        fs.existsSync(path.dirname(file)) && fs.readdirSync(path.dirname(file)).some((f) => f.endsWith('.tmp'));
      if (k % 2) {
        await new Promise((r) => setTimeout(r, 2 + Math.floor(Math.random() * 25)));
      } else {
        const until = Date.now() + 3000;
        while (!tmpInFlight() && Date.now() < until) { await new Promise((r) => setImmediate(r)); }
      }
      if (tmpInFlight()) { killedMidWrite++; }
      proc.kill('SIGKILL');
      await new Promise((r) => proc.once('exit', r));
      if (!fs.existsSync(file)) { continue; } // killed before the very first rename: no file, nothing lost
      const { annotations, skipped } = parseAnnotationFile(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(skipped, []);
      assert.equal(annotations.length, 300);
      const gen = Number(annotations[0].body.value.replace('generation ', ''));
      assert.ok(gen >= lastGen, `generation went back from ${lastGen} to ${gen}`);
      assert.ok(annotations.every((a) => a.body.value === `generation ${gen}`), 'a mix of two generations');
      lastGen = gen;
      // Leftover temp files of killed writers are harmless; clear them so the probe above stays meaningful.
      for (const f of fs.readdirSync(path.dirname(file))) {
        if (f.endsWith('.tmp')) { fs.rmSync(path.join(path.dirname(file), f)); }
      }
    }
    assert.ok(lastGen > 0, 'the child did write');
    assert.ok(killedMidWrite >= kills / 2, `only ${killedMidWrite} of ${kills} kills hit a write in flight`);
    console.log(`      ${kills} kills, ${killedMidWrite} during a write, final generation ${lastGen}`);
  });
});
