// `npm run bench`: words/s and peak memory of our per-document engine next to bare wink-nlp and
// compromise on the same text (wikiref220, and a ~10x corpus made from it), then the whole-corpus
// analyse+link time, its 10x scaling, and one incremental update. Each figure comes from its own
// child process (peak memory = that process's maxRSS). Prints figures; asserts nothing.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(root, '../shared/corpus/wikiref220');
if (!existsSync(corpusDir)) {
  console.error(`bench: ${corpusDir} not found (the shared corpus is needed)`);
  process.exit(1);
}
const out = join(root, 'dist/bench/contender.js');
mkdirSync(dirname(out), { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'scripts/bench/contender.ts')], outfile: out, bundle: true, platform: 'node',
  target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning',
});

/** A contender that runs longer than this is reported as not finishing, so the bench always ends. */
const CHILD_TIMEOUT_MS = 8 * 60 * 1000;
/** Compromise runs ~20x slower than the others; on the 10x corpus it gets a subset. */
const COMPROMISE_X10_DOCS = 220;

function run(which, size, limit) {
  const args = [out, which, size, corpusDir, ...(limit ? [String(limit)] : [])];
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20, timeout: CHILD_TIMEOUT_MS });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') { return { error: `did not finish within ${CHILD_TIMEOUT_MS / 1000} s` }; }
  if (r.status !== 0) { return { error: (r.stderr || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') }; }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const row = (cells) => console.log('| ' + cells.join(' | ') + ' |');

console.log(`Triangulate bench: ${corpusDir}, Node ${process.version}, one process per figure\n`);
console.log(`Machine load at start: ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
console.log('## Per-document throughput (same text for every contender; steady state: a timed second pass after an untimed first one)\n');
row(['contender', 'corpus', 'docs', 'words', 'time (ms)', 'words/s', 'peak RSS (MB)', 'note']);
row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---']);
const results = {};
for (const size of ['base', 'x10']) {
  for (const which of ['text', 'engine', 'wink', 'compromise']) {
    const limit = which === 'compromise' && size === 'x10' ? COMPROMISE_X10_DOCS : 0;
    const r = run(which, size, limit);
    results[`${which}/${size}`] = r;
    if (r.error) { row([which, size, '', '', '', '', '', `failed: ${r.error}`]); continue; }
    row([which, size, r.docs, fmt(r.words), fmt(r.ms), fmt(r.words / r.ms * 1000), fmt(r.maxRSSMB), r.note ?? '']);
  }
}
const wps = (k) => (results[k]?.error ? NaN : results[k].words / results[k].ms * 1000);
console.log('\nTargets (issue 3): engine >= 150,000 words/s and >= 0.6x bare wink-nlp; text layer (part of the engine) aims at > 1M words/s');
for (const size of ['base', 'x10']) {
  const e = wps(`engine/${size}`);
  const w = wps(`wink/${size}`);
  const tx = wps(`text/${size}`);
  console.log(`  ${size}: text layer ${fmt(tx)} words/s = ${fmt(e / tx * 100)}% of the engine's time`);
  console.log(`  ${size}: engine ${fmt(e)} words/s (${e >= 150000 ? 'meets' : 'MISSES'} 150k), ${fmt(e / w, 2)}x wink (${e / w >= 0.6 ? 'meets' : 'MISSES'} 0.6x)`);
}

console.log('\n## Whole corpus: analyse + link (new Corpus(); updateMany(docs); claims())\n');
row(['corpus', 'docs', 'words', 'time (ms)', 'CPU time (ms)', 'peak RSS (MB)', 'note']);
row(['---', '---:', '---:', '---:', '---:', '---:', '---']);
const c1 = run('corpus', 'base');
const c10 = run('corpus', 'x10');
for (const [name, r] of [['wikiref220', c1], ['10x', c10]]) {
  if (r.error) { row([name, '', '', '', '', '', `failed: ${r.error}`]); continue; }
  row([name, r.docs, fmt(r.words), fmt(r.ms), fmt(r.cpuMs), fmt(r.maxRSSMB), r.note ?? '']);
}
const up = run('update', 'base');
console.log(up.error ? `\nupdate: failed: ${up.error}` : `\nOne incremental update() + claims() in the 220-document corpus: ${fmt(up.ms, 1)} ms (${up.note})`);
const wink = results['wink/base'];
if (!wink.error) { console.log(`Bare wink-nlp readDoc on the same wikiref220 text: ${fmt(wink.ms)} ms`); }
console.log('\nTargets (issue 4): wikiref220 <= 3 s; 10x within 12x of that and <= 1 GB; one update <= 50 ms');
if (!c1.error) { console.log(`  wikiref220: ${fmt(c1.ms / 1000, 2)} s (${c1.ms <= 3000 ? 'meets' : 'MISSES'} 3 s)`); }
if (!c1.error && !c10.error) {
  const ratio = c10.ms / c1.ms;
  console.log(`  10x: ${fmt(c10.ms / 1000, 2)} s = ${fmt(ratio, 1)}x (${ratio <= 12 ? 'meets' : 'MISSES'} 12x), ${fmt(c10.maxRSSMB)} MB (${c10.maxRSSMB <= 1024 ? 'meets' : 'MISSES'} 1 GB)`);
}
if (!up.error) { console.log(`  update: ${fmt(up.ms, 1)} ms (${up.ms <= 50 ? 'meets' : 'MISSES'} 50 ms)`); }
// The targets of issues 11 and 12 (the fact model, the language layer), stricter than the ones above.
console.log('\nTargets (issues 11, 12): engine >= 1.0x bare wink-nlp; wikiref220 analyse + link <= 1.5 s; 10x <= 10x that; one update <= 20 ms');
for (const size of ['base', 'x10']) {
  const e = wps(`engine/${size}`);
  const w = wps(`wink/${size}`);
  console.log(`  ${size}: engine ${fmt(e / w, 2)}x wink (${e / w >= 1 ? 'meets' : 'MISSES'} 1.0x)`);
}
if (!c1.error) { console.log(`  wikiref220: ${fmt(c1.ms / 1000, 2)} s (${c1.ms <= 1500 ? 'meets' : 'MISSES'} 1.5 s)`); }
if (!c1.error && !c10.error) { const ratio = c10.ms / c1.ms; console.log(`  10x: ${fmt(ratio, 1)}x (${ratio <= 10 ? 'meets' : 'MISSES'} 10x)`); }
if (!up.error) {
  console.log(`  update: ${fmt(up.ms, 1)} ms after 3 warm-up edits (${up.ms <= 20 ? 'meets' : 'MISSES'} 20 ms)` +
    (up.steadyMs !== undefined ? `; ${fmt(up.steadyMs, 1)} ms at edits 60-99 (${up.steadyMs <= 20 ? 'meets' : 'MISSES'} 20 ms)` : ''));
}
console.log(`\nMachine load when finished: ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes share these cores)`);
