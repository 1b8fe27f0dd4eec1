// Runs the corpus's per-document analysis jobs over worker threads (`--jobs N`), a few documents per
// message, each worker taking the next chunk when it is done; results come back in job order, so the
// linking that follows on the main thread sees exactly what the single-job path would.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from '../core/corpus';
import type { DocumentAnalysis } from '../core/model';
import type { JobRequest, JobResponse } from './analyzeWorker';

/** Most documents per message: enough to amortise messaging, few enough to balance the workers' loads. */
const MAX_CHUNK = 8;

/** Without --jobs, fewer files than this are analysed on the main thread: starting workers (each
 *  loads the engine) costs more than it saves on a handful of articles. */
export const AUTO_JOBS_MIN_FILES = 32;

export function jobsFor(requested: number | undefined, files: number): number {
  return requested ?? (files >= AUTO_JOBS_MIN_FILES ? defaultJobs() : 1);
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** The worker bundle beside the CLI bundle (dist/cliWorker.js); from the sources (tests under tsx),
 *  the TypeScript entry with tsx loaded in the worker. */
function workerEntry(): { file: string; execArgv?: string[] } {
  const bundled = path.join(__dirname, 'cliWorker.js');
  if (fs.existsSync(bundled)) { return { file: bundled }; }
  return { file: path.join(__dirname, 'analyzeWorker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

export async function runJobs(jobs: readonly AnalysisJob[], workers: number): Promise<DocumentAnalysis[]> {
  const n = Math.min(workers, jobs.length);
  if (n <= 1) { return jobs.map((j) => runAnalysisJob(j)); }
  // A few chunks per worker at least, so a small corpus is shared too.
  const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(jobs.length / (n * 4))));
  const out = new Array<DocumentAnalysis>(jobs.length);
  const entry = workerEntry();
  const pool = Array.from({ length: n }, () => new Worker(entry.file, { execArgv: entry.execArgv }));
  let next = 0;
  try {
    await Promise.all(pool.map((w) => new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= jobs.length) { resolve(); return; }
        const seq = next;
        next += chunk;
        w.postMessage({ seq, jobs: jobs.slice(seq, seq + chunk) } satisfies JobRequest);
      };
      w.on('message', (m: JobResponse) => {
        if ('error' in m) { reject(new Error(m.error)); return; }
        m.analyses.forEach((a, i) => { out[m.seq + i] = a; });
        give();
      });
      w.on('error', reject);
      w.on('exit', (code) => { if (code !== 0) { reject(new Error(`analysis worker exited with code ${code}`)); } });
      give();
    })));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}
