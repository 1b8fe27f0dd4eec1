#!/usr/bin/env node
// `npm run demo [-- <folder>]`: opens Triangulate on the sample corpus (or <folder>) in a real VS Code.
//  - With a desktop VS Code on PATH (`code`), it starts it with this extension under development.
//  - Otherwise (or with --web) it runs the offline route: code-server (the VS Code 1.139 server,
//    installed under .vscode-test/ by the integration-test runner's prerequisites) on 127.0.0.1,
//    and prints the address to open in any browser. Ctrl+C stops it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER, NODE24, PROJECT, log } from './vscode-test/config.mjs';
import { ensureOfflineRoute } from './vscode-test/prerequisites.mjs';
import { createRunDir } from './vscode-test/workbench.mjs';

const args = process.argv.slice(2);
const web = args.includes('--web');
const portArg = args.find((a) => a.startsWith('--port='));
const folder = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(PROJECT, 'samples/storm-iris'));
if (!fs.existsSync(folder)) {
  console.error(`demo: no such folder: ${folder}`);
  process.exit(2);
}

const desktop = !web && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (desktop) {
  log(`opening ${folder} in desktop VS Code with the extension from ${PROJECT}`);
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${PROJECT}`, folder], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

ensureOfflineRoute();
const run = createRunDir();
const port = portArg ? Number(portArg.slice('--port='.length)) : await freePort();
const host = `127.0.0.1:${port}`;
fs.writeFileSync(path.join(run.dir, 'code-server.yaml'), 'auth: none\n');
const cs = spawn(NODE24, [CODE_SERVER,
  '--config', path.join(run.dir, 'code-server.yaml'),
  '--bind-addr', host, '--auth', 'none',
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened',
  '--user-data-dir', run.userData, '--extensions-dir', run.extensions,
  // a built VS Code honours the URL payload (extensionDevelopmentPath) only with the smoke-test driver on
  '--vscode-option', 'enable-smoke-test-driver'], { stdio: ['ignore', 'ignore', 'inherit'], env: run.env });

const remote = (p) => `vscode-remote://${host}${p}`;
const first = fs.readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f)).sort()[0];
const payload = [['extensionDevelopmentPath', remote(PROJECT)], ['skipWelcome', 'true']];
if (first) { payload.push(['openFile', remote(path.join(folder, first))]); }
const url = `http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

for (let i = 0; i < 360; i++) {
  try { if ((await fetch(`http://${host}/healthz`)).ok) { break; } } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`\nTriangulate is running in VS Code ${'(code-server, offline)'} on ${folder}\n\n  Open this address in a browser on this machine:\n\n  ${url}\n\nThen click the Triangulate icon in the activity bar. Ctrl+C stops the server.\n`);
const stop = () => { cs.kill('SIGTERM'); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
cs.on('exit', (c) => { console.error(`code-server exited (${c})`); process.exit(c ?? 1); });

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}
