// CLI failure paths: exit codes and messages a shell user can act on, and --out never leaving a
// half-written or clobbered report when a run fails or is killed mid-write.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './support/cliCapture';
import { Corpus } from '../../src/core/corpus';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist/cli.js');
const ARTICLE = 'Storm hits coast\n\nThe mayor said "we will rebuild" after 14 people died.\n';

const HINT = "Try 'triangulate --help' for more information.\n";

describe('cli errors', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(tmpdir(), 'triangulate-clierr-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('a missing path exits 2 naming the path; one missing path among good ones fails the whole run', async () => {
    const missing = path.join(dir, 'nope');
    assert.deepEqual(await cli('analyze', missing), { code: 2, out: '', err: `triangulate: no such file or directory: ${missing}\n` });
    assert.deepEqual(await cli('analyze', path.join(dir, 'a.txt'), missing), { code: 2, out: '', err: `triangulate: no such file or directory: ${missing}\n` });
  });

  it('wrong options exit 2 with a one-line reason and the help hint, writing nothing on stdout', async () => {
    const cases: Array<[string[], string]> = [
      [['analyze', dir, '--frobnicate'], 'unknown option: --frobnicate'],
      [['analyze', dir, '--format'], 'option --format <value> needs a value'],
      [['analyze', dir, '--format', 'pdf'], 'invalid --format: pdf (expected json, markdown, ndjson, html, csv, claimreview, webannotation)'],
      [['analyze', dir, '--max-size', 'lots'], 'invalid --max-size: lots (expected a positive number of kilobytes)'],
      [['analyze', dir, '--max-size', '0'], 'invalid --max-size: 0 (expected a positive number of kilobytes)'],
      [['analyse', dir], 'unknown command: analyse'],
    ];
    for (const [argv, reason] of cases) {
      const r = await cli(...argv);
      assert.deepEqual(r, { code: 2, out: '', err: `triangulate: ${reason}\n${HINT}` }, argv.join(' '));
    }
  });

  it('an unreadable file named directly: warning, exit 0, and the report says it is partial (warnings)', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    fs.rmSync(fifo, { force: true });
    await new Promise<void>((resolve, reject) => spawn('mkfifo', [fifo]).on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`mkfifo ${c}`)))));
    const r = await cli('analyze', path.join(dir, 'a.txt'), fifo);
    assert.equal(r.code, 0);
    const w = `skipped ${fifo.split(path.sep).join('/')}: not a regular file`;
    assert.equal(r.err, `triangulate: warning: ${w}\n`);
    assert.deepEqual(JSON.parse(r.out).warnings, [w]);
  });

  it('--out into a path that cannot be created: exit 1 with the reason, nothing left behind', async () => {
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, 'a file, not a folder');
    const r = await cli('analyze', dir, '--out', path.join(blocker, 'report.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /^triangulate: analysis failed: (ENOTDIR|EEXIST): /);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'blocker']);
  });

  it('a run that fails mid-analysis leaves an existing --out file untouched and no temp file', async () => {
    const out = path.join(dir, 'report.json');
    fs.writeFileSync(out, '{"previous": true}\n');
    const original = Corpus.prototype.updateMany;
    Corpus.prototype.updateMany = () => { throw new Error('simulated engine failure'); };
    let r;
    try {
      r = await cli('analyze', dir, '--out', out);
    } finally {
      Corpus.prototype.updateMany = original;
    }
    assert.deepEqual(r, { code: 1, out: '', err: 'triangulate: analysis failed: simulated engine failure\n' });
    assert.equal(fs.readFileSync(out, 'utf8'), '{"previous": true}\n');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'report.json']);
  });

  it('--out onto a folder: exit 1, the folder untouched, no temp file', async () => {
    const out = path.join(dir, 'taken');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'keep.txt'), 'keep');
    const r = await cli('analyze', path.join(dir, 'a.txt'), '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.err, /^triangulate: analysis failed: (EISDIR|ENOTEMPTY|EEXIST|EPERM): /);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'taken']);
    assert.deepEqual(fs.readdirSync(out), ['keep.txt']);
  });

  it('the bundled CLI killed at random moments never leaves a half report: old file or a complete new one @slow', async function () {
    if (!fs.existsSync(BUNDLE)) {
      console.log(`      (skipped: ${BUNDLE} not built; run node esbuild.mjs)`);
      this.skip();
    }
    // Enough text that the run takes a while, so kills land before, during and after the write.
    for (let i = 0; i < 20; i++) {
      fs.writeFileSync(path.join(dir, `f${i}.txt`), `Headline ${i}\n\n` + `The mayor said "we will rebuild" after ${i} people died in Port Calder on 3 May 2026. `.repeat(100));
    }
    const out = path.join(dir, 'out', 'report.json');
    fs.mkdirSync(path.dirname(out));
    fs.writeFileSync(out, '{"previous": true}\n');
    const outcomes = { old: 0, complete: 0 };
    // One full run sets the time scale; the kills then land across it, most near its end (the write).
    const t0 = Date.now();
    const full = spawn(process.execPath, [BUNDLE, 'analyze', dir, '--quiet', '--out', path.join(dir, 'out', 'first.json')], { stdio: 'ignore' });
    assert.equal(await new Promise((resolve) => full.on('exit', resolve)), 0);
    const runMs = Date.now() - t0;
    fs.rmSync(path.join(dir, 'out', 'first.json'));
    for (const delay of [0.5, 0.9, 0.97, 1.0, 1.05, 2].map((f) => Math.round(f * runMs))) {
      const child = spawn(process.execPath, [BUNDLE, 'analyze', dir, '--quiet', '--out', out], { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await new Promise((resolve) => child.on('exit', resolve));
      clearTimeout(timer);
      const body = fs.readFileSync(out, 'utf8');
      if (body === '{"previous": true}\n') {
        outcomes.old++;
      } else {
        const report = JSON.parse(body) as { documents: unknown[] };
        assert.equal(report.documents.length, 21, 'a complete report (a.txt and the 20 files)');
        outcomes.complete++;
        fs.writeFileSync(out, '{"previous": true}\n');
      }
      // A killed writer may leave its dot-temp file (nothing can remove it after SIGKILL), never a
      // half report under the real name; temp names never match the article globs.
      for (const f of fs.readdirSync(path.dirname(out))) {
        assert.ok(f === 'report.json' || /^\.report\.json\.\d+\.[0-9a-f]{12}\.tmp$/.test(f), `unexpected file ${f}`);
      }
    }
    assert.ok(outcomes.complete >= 1, 'the run killed after twice its duration had completed');
    console.log(`      full run ${runMs} ms; kills: ${outcomes.old} left the old report, ${outcomes.complete} after a complete new one`);
  });
});
