// Reads a folder of articles for tests: the shared real corpora (../shared/corpus) or our samples.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText } from '../../../src/core/text/decode';

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

/** Loads ../shared/corpus/<name>, or skips the calling suite with a clear message when absent. */
export function sharedCorpusOrSkip(ctx: Mocha.Context, name: string): LoadedDoc[] {
  const dir = join(SHARED_CORPUS, name);
  if (!existsSync(dir)) {
    console.warn(`  (skipped: shared corpus ${dir} not found)`);
    ctx.skip();
  }
  return loadFolder(dir);
}
