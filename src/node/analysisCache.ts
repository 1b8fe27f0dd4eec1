// The editor's persistent analysis cache, in the extension's workspace storage (context.storageUri):
// - analyses/<key>.bin: one document's analysis, keyed by a hash of the engine version and the analysis
//   job (document id, text, the corpus-wide repeated lines it was analysed with), so a file whose content
//   did not change is not analysed again when the folder is reopened;
// - snapshot.bin: the last model the editor showed (documents, claims, stories), so the Claims view can
//   show the last tree at once, before the analysis of the reopened folder has finished.
// The engine version is a hash of the engine bundle itself: any change to the code invalidates both.
// Everything here is best effort: a cache that cannot be read or written only costs an analysis.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { AnalysisJob, AnalysisJobCache } from '../core/corpus';
import type { Claim, DocumentAnalysis, Story } from '../core/model';

export const SNAPSHOT_FILE = 'snapshot.bin';
const ANALYSES_DIR = 'analyses';

export interface AnalysisSnapshot {
  engine: string;
  savedAt: string;
  documents: DocumentAnalysis[];
  claims: Claim[];
  stories: Story[];
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/** The engine version: a hash of the engine's bundle (dist/analysisWorker.js). */
export function engineVersionOf(bundlePath: string): string {
  return versionOf(fs.readFileSync(bundlePath));
}

export async function engineVersionOfAsync(bundlePath: string): Promise<string> {
  return versionOf(await fs.promises.readFile(bundlePath));
}

function versionOf(bundle: Buffer): string {
  return createHash('sha256').update(bundle).update('\u0000v8 ').update(process.versions.v8).digest('hex').slice(0, 16);
}

// The V8 serializer (structured clone), not JSON: it keeps Infinity (open value intervals: "more than
// 1,000" is [1000.0001, Infinity]), NaN and undefined, and reads back several times faster than JSON.parse
// with a reviver would, which matters on the host when the snapshot is read. Its format belongs to the
// V8 version, which is part of the engine version.
export function serialize(value: unknown): Buffer {
  return v8.serialize(value);
}

export function deserialize<T>(bytes: Uint8Array): T {
  return v8.deserialize(bytes) as T;
}

/** Temp file + rename: a reader never sees half a file, and two windows writing one key both write the same bytes. */
function writeAtomic(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
  }
}

export class DiskAnalysisCache implements AnalysisJobCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  /** Keys looked up or stored by this engine: what prune() keeps. */
  private readonly used = new Set<string>();
  private readonly dir: string;

  constructor(readonly root: string, readonly engine: string) {
    this.dir = path.join(root, ANALYSES_DIR);
    try { fs.mkdirSync(this.dir, { recursive: true }); } catch { /* get/set then fail quietly */ }
  }

  key(job: AnalysisJob): string {
    const h = createHash('sha256');
    h.update(this.engine).update('\u0000').update(job.id).update('\u0000').update(job.text).update('\u0000');
    for (const l of [...job.repeatedLines].sort()) { h.update(l).update('\n'); }
    return h.digest('hex').slice(0, 32);
  }

  get(job: AnalysisJob): DocumentAnalysis | undefined {
    const k = this.key(job);
    this.used.add(k);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(this.dir, `${k}.bin`));
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const a = deserialize<DocumentAnalysis>(bytes);
      this.stats.hits++;
      // the editor version is the caller's, not the one the analysis was first made for
      return { ...a, version: job.version };
    } catch {
      this.stats.misses++;
      return undefined;
    }
  }

  set(job: AnalysisJob, analysis: DocumentAnalysis): void {
    const k = this.key(job);
    this.used.add(k);
    writeAtomic(path.join(this.dir, `${k}.bin`), serialize({ ...analysis, version: undefined }));
  }

  /** Deletes the analyses this engine neither read nor wrote (files changed or gone, older engines). */
  prune(): void {
    let names: string[];
    try { names = fs.readdirSync(this.dir); } catch { return; }
    for (const n of names) {
      if (n.endsWith('.bin') && this.used.has(n.slice(0, -4))) { continue; }
      try { fs.unlinkSync(path.join(this.dir, n)); } catch { /* another window's */ }
    }
  }

  saveSnapshot(snapshot: Omit<AnalysisSnapshot, 'engine' | 'savedAt'>): void {
    writeAtomic(path.join(this.root, SNAPSHOT_FILE), serialize({ engine: this.engine, savedAt: new Date().toISOString(), ...snapshot }));
  }
}

/** The last snapshot in `root`, or undefined when there is none, it does not parse or another engine wrote it. */
export async function readSnapshot(root: string, engine: string): Promise<AnalysisSnapshot | undefined> {
  let bytes: Buffer;
  try { bytes = await fs.promises.readFile(path.join(root, SNAPSHOT_FILE)); } catch { return undefined; }
  try {
    const s = deserialize<AnalysisSnapshot>(bytes);
    return s.engine === engine && Array.isArray(s.documents) && Array.isArray(s.claims) ? s : undefined;
  } catch {
    return undefined;
  }
}
