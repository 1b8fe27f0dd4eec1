// Two windows on one folder, as two processes: every note of each survives, runs after runs.
// The 20-run version of issue 14's done-when is the same test with TRIANGULATE_SLOW=1 (see README, Testing).
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { parseStoreFile } from '../../src/core/annotations/annotation';
import { DEFAULT_ANNOTATION_FILE } from '../../src/node/annotationStore';

const RUNS = process.env.TRIANGULATE_SLOW ? 20 : 3;
const NOTES = 150;

interface ChildReport { problems: string[]; held: number }

function runWriter(child: string, folder: string, tag: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const proc = fork(child, [folder, tag, String(NOTES), '5'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: ChildReport | undefined;
    proc.on('message', (m) => { report = m as ChildReport; });
    proc.on('error', reject);
    proc.on('exit', (code) => (report ? resolve(report) : reject(new Error(`writer ${tag} exited with ${code} and no report`))));
  });
}

describe('AnnotationStore: two writers on one folder (processes) @slow', function () {
  this.timeout(600_000);
  let dir: string;
  let child: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-writers-'));
    child = path.join(dir, 'writer.cjs');
    // Bundled once, so each fork starts in milliseconds; the bundle is the real store modules.
    await esbuild.build({
      entryPoints: [path.join(__dirname, 'storeWriterChild.ts')],
      bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'error',
    });
  });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it(`2 processes x ${NOTES} notes at 5 ms spacing: ${2 * NOTES} of ${2 * NOTES} survive, in each of ${RUNS} runs`, async () => {
    const expected = ['a', 'b'].flatMap((tag) => Array.from({ length: NOTES },
      (_, i) => `urn:uuid:00000000-0000-4000-8000-${tag}00000${String(i).padStart(3, '0')}`)).sort();
    const survived: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const folder = path.join(dir, `run-${run}`);
      fs.mkdirSync(folder);
      const [a, b] = await Promise.all([runWriter(child, folder, 'a'), runWriter(child, folder, 'b')]);
      assert.deepEqual([a.problems, b.problems], [[], []]);
      const file = parseStoreFile(fs.readFileSync(path.join(folder, DEFAULT_ANNOTATION_FILE), 'utf8'));
      const ids = file.annotations.map((x) => x.id).sort();
      survived.push(ids.length);
      assert.deepEqual(ids, expected, `run ${run}`);
      assert.deepEqual(file.deleted, []);
      assert.deepEqual(file.skipped, []);
      // The last writer to finish holds everything; the first holds at least its own notes.
      assert.deepEqual([a.held, b.held].sort((x, y) => x - y).slice(1), [2 * NOTES]);
      // Nothing left behind: no lock, no temp file, no backup.
      assert.deepEqual(fs.readdirSync(path.join(folder, '.triangulate')), ['annotations.json']);
    }
    assert.deepEqual(survived, Array(RUNS).fill(2 * NOTES));
  });
});
