// `triangulate analyze --jobs N`: the per-document analysis over worker threads gives the report the
// single-job path gives, byte for byte; reads stop at the size cap.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './support/cliCapture';
import { SAMPLES, sharedCorpusDirOrSkip } from './support/loadCorpus';
import { readFileCapped, trimPartialUtf8 } from '../../src/node/fileWalker';
import { parseCliArgs } from '../../src/cli/args';
import { AUTO_JOBS_MIN_FILES, defaultJobs, jobsFor } from '../../src/cli/parallel';

async function sameForJobs(dir: string, format: string): Promise<string> {
  const one = await cli('analyze', dir, '--format', format, '--jobs', '1');
  const two = await cli('analyze', dir, '--format', format, '--jobs', '2');
  assert.equal(one.code, 0, one.err);
  assert.equal(two.code, 0, two.err);
  assert.equal(two.err, one.err);
  assert.equal(two.out, one.out);
  return one.out;
}

describe('cli --jobs', () => {
  it('the sample corpus: the same JSON and Markdown with 1 and 2 jobs @slow', async () => {
    const out = await sameForJobs(path.join(SAMPLES, 'storm-iris'), 'json');
    const report = JSON.parse(out) as { documents: unknown[]; claims: Array<{ conflicting: unknown[] }> };
    assert.equal(report.documents.length, 5);
    assert.equal(report.claims.length, 13);
    assert.equal(report.claims.filter((c) => c.conflicting.length).length, 5);
    await sameForJobs(path.join(SAMPLES, 'storm-iris'), 'markdown');
  });

  it('../shared/corpus/vietnam-eu-2026: the same JSON with 1 and 2 jobs @slow', async function () {
    const dir = sharedCorpusDirOrSkip(this, 'vietnam-eu-2026');
    const report = JSON.parse(await sameForJobs(dir, 'json')) as { documents: unknown[] };
    assert.equal(report.documents.length, fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length);
  });

  it('--jobs takes a whole number of at least 1; without it the default is decided by the number of files', async () => {
    assert.equal((parseCliArgs(['analyze', '.', '--jobs', '3']) as { jobs?: number }).jobs, 3);
    assert.equal((parseCliArgs(['analyze', '.']) as { jobs?: number }).jobs, undefined);
    // without --jobs: the cores from 32 files on, the main thread below; an explicit N always wins
    assert.equal(AUTO_JOBS_MIN_FILES, 32);
    assert.deepEqual([jobsFor(undefined, 31), jobsFor(undefined, 32), jobsFor(3, 5), jobsFor(1, 5000)], [1, defaultJobs(), 3, 1]);
    for (const bad of ['0', '1.5', 'two']) {
      const r = await cli('analyze', '.', '--jobs', bad);
      assert.equal(r.code, 2);
      assert.equal(r.err.split('\n')[0], `triangulate: invalid --jobs: ${bad} (expected a whole number of at least 1)`);
    }
  });
});

describe('capped reads', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(tmpdir(), 'triangulate-cap-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('an oversized file is read only up to the cap, and the warning says how much was read', async () => {
    // 10 MB; --max-size 2 (2048 characters) reads 3 * 2049 + 3 = 6150 bytes of it
    fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(10 * 1048576, 'word '));
    const r = readFileCapped(path.join(dir, 'huge.txt'), 6150);
    assert.deepEqual([r.bytes.length, r.size, r.truncated], [6150, 10 * 1048576, true]);
    const { code, err } = await cli('analyze', dir, '--max-size', '2', '--format', 'markdown', '--jobs', '1');
    assert.equal(code, 0);
    assert.equal(err, 'triangulate: warning: huge.txt: larger than 2 KB, analysed only the first 2048 characters (read 6150 of 10485760 bytes)\n');
  });

  it('a read cut inside a UTF-8 character drops the partial character (the file stays UTF-8)', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'euro-'));
    // 'a' then 3-byte euro signs: 6150 bytes end 2 bytes into a euro sign, which is dropped
    fs.writeFileSync(path.join(sub, 'euros.txt'), 'a' + '€'.repeat(5000));
    assert.equal(readFileCapped(path.join(sub, 'euros.txt'), 6150).bytes.length, 6148);
    const { code, out, err } = await cli('analyze', sub, '--max-size', '2', '--jobs', '1');
    assert.equal(code, 0);
    assert.equal(err, 'triangulate: warning: euros.txt: larger than 2 KB, analysed only the first 2048 characters (read 6148 of 15001 bytes)\n');
    assert.equal((JSON.parse(out) as { documents: Array<{ encoding: string }> }).documents[0].encoding, 'utf-8');
  });

  it('a file within the cap is read whole, and trimPartialUtf8 keeps complete characters', () => {
    fs.writeFileSync(path.join(dir, 'small.txt'), 'Storm said 14.');
    assert.deepEqual({ ...readFileCapped(path.join(dir, 'small.txt'), 6150), bytes: undefined }, { bytes: undefined, size: 14, truncated: false });
    const euro = Buffer.from('x€');
    assert.equal(trimPartialUtf8(euro).length, 4);
    assert.equal(trimPartialUtf8(euro.subarray(0, 3)).length, 1);
    assert.equal(trimPartialUtf8(euro.subarray(0, 2)).length, 1);
    assert.equal(trimPartialUtf8(Buffer.from('abc')).length, 3);
  });
});
