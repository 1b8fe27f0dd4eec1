// `npm run stress` (not part of `npm test`): the large-input and many-files cases of issues 7 and 15.
// Builds a temp folder with one 50 MB article file and 5,000 small files (perturbed copies of
// samples/storm-iris and ../shared/corpus when present; scripts/stress/corpus.mjs), then, each in its
// own child process: the CLI on the 50 MB file (up to --max-size, and optionally whole with --full),
// the CLI on the 5,000 files with --jobs 1 and --jobs 2, the Corpus on the 5,000 files (analyse, link,
// one incremental update; --no-corpus skips it), the editor's worker path (longest host stall), the
// editor cache's reopen of ../shared/corpus/wikiref220, and the cost curve (the CLI with --jobs 2 on
// 100, 1,000, 5,000 and 20,000 files). Prints wall time, CPU time and peak memory (the child's
// maxRSS), and the machine's load (wall times on a shared machine measure the neighbours too).
// Asserts only that nothing crashes or hangs (each child has a time limit).
// Last, one 64 KB and one 5 MB word without a space in six shapes (issue 14: the stemmer made these
// quadratic). --words-only runs just those.
//   node scripts/stress.mjs [--full] [--files N] [--mb N] [--keep] [--words-only] [--no-corpus] [--curve 100,1000|none] [--curve-timeout S]
import * as esbuild from 'esbuild';
import { makeRandom, perturb as perturbWith, sources, writeMany } from './stress/corpus.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
const NO_CORPUS = argv.includes('--no-corpus');
/** --curve 100,1000: the sizes of the cost curve (--curve none: no curve). */
const CURVE = (() => { const i = argv.indexOf('--curve'); const v = i >= 0 ? argv[i + 1] : '100,1000,5000,20000'; return v === 'none' ? [] : v.split(',').map(Number); })();
/** A child running longer than this is a hang: killed and reported. */
const CHILD_TIMEOUT_MS = 9 * 60 * 1000;
/** A point of the cost curve that takes longer than this is reported as not finished (--curve-timeout s). */
const CURVE_TIMEOUT_MS = opt('--curve-timeout', 420) * 1000;

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
const rand = makeRandom();
const perturb = (b) => perturbWith(b, rand);

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
const manyBytes = WORDS_ONLY ? 0 : writeMany(manyDir, FILES, src, rand);
console.log(`\nTriangulate stress: ${work}, Node ${process.version}, ${src.length} source articles`);
console.log(WORDS_ONLY ? '  long words only\n' : `  big/huge.txt ${BIG_MB} MB; many/ ${FILES} files, ${(manyBytes / 1048576).toFixed(1)} MB\n`);

// ------------------------------------------------------------------ runs
function run(label, args, timeoutMs = CHILD_TIMEOUT_MS) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--require', join(root, 'scripts/stress/usage.cjs'), ...args], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, timeout: timeoutMs,
  });
  const wallMs = Date.now() - t0;
  const usage = /STRESS_USAGE (.*)/.exec(r.stderr ?? '');
  const u = usage ? JSON.parse(usage[1]) : {};
  const warnings = (r.stderr ?? '').split('\n').filter((l) => l.startsWith('triangulate:'));
  let status = r.status === 0 ? 'ok' : r.error?.code === 'ETIMEDOUT' ? `HUNG (killed after ${timeoutMs / 1000} s)` : `FAILED (exit ${r.status ?? r.signal})`;
  if (r.status !== 0 && !r.error) { status += `: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' ')}`; }
  const last = (r.stdout ?? '').trim().split('\n').pop();
  let detail = '';
  try { detail = last ? JSON.stringify(JSON.parse(last), (k, v) => (typeof v === 'number' ? Math.round(v) : v)) : ''; } catch { /* not JSON */ }
  console.log(`- ${label}: ${status}; wall ${(wallMs / 1000).toFixed(1)} s, CPU ${((u.cpuMs ?? 0) / 1000).toFixed(1)} s, peak RSS ${u.maxRSSMB ?? '?'} MB`);
  for (const w of warnings) { console.log(`    ${w}`); }
  if (detail) { console.log(`    ${detail}`); }
  return { ok: r.status === 0, wallMs, cpuMs: u.cpuMs ?? 0, rssMB: u.maxRSSMB ?? 0 };
}

const cli = join(root, 'dist/cli.js');
const worker = join(root, 'dist/analysisWorker.js');
const outFile = join(work, 'report.json');
const wikiref = resolve(root, '../shared/corpus/wikiref220');
const wordRuns = () => [
  run('One 64 KB word without a space, six shapes (analyse + link, ms each)', [probe, 'words', '0.0625']).ok,
  run('One 5 MB word without a space, six shapes (analyse + link, ms each)', [probe, 'words', '5']).ok,
];

/** The cost curve: the CLI with --jobs 2 on 100, 1,000, 5,000, 20,000 files (the --files run reused). */
function curve(known) {
  const points = [];
  for (const n of CURVE) {
    let r = known.get(n);
    if (!r) {
      const dir = join(work, `curve-${n}`);
      const mb = writeMany(dir, n, src, makeRandom(11)) / 1048576;
      r = run(`CLI, ${n} files (${mb.toFixed(1)} MB), --jobs 2`, ['--max-old-space-size=16384', cli, 'analyze', dir, '--quiet', '--jobs', '2', '--out', outFile], CURVE_TIMEOUT_MS);
      rmSync(dir, { recursive: true, force: true });
    }
    points.push({ files: n, ...r });
  }
  console.log('\nCost curve (CLI, --jobs 2): files, wall s, CPU s, peak RSS MB, ms per file');
  for (const p of points) {
    console.log(`  ${String(p.files).padStart(6)}  ${p.ok ? (p.wallMs / 1000).toFixed(1).padStart(7) : ('> ' + (p.wallMs / 1000).toFixed(0)).padStart(7)}  ${(p.cpuMs / 1000).toFixed(1).padStart(7)}  ${String(p.rssMB).padStart(6)}  ${p.ok ? (p.wallMs / p.files).toFixed(1) : '(not finished)'}`);
  }
  // Linear: the time per file stays put as the folder grows (within 1.5x between neighbours).
  const done = points.filter((p) => p.ok && p.files >= 1000);
  const ratios = done.slice(1).map((p, i) => (p.cpuMs / p.files) / (done[i].cpuMs / done[i].files));
  const linear = done.length >= 2 && ratios.every((x) => x < 1.5) && points.every((p) => p.ok);
  console.log(`  CPU per file grows ${ratios.map((x) => `x${x.toFixed(2)}`).join(', ') || '(too few points)'} from one size to the next (1,000 files on): ${linear ? 'linear' : 'NOT linear'}${points.some((p) => !p.ok) ? ' (a size did not finish within the time limit)' : ''}`);
}

const load = () => { const [l1, l5, l15] = loadavg(); return `load average ${l1.toFixed(2)}, ${l5.toFixed(2)}, ${l15.toFixed(2)} on ${cpus().length} cores`; };
console.log(`  machine: ${load()}\n`);
const results = [];
if (WORDS_ONLY) {
  results.push(...wordRuns());
} else {
  results.push(run(`CLI, one ${BIG_MB} MB file (default --max-size 2048 KB)`, [cli, 'analyze', bigDir, '--out', outFile]).ok);
  if (FULL) { results.push(run(`CLI, one ${BIG_MB} MB file whole (--max-size ${BIG_MB * 1024 + 1})`, ['--max-old-space-size=8192', cli, 'analyze', bigDir, '--max-size', String(BIG_MB * 1024 + 1), '--out', outFile]).ok); }
  const j1 = run(`CLI, ${FILES} files analyse+link, --jobs 1`, ['--max-old-space-size=8192', cli, 'analyze', manyDir, '--quiet', '--jobs', '1', '--out', outFile]);
  const j2 = run(`CLI, ${FILES} files analyse+link, --jobs 2`, ['--max-old-space-size=8192', cli, 'analyze', manyDir, '--quiet', '--jobs', '2', '--out', outFile]);
  results.push(j1.ok, j2.ok);
  if (!NO_CORPUS) { results.push(run(`Corpus, ${FILES} files (analyse, link, one incremental update)`, ['--max-old-space-size=8192', probe, 'corpus', manyDir]).ok); }
  results.push(run(`Editor worker path, ${FILES} files (batches of 16, then link and fetch; host = this process)`, ['--max-old-space-size=8192', probe, 'worker', manyDir, worker]).ok);
  if (existsSync(wikiref)) {
    results.push(run('Editor cache, reopening wikiref220 (cold analysis, then snapshot read = tree, then analysis from the cache)', [probe, 'reopen', wikiref, worker]).ok);
  } else {
    console.log(`- Editor cache reopen: skipped (${wikiref} not found)`);
  }
  if (CURVE.length) { curve(new Map([[FILES, j2]])); }
  results.push(...wordRuns());
}
console.log(`\n  machine at the end: ${load()}${loadavg()[0] > cpus().length ? ' (busy: other processes shared the cores, wall times are inflated; CPU times are the steadier figure)' : ''}`);
if (!KEEP) { rmSync(work, { recursive: true, force: true }); }
process.exitCode = results.every(Boolean) ? 0 : 1;
