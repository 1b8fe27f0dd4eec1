// Stress child for `npm run stress`: the Corpus on many files (analyse, link, one incremental
// update), or the editor's worker path (dist/analysisWorker.js fed in batches as the analysis
// service does), with the main thread's longest event-loop stall. Prints one JSON line.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Corpus, type DocumentInput } from '../../src/core/corpus';
import { decodeText } from '../../src/core/text/decode';
import { WorkerEngine } from '../../src/vscode/analysisEngine';
import { engineVersionOf, readSnapshot, SNAPSHOT_FILE } from '../../src/node/analysisCache';

const [mode, dir, workerPath] = process.argv.slice(2);

function load(): DocumentInput[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f, text: decodeText(readFileSync(join(dir, f))).text }));
}

async function corpusRun(): Promise<object> {
  const docs = load();
  const t0 = performance.now();
  const corpus = new Corpus();
  corpus.updateMany(docs);
  const t1 = performance.now();
  const stats = corpus.stats();
  const t2 = performance.now();
  const first = docs[0];
  corpus.update({ id: first.id, text: first.text.replace(/\d/, '9') });
  corpus.claims();
  const t3 = performance.now();
  return { files: docs.length, analyseMs: t1 - t0, linkMs: t2 - t1, incrementalMs: t3 - t2, ...stats };
}

/** Mirrors AnalysisService's full analysis through the editor's own WorkerEngine (results packed in
 *  transferred chunks, read back a chunk per turn): batches of 16, claims and all documents at the end. */
async function workerRun(): Promise<object> {
  const docs = load();
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const engine = new WorkerEngine(workerPath);
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += 16) { await engine.update(docs.slice(i, i + 16), { claims: false, all: false }); }
  const t1 = performance.now();
  const last = await engine.update([], { claims: true, all: false });
  const t2 = performance.now();
  // Fetch every document in batches, as the editor does after a full analysis.
  for (let i = 0; i < docs.length; i += 256) { await engine.fetch(docs.slice(i, i + 256).map((d) => d.id)); }
  const t3 = performance.now();
  h.disable();
  engine.dispose();
  return {
    files: docs.length, analyseMs: t1 - t0, linkMs: t2 - t1, fetchMs: t3 - t2, claims: last.claims?.length ?? 0,
    hostLongestStallMs: h.max / 1e6,
  };
}

/** A worker on `cacheDir`, fed as the analysis service does; resolves when the claims are linked. */
async function workerAnalysis(docs: DocumentInput[], cacheDir: string): Promise<{ ms: number; claims: number; cache?: { hits: number; misses: number } }> {
  const engine = new WorkerEngine(workerPath, { cacheDir });
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += 16) { await engine.update(docs.slice(i, i + 16), { claims: false, all: false }); }
  const linked = await engine.update([], { claims: true, all: false });
  const ms = performance.now() - t0;
  await engine.snapshot();
  engine.dispose();
  return { ms, claims: linked.claims?.length ?? 0, cache: linked.cache };
}

/** Reopening a folder with the persistent cache: a first session analyses and saves it; the second reads
 *  the snapshot (what the Claims view shows at once: read + parse, the host's part), then analyses with
 *  every analysis read back (only the linking is done again). */
async function reopenRun(): Promise<object> {
  const docs = load();
  const cacheDir = mkdtempSync(join(tmpdir(), 'triangulate-reopen-'));
  try {
    const cold = await workerAnalysis(docs, cacheDir);
    const engine = engineVersionOf(workerPath);
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const t0 = performance.now();
    const snapshot = await readSnapshot(cacheDir, engine);
    const treeMs = performance.now() - t0;
    h.disable();
    if (!snapshot) { throw new Error('no snapshot'); }
    const warm = await workerAnalysis(docs, cacheDir);
    return {
      files: docs.length, coldAnalysisMs: cold.ms, snapshotMB: statSync(join(cacheDir, SNAPSHOT_FILE)).size / 1048576,
      reopenTreeMs: treeMs, reopenHostStallMs: h.max / 1e6, treeClaims: snapshot.claims.length,
      reopenFreshMs: warm.ms, freshClaims: warm.claims, cacheHits: warm.cache?.hits, cacheMisses: warm.cache?.misses,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Issue 14: one word of `mb` megabytes without a space, in each shape that once made a per-token step
 *  superlinear (the stemmer, glue splitting, name lookup, the demonym rule), analysed and linked. */
async function wordsRun(mb: number): Promise<object> {
  const n = Math.round(mb * 1048576);
  const shapes: Record<string, () => string> = {
    lower: () => 'abcdefghijklmnopqrstuvwxyz'.repeat(Math.ceil(n / 26)).slice(0, n),
    capital: () => 'R' + 'aeiouxyz'.repeat(Math.ceil(n / 8)).slice(0, n - 1),
    accented: () => 'É' + 'èé'.repeat(Math.ceil(n / 2)).slice(0, n - 1),
    glued: () => 'Vietnam' + 'andthe'.repeat(Math.ceil(n / 6)).slice(0, n - 7),
    plural: () => 'S' + 's'.repeat(n - 1),
    digits: () => '7'.repeat(n),
  };
  const out: Record<string, number> = {};
  // warm-up: the first analysis decodes the NER model and compiles the regexes
  new Corpus().updateMany([{ id: 'w', text: 'Storm toll rises\n\nThe mayor said 14 people died, said Ann Lee.\n' }]);
  for (const [name, make] of Object.entries(shapes)) {
    const word = make();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const corpus = new Corpus();
    corpus.updateMany([
      { id: 'a', text: `Storm toll rises\n\nThe mayor said 14 people died, said Ann Lee. ${word}\n` },
      { id: 'b', text: 'Storm toll rises\n\nThe mayor said 16 people died, said Ann Lee.\n' },
    ]);
    corpus.claims();
    out[`${name}Ms`] = performance.now() - t0;
    const c = process.cpuUsage(c0);
    // CPU time as well: wall time on a shared machine says more about the neighbours than the code
    out[`${name}CpuMs`] = (c.user + c.system) / 1000;
  }
  return { wordKB: mb * 1024, ...out };
}

(mode === 'worker' ? workerRun() : mode === 'reopen' ? reopenRun() : mode === 'words' ? wordsRun(Number(dir)) : corpusRun()).then((r) => { console.log(JSON.stringify(r)); });
