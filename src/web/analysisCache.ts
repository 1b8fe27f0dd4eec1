// The persistent analysis cache of the web build: none. The desktop cache (src/node/analysisCache.ts) keeps
// files in the workspace storage through Node's fs; in the browser the worker has no file system, so every
// reopen analyses afresh (the README's web-build status says so). Same exports, doing nothing.
import type { AnalysisJob, AnalysisJobCache } from '../core/corpus';
import type { DocumentAnalysis } from '../core/model';

export const SNAPSHOT_FILE = 'snapshot.bin';

// the types are the desktop cache's own (a type-only import: nothing of Node reaches the bundle)
import type { AnalysisSnapshot, CacheStats } from '../node/analysisCache';
export type { AnalysisSnapshot, CacheStats };

export function engineVersionOf(_bundlePath: string): string { return ''; }
export async function engineVersionOfAsync(_bundlePath: string): Promise<string> { return ''; }

export class DiskAnalysisCache implements AnalysisJobCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  constructor(readonly root: string, readonly engine: string) {}
  get(_job: AnalysisJob): DocumentAnalysis | undefined { this.stats.misses++; return undefined; }
  set(_job: AnalysisJob, _analysis: DocumentAnalysis): void { /* nothing is kept */ }
  saveSnapshot(_s: Omit<AnalysisSnapshot, 'engine' | 'savedAt'>): void { /* nothing is kept */ }
  prune(): void { /* nothing is kept */ }
}

export async function readSnapshot(_root: string, _engine: string): Promise<AnalysisSnapshot | undefined> { return undefined; }
