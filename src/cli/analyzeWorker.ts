// Worker thread entry of `triangulate analyze --jobs N` (bundled to dist/cliWorker.js): runs the
// per-document analysis jobs it is sent and posts the analyses back. Linking stays on the main thread.
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from '../core/corpus';
import type { DocumentAnalysis } from '../core/model';

export interface JobRequest { seq: number; jobs: AnalysisJob[] }
export type JobResponse = { seq: number; analyses: DocumentAnalysis[] } | { seq: number; error: string };

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: JobRequest) => {
    try {
      port.postMessage({ seq: req.seq, analyses: req.jobs.map((j) => runAnalysisJob(j)) } satisfies JobResponse);
    } catch (e) {
      port.postMessage({ seq: req.seq, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies JobResponse);
    }
  });
}
