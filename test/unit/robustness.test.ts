// Hostile files for the CLI's file walker and decoder: empty, binary, oversized, UTF-16, files
// that vanish or fail between the walk and the read, unreadable files, FIFOs, broken links and
// symlink loops. Each case asserts the exact warning and that the rest of the folder is analysed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './support/cliCapture';
// The module object itself: the CLI's `import * as fs` reads its properties lazily, so a patched
// readFileSync here is what the CLI calls (the namespace imported above only has getters).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsModule = require('node:fs') as typeof fs;
import { walkInputs } from '../../src/node/fileWalker';
import type { AnalysisReport } from '../../src/core/model';

const ARTICLE = 'Storm hits coast\n\nThe mayor said "we will rebuild" after 14 people died in Port Calder.\n';

function tempDir(): string {
  return fs.mkdtempSync(path.join(tmpdir(), 'triangulate-robust-'));
}

async function analyse(dir: string, ...extra: string[]): Promise<{ code: number; report: AnalysisReport; err: string }> {
  const r = await cli('analyze', dir, ...extra);
  return { code: r.code, report: JSON.parse(r.out) as AnalysisReport, err: r.err };
}

/** Runs fn with fs.readFileSync replaced for paths ending in `suffix` (the CLI reads through it). */
/** Runs fn with the CLI's file opens (it reads through an fd, chunk by chunk, up to the size cap) hooked for paths ending in suffix. */
async function withReadHook<T>(suffix: string, hook: (p: string, original: (p: string) => number) => number, fn: () => Promise<T>): Promise<T> {
  const original = fsModule.openSync;
  const patched = ((p: fs.PathLike, ...rest: unknown[]) =>
    typeof p === 'string' && p.endsWith(suffix) ? hook(p, (q) => original(q, 'r')) : (original as (...a: unknown[]) => unknown)(p, ...rest)) as typeof fs.openSync;
  fsModule.openSync = patched;
  try {
    return await fn();
  } finally {
    fsModule.openSync = original;
  }
}

describe('robustness: hostile files', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.txt'), ARTICLE);
  });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('an empty file is a document with no findings; a BOM-only file too', async () => {
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'bom.txt'), Buffer.from([0xef, 0xbb, 0xbf]));
    const { code, report } = await analyse(dir);
    assert.equal(code, 0);
    const empty = report.documents.find((d) => d.path === 'empty.txt')!;
    assert.deepEqual([empty.title, empty.boilerplate, empty.quotes, empty.figures, empty.entities], [null, [], [], [], []]);
    const bom = report.documents.find((d) => d.path === 'bom.txt')!;
    assert.deepEqual([bom.encoding, bom.title, bom.quotes.length], ['utf-8-bom', null, 0]);
    assert.equal(report.documents.find((d) => d.path === 'good.txt')!.title, 'Storm hits coast');
  });

  it('binary files (NUL bytes, random bytes, a PNG named .txt) are skipped with a warning', async () => {
    fs.writeFileSync(path.join(dir, 'nul.txt'), Buffer.from('text\0more text'));
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    // Deterministic pseudo-random bytes (an LCG). Random bytes without any NUL are text to the
    // sniff (as to git): ~10% control characters is its threshold, so they decode as Windows-1252.
    let x = 12345;
    const noise = Buffer.alloc(4096, 0).map(() => { x = (x * 1103515245 + 12345) >>> 0; return (x >>> 16) % 256; });
    fs.writeFileSync(path.join(dir, 'noise.txt'), noise);
    const { code, report, err } = await analyse(dir);
    assert.equal(code, 0);
    assert.deepEqual(report.documents.map((d) => d.path).sort(), ['good.txt']);
    for (const f of ['image.txt', 'noise.txt', 'nul.txt']) {
      assert.ok(report.warnings?.includes(`skipped binary file: ${f}`), `warning for ${f}: ${report.warnings}`);
      assert.ok(err.includes(`triangulate: warning: skipped binary file: ${f}\n`));
    }
  });

  it('UTF-16 LE and BE are decoded, with a BOM or without one (told by where the NUL bytes fall)', async () => {
    // Titles differ (same length): a line shared by several files would count as page chrome.
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replace('coast', 'beach'), 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE.replace('coast', 'shore'), 'utf16le').swap16()]);
    fs.writeFileSync(path.join(dir, 'le.txt'), le);
    fs.writeFileSync(path.join(dir, 'be.txt'), be);
    fs.writeFileSync(path.join(dir, 'nobom.txt'), Buffer.from(ARTICLE.replace('coast', 'cliff'), 'utf16le'));
    fs.writeFileSync(path.join(dir, 'nobom-be.txt'), Buffer.from(ARTICLE.replace('coast', 'dunes'), 'utf16le').swap16());
    const { report } = await analyse(dir);
    const byPath = new Map(report.documents.map((d) => [d.path, d]));
    assert.equal(byPath.get('le.txt')!.encoding, 'utf-16le');
    assert.equal(byPath.get('be.txt')!.encoding, 'utf-16be');
    const good = byPath.get('good.txt')!;
    assert.equal(byPath.get('nobom.txt')!.encoding, 'utf-16le');
    assert.equal(byPath.get('nobom-be.txt')!.encoding, 'utf-16be');
    for (const [p, title] of [['le.txt', 'Storm hits beach'], ['be.txt', 'Storm hits shore'], ['nobom.txt', 'Storm hits cliff'], ['nobom-be.txt', 'Storm hits dunes']]) {
      const d = byPath.get(p)!;
      assert.equal(d.title, title);
      // Same text, same spans as the UTF-8 copy.
      assert.deepEqual(d.quotes, good.quotes);
      assert.deepEqual(d.figures, good.figures);
    }
    assert.equal(report.warnings, undefined);
  });

  it('a UTF-8 file with one stray Windows-1252 byte: the valid lines stay intact, the bad line is repaired, with a warning', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Storm hits the quay\n\nMayor Inès Fournier said "we will rebuild" after 14 people died.\n', 'utf8'),
      Buffer.from('Caf\xe9 owners counted 30 boats lost.\n', 'latin1'),
    ]);
    fs.writeFileSync(path.join(dir, 'mixed.txt'), bytes);
    const { report, err } = await analyse(dir);
    const d = report.documents.find((x) => x.path === 'mixed.txt')!;
    assert.equal(d.encoding, 'utf-8');
    assert.ok(d.entities.some((e) => e.text === 'Inès Fournier' && e.start === 27), JSON.stringify(d.entities));
    assert.deepEqual(d.figures.map((f) => f.text), ['14 people', '30 boats']);
    assert.deepEqual(report.warnings, ['mixed.txt: not valid UTF-8 on line 4; read it as Windows-1252']);
    assert.equal(err, 'triangulate: warning: mixed.txt: not valid UTF-8 on line 4; read it as Windows-1252\n');
  });

  it('a file larger than --max-size is analysed up to the limit, with a warning, never cut inside a surrogate pair', async () => {
    // 3 KB of text whose 2048th UTF-16 unit is the first half of an emoji.
    const head = 'x'.repeat(2047);
    fs.writeFileSync(path.join(dir, 'big.txt'), head + '😀' + ' tail said 40%.'.repeat(60));
    const { code, report, err } = await analyse(dir, '--max-size', '2');
    assert.equal(code, 0);
    const w = 'big.txt: larger than 2 KB, analysed only the first 2047 characters';
    assert.ok(report.warnings?.includes(w), String(report.warnings));
    assert.ok(err.includes(w));
    const big = report.documents.find((d) => d.path === 'big.txt')!;
    assert.deepEqual(big.figures, []);
  });

  it('a file that vanishes between the walk and the read is skipped with a warning', async () => {
    fs.writeFileSync(path.join(dir, 'gone.txt'), ARTICLE);
    const { report } = await withReadHook('gone.txt', (p, original) => {
      fs.unlinkSync(p);
      return original(p);
    }, () => analyse(dir));
    assert.deepEqual(report.documents.map((d) => d.path), ['good.txt']);
    assert.ok(report.warnings?.includes('cannot read gone.txt: ENOENT'), String(report.warnings));
  });

  it('a file that changes between the walk and the read is analysed as read: spans index the text read', async () => {
    fs.writeFileSync(path.join(dir, 'moving.txt'), 'old text\n');
    const { report } = await withReadHook('moving.txt', (p, original) => {
      fs.writeFileSync(p, 'New title\n\nShe said "the toll is 16" on Monday.\n');
      return original(p);
    }, () => analyse(dir));
    const d = report.documents.find((x) => x.path === 'moving.txt')!;
    assert.equal(d.title, 'New title');
    assert.deepEqual(d.quotes.map((q) => [q.start, q.end, q.text]), [[20, 36, '"the toll is 16"']]);
  });

  it('an unreadable file is skipped with a warning (EACCES simulated: tests run as root, where chmod 000 does not block reads)', async () => {
    fs.writeFileSync(path.join(dir, 'locked.txt'), ARTICLE);
    const eacces = () => { throw Object.assign(new Error("EACCES: permission denied, open 'locked.txt'"), { code: 'EACCES' }); };
    const { code, report } = await withReadHook('locked.txt', eacces, () => analyse(dir));
    assert.equal(code, 0);
    assert.deepEqual(report.documents.map((d) => d.path), ['good.txt']);
    assert.ok(report.warnings?.includes('cannot read locked.txt: EACCES'));
  });

  it('chmod 000: skipped with a warning when not root', async function () {
    if (process.getuid?.() === 0 || process.platform === 'win32') {
      console.log('      (skipped: running as root or on Windows, where chmod 000 does not block reads; EACCES is simulated above)');
      this.skip();
    }
    const p = path.join(dir, 'locked.txt');
    fs.writeFileSync(p, ARTICLE);
    fs.chmodSync(p, 0);
    const { report } = await analyse(dir);
    assert.ok(report.warnings?.includes('cannot read locked.txt: EACCES'));
  });

  it('a FIFO, inside a folder or named directly, is never read (reading would block forever)', async function () {
    if (process.platform === 'win32') { this.skip(); }
    const fifo = path.join(dir, 'pipe.txt');
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [fifo]);
    const inFolder = await analyse(dir);
    assert.deepEqual(inFolder.report.documents.map((d) => d.path), ['good.txt']);
    const direct = await cli('analyze', fifo, path.join(dir, 'good.txt'));
    assert.equal(direct.code, 0);
    const report = JSON.parse(direct.out) as AnalysisReport;
    assert.equal(report.documents.length, 1);
    assert.ok(report.warnings?.includes(`skipped ${fifo.split(path.sep).join('/')}: not a regular file`), String(report.warnings));
  });

  it('symlink loops and broken links: each real folder visited once, broken links warned about', async function () {
    if (process.platform === 'win32') { this.skip(); }
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'inner.txt'), ARTICLE);
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));          // sub/up -> dir: a loop
    fs.symlinkSync('sub', path.join(dir, 'again'));             // a second way into sub
    fs.symlinkSync('self.txt', path.join(dir, 'self.txt'));     // a link to itself (ELOOP)
    fs.symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
    fs.symlinkSync('good.txt', path.join(dir, 'alias.txt'));    // same file under a second name
    const walked = walkInputs([dir]);
    assert.deepEqual(walked.files.map((f) => f.relPath), ['good.txt', 'sub/inner.txt']);
    assert.deepEqual(walked.warnings.sort(), ['skipped broken link: dangling.txt', 'skipped broken link: self.txt']);
    const { code, report } = await analyse(dir);
    assert.equal(code, 0);
    assert.deepEqual(report.documents.map((d) => d.path), ['good.txt', 'sub/inner.txt']);
  });

  it('lone CR line endings and a 200 KB single line go through the CLI with valid spans @slow', async () => {
    fs.writeFileSync(path.join(dir, 'cr.txt'), 'Title\rThe mayor said "we will rebuild".\r14 people died.\r');
    fs.writeFileSync(path.join(dir, 'line.txt'), 'The EU said "yes" on 3 May 2026. '.repeat(6_000));
    const { code, report } = await analyse(dir, '--max-size', '4096');
    assert.equal(code, 0);
    const texts = new Map(report.documents.map((d) => [d.path, fs.readFileSync(path.join(dir, d.path), 'utf8')]));
    for (const d of report.documents) {
      const t = texts.get(d.path)!;
      for (const s of [...d.quotes, ...d.figures, ...d.entities]) { assert.equal(t.slice(s.start, s.end), s.text); }
    }
    const cr = report.documents.find((d) => d.path === 'cr.txt')!;
    assert.equal(cr.title, 'Title');
    assert.deepEqual(cr.quotes.map((q) => q.text), ['"we will rebuild"']);
    assert.equal(report.documents.find((d) => d.path === 'line.txt')!.quotes.length, 6_000);
  });
});
