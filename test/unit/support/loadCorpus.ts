// Reads a folder of articles for tests: the shared real corpora (../shared/corpus) or our samples.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText } from '../../../src/core/text/decode';

/** The shared real corpora beside the project (../shared/corpus): the one place tests resolve it. */
export const SHARED_CORPUS = resolve(__dirname, '../../../../shared/corpus');
export const SAMPLES = resolve(__dirname, '../../../samples');

export interface LoadedDoc {
  id: string;
  text: string;
}

/** Decodes like the CLI and the editor do (UTF-8, BOM dropped, else Windows-1252). */
export function decodeForTest(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

export function loadFolder(dir: string): LoadedDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: decodeForTest(readFileSync(join(dir, f))) }));
}

/** ../shared/corpus/<name> (or ../shared/corpus itself), whether or not it exists. */
export function sharedCorpusPath(name = ''): string {
  return join(SHARED_CORPUS, name);
}

/** The folder ../shared/corpus/<name>, or skips the calling test (or suite, from a hook) with a clear message when absent. */
export function sharedCorpusDirOrSkip(ctx: Mocha.Context, name = ''): string {
  const dir = sharedCorpusPath(name);
  if (!existsSync(dir)) {
    console.warn(`  (skipped: shared corpus ${dir} not found)`);
    ctx.skip();
  }
  return dir;
}

/** Loads ../shared/corpus/<name>, or skips the calling suite with a clear message when absent. */
export function sharedCorpusOrSkip(ctx: Mocha.Context, name: string): LoadedDoc[] {
  return loadFolder(sharedCorpusDirOrSkip(ctx, name));
}
