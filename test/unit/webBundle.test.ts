// The web build (package.json `browser`) is the same extension with the Node-only modules swapped for their
// web versions (scripts/webBuild.mjs): its two bundles must hold no Node built-in and none of the Node-only
// modules (the fs store, atomic files, locks, real paths), and the build must refuse a Node import outright.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const PROJECT = path.resolve(__dirname, '../..');

interface WebBuildModule { webOptions(common: esbuild.BuildOptions): esbuild.BuildOptions }

async function webBuild(entry: string, format: 'cjs' | 'iife'): Promise<{ text: string; inputs: string[] }> {
  const { webOptions } = await import(path.join(PROJECT, 'scripts/webBuild.mjs')) as WebBuildModule;
  const r = await esbuild.build({
    ...webOptions({ bundle: true, format, external: ['vscode'], logLevel: 'silent' }),
    entryPoints: [path.join(PROJECT, entry)], format, write: false, metafile: true, absWorkingDir: PROJECT,
  });
  return { text: r.outputFiles[0].text, inputs: Object.keys(r.metafile.inputs) };
}

const NODE_ONLY = ['src/node/annotationStore.ts', 'src/node/atomicFile.ts', 'src/node/fileLock.ts', 'src/node/realPaths.ts',
  'src/node/fileWalker.ts', 'src/vscode/annotations/folderStore.ts'];
const requires = (text: string) => [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);

describe('web build: no Node in the browser bundles', function () {
  this.timeout(60_000);

  it('dist/web/extension.js: only `vscode` is required; no Node-only module is in it; the web versions are', async () => {
    const { text, inputs } = await webBuild('src/extension.ts', 'cjs');
    assert.deepEqual([...new Set(requires(text))], ['vscode']);
    assert.deepEqual(inputs.filter((i) => NODE_ONLY.includes(i)), []);
    for (const web of ['src/web/shims/workerThreads.ts', 'src/web/shims/perfHooks.ts', 'src/web/shims/os.ts', 'src/web/analysisEngine.ts',
      'src/web/folderStore.ts', 'src/web/workerLocation.ts', 'src/vscode/annotations/workspaceFolderStore.ts']) {
      assert.ok(inputs.includes(web), web);
    }
  });

  it('dist/web/analysisWorker.js: the engine, with nothing to require at all', async () => {
    const { text, inputs } = await webBuild('src/web/analysisWorker.ts', 'iife');
    assert.deepEqual(requires(text), []);
    assert.ok(inputs.includes('src/core/corpus.ts') && inputs.includes('src/vscode/analysisWorker.ts'));
    assert.deepEqual(inputs.filter((i) => NODE_ONLY.includes(i) || i.startsWith('src/node/')), []);
  });

  it('a Node built-in anywhere in the graph fails the web build, naming the importer', async () => {
    const dir = fs.mkdtempSync(path.join(PROJECT, 'src', '.tmp-web-'));
    try {
      fs.writeFileSync(path.join(dir, 'leak.ts'), "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
      fs.writeFileSync(path.join(dir, 'entry.ts'), "import { x } from './leak';\nconsole.log(x);\n");
      await assert.rejects(webBuild(path.relative(PROJECT, path.join(dir, 'entry.ts')), 'cjs'),
        (e: Error) => /Node built-in "node:fs" imported by .*leak\.ts has no place in the web build/.test(e.message));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
