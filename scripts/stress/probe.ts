// Stress child for `npm run stress`: the Corpus on many files (analyse, link, one incremental
// update), or the editor's worker path (dist/analysisWorker.js fed in batches as the analysis
// service does), with the main thread's longest event-loop stall. Prints one JSON line.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Corpus, type DocumentInput } from '../../src/core/corpus';
import { decodeText } from '../../src/core/text/decode';
import type { EngineRequest, EngineResponse } from '../../src/vscode/analysisWorker';
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

/** Mirrors AnalysisService's full analysis: batches of 16, claims and all documents at the end. */
async function workerRun(): Promise<object> {
  const docs = load();
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const worker = new Worker(workerPath);
  let next = 1;
  const waiting = new Map<number, (r: EngineResponse) => void>();
  worker.on('message', (m: EngineResponse) => { waiting.get(m.reqId)?.(m); waiting.delete(m.reqId); });
  const send = (req: EngineRequest) => new Promise<EngineResponse>((resolve) => {
    const reqId = next++;
    waiting.set(reqId, resolve);
    worker.postMessage({ ...req, reqId });
  });
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += 16) {
    const r = await send({ type: 'update', reqId: 0, docs: docs.slice(i, i + 16), claims: false, all: false });
    if (r.type === 'error') { throw new Error(r.message); }
  }
  const t1 = performance.now();
  const last = await send({ type: 'update', reqId: 0, docs: [], claims: true, all: false });
  if (last.type === 'error') { throw new Error(last.message); }
  const t2 = performance.now();
  // Fetch every document in batches, as the editor does after a full analysis.
  for (let i = 0; i < docs.length; i += 256) {
    await send({ type: 'fetch', reqId: 0, ids: docs.slice(i, i + 256).map((d) => d.id) });
  }
  const t3 = performance.now();
  h.disable();
  await worker.terminate();
  return {
    files: docs.length, analyseMs: t1 - t0, linkMs: t2 - t1, fetchMs: t3 - t2, claims: last.claims?.length ?? 0,
    hostLongestStallMs: h.max / 1e6,
  };
}

/** A worker on `cacheDir`, fed as the analysis service does; resolves when the claims are linked. */
async function workerAnalysis(docs: DocumentInput[], cacheDir: string): Promise<{ ms: number; claims: number; cache?: { hits: number; misses: number } }> {
  const worker = new Worker(workerPath, { workerData: { cacheDir } });
  let next = 1;
  const waiting = new Map<number, (r: EngineResponse) => void>();
  worker.on('message', (m: EngineResponse) => { waiting.get(m.reqId)?.(m); waiting.delete(m.reqId); });
  const send = async (req: EngineRequest) => {
    const r = await new Promise<EngineResponse>((resolve) => {
      const reqId = next++;
      waiting.set(reqId, resolve);
      worker.postMessage({ ...req, reqId });
    });
    if (r.type === 'error') { throw new Error(r.message); }
    return r;
  };
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += 16) { await send({ type: 'update', reqId: 0, docs: docs.slice(i, i + 16), claims: false, all: false }); }
  const linked = await send({ type: 'update', reqId: 0, docs: [], claims: true, all: false });
  const ms = performance.now() - t0;
  await send({ type: 'snapshot', reqId: 0 });
  await worker.terminate();
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
