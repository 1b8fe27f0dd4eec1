// `npm run stress` (not part of `npm test`): the large-input and many-files cases of issue 7.
// Builds a temp folder with one 50 MB article file and 5,000 small files (perturbed copies of
// samples/storm-iris and ../shared/corpus when present), then, each in its own child process:
// the CLI on the 50 MB file (up to --max-size, and optionally whole with --full), the CLI on the
// 5,000 files, the Corpus on the 5,000 files (analyse, link, one incremental update), and the
// editor's worker path. Prints wall time, CPU time and peak memory (the child's maxRSS). Asserts
// only that nothing crashes or hangs (each child has a time limit).
// Last, one 64 KB and one 5 MB word without a space in six shapes (issue 14: the stemmer made these
// quadratic). --words-only runs just those.
//   node scripts/stress.mjs [--full] [--files N] [--mb N] [--keep] [--words-only]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : dflt; };
const FILES = opt('--files', 5000);
const BIG_MB = opt('--mb', 50);
const FULL = argv.includes('--full');
const WORDS_ONLY = argv.includes('--words-only');
const KEEP = argv.includes('--keep');
/** A child running longer than this is a hang: killed and reported. */
const CHILD_TIMEOUT_MS = 9 * 60 * 1000;

// ------------------------------------------------------------------ build
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) { process.exit(1); }
const probe = join(root, 'dist/stress/probe.js');
mkdirSync(dirname(probe), { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'scripts/stress/probe.ts')], outfile: probe, bundle: true, platform: 'node',
  target: 'node20', format: 'cjs', logLevel: 'warning', external: ['vscode'],
});

// ------------------------------------------------------------------ inputs
/** Source articles as bytes (encodings kept: perturbation only touches ASCII digits). */
function sources() {
  const dirs = [join(root, 'samples/storm-iris')];
  const shared = resolve(root, '../shared/corpus');
  if (existsSync(shared)) {
    for (const d of readdirSync(shared)) { dirs.push(join(shared, d)); }
  } else {
    console.log(`(note: ${shared} not found; using samples/storm-iris only)`);
  }
  const out = [];
  for (const d of dirs) {
    if (!statSync(d).isDirectory()) { continue; }
    for (const f of readdirSync(d).sort()) {
      if (f.endsWith('.txt')) { out.push(readFileSync(join(d, f))); }
    }
  }
  return out;
}

let seed = 7;
const rand = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 2 ** 32; };

/** A copy with about one digit in five changed, so figures conflict and keys vary across copies. */
function perturb(bytes) {
  const b = Buffer.from(bytes);
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0x30 && b[i] <= 0x39 && rand() < 0.2) { b[i] = 0x30 + Math.floor(rand() * 10); }
  }
  return b;
}

const isUtf8 = (b) => { try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; } };

const work = mkdtempSync(join(tmpdir(), 'triangulate-stress-'));
const bigDir = join(work, 'big');
const manyDir = join(work, 'many');
mkdirSync(bigDir);
mkdirSync(manyDir);
const src = WORDS_ONLY ? [] : sources();
if (!WORDS_ONLY) {
  const utf8 = src.filter(isUtf8);
  const parts = [];
  let size = 0;
  for (let i = 0; size < BIG_MB * 1024 * 1024; i++) {
    const p = perturb(utf8[i % utf8.length]);
    parts.push(p, Buffer.from('\n\n'));
    size += p.length + 2;
  }
  writeFileSync(join(bigDir, 'huge.txt'), Buffer.concat(parts).subarray(0, BIG_MB * 1024 * 1024));
}
for (let i = 0; i < (WORDS_ONLY ? 0 : FILES); i++) {
  writeFileSync(join(manyDir, `a${String(i).padStart(5, '0')}.txt`), perturb(src[i % src.length]));
}
const manyBytes = readdirSync(manyDir).reduce((n, f) => n + statSync(join(manyDir, f)).size, 0);
console.log(`\nTriangulate stress: ${work}, Node ${process.version}, ${src.length} source articles`);
console.log(WORDS_ONLY ? '  long words only\n' : `  big/huge.txt ${BIG_MB} MB; many/ ${FILES} files, ${(manyBytes / 1048576).toFixed(1)} MB\n`);

// ------------------------------------------------------------------ runs
function run(label, args) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--require', join(root, 'scripts/stress/usage.cjs'), ...args], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, timeout: CHILD_TIMEOUT_MS,
  });
  const wallMs = Date.now() - t0;
  const usage = /STRESS_USAGE (.*)/.exec(r.stderr ?? '');
  const u = usage ? JSON.parse(usage[1]) : {};
  const warnings = (r.stderr ?? '').split('\n').filter((l) => l.startsWith('triangulate:'));
  let status = r.status === 0 ? 'ok' : r.error?.code === 'ETIMEDOUT' ? `HUNG (killed after ${CHILD_TIMEOUT_MS / 1000} s)` : `FAILED (exit ${r.status ?? r.signal})`;
  if (r.status !== 0 && !r.error) { status += `: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' ')}`; }
  const last = (r.stdout ?? '').trim().split('\n').pop();
  let detail = '';
  try { detail = last ? JSON.stringify(JSON.parse(last), (k, v) => (typeof v === 'number' ? Math.round(v) : v)) : ''; } catch { /* not JSON */ }
  console.log(`- ${label}: ${status}; wall ${(wallMs / 1000).toFixed(1)} s, CPU ${((u.cpuMs ?? 0) / 1000).toFixed(1)} s, peak RSS ${u.maxRSSMB ?? '?'} MB`);
  for (const w of warnings) { console.log(`    ${w}`); }
  if (detail) { console.log(`    ${detail}`); }
  return r.status === 0;
}

const cli = join(root, 'dist/cli.js');
const worker = join(root, 'dist/analysisWorker.js');
const outFile = join(work, 'report.json');
const wordRuns = () => [
  run('One 64 KB word without a space, six shapes (analyse + link, ms each)', [probe, 'words', '0.0625']),
  run('One 5 MB word without a space, six shapes (analyse + link, ms each)', [probe, 'words', '5']),
];
const results = WORDS_ONLY ? wordRuns() : [
  run(`CLI, one ${BIG_MB} MB file (default --max-size 2048 KB)`, [cli, 'analyze', bigDir, '--out', outFile]),
  ...(FULL ? [run(`CLI, one ${BIG_MB} MB file whole (--max-size ${BIG_MB * 1024 + 1})`, ['--max-old-space-size=8192', cli, 'analyze', bigDir, '--max-size', String(BIG_MB * 1024 + 1), '--out', outFile])] : []),
  run(`CLI, ${FILES} files analyse+link`, ['--max-old-space-size=8192', cli, 'analyze', manyDir, '--quiet', '--out', outFile]),
  run(`Corpus, ${FILES} files (analyse, link, one incremental update)`, ['--max-old-space-size=8192', probe, 'corpus', manyDir]),
  run(`Editor worker path, ${FILES} files (batches of 16, then link and fetch)`, ['--max-old-space-size=8192', probe, 'worker', manyDir, worker]),
  ...wordRuns(),
];
if (!KEEP) { rmSync(work, { recursive: true, force: true }); }
process.exitCode = results.every(Boolean) ? 0 : 1;
