// Bundles the extension, its analysis worker, the CLI and the integration tests, and the web build
// (dist/web/: the same extension for VS Code's web worker extension host, the engine in a web worker).
// `vscode` stays external (the host provides it); everything else is inlined so the
// .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { webOptions } from './scripts/webBuild.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  // watch: print each rebuild ("[watch] build finished"), which the F5 task waits for
  logLevel: watch ? 'info' : 'warning',
  external: ['vscode'],
};

const web = webOptions(common);

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['src/vscode/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/cli/analyzeWorker.ts'], outfile: 'dist/cliWorker.js' },
  { ...web, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs' },
  { ...web, entryPoints: ['src/web/analysisWorker.ts'], outfile: 'dist/web/analysisWorker.js', format: 'iife' },
];

// Integration tests run inside the extension host; bundle each suite plus the mocha index.
if (!production && existsSync('test/integration')) {
  const entries = readdirSync('test/integration')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('test/integration', f));
  if (entries.length) {
    builds.push({ ...common, entryPoints: entries, outdir: 'dist/test/integration', external: ['vscode', 'mocha'] });
  }
}

const existing = builds.filter((b) => (b.entryPoints.every ? b.entryPoints.every((e) => existsSync(e)) : true));
if (watch) {
  for (const b of existing) { (await esbuild.context(b)).watch(); }
} else {
  await Promise.all(existing.map((b) => esbuild.build(b)));
}
