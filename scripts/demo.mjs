#!/usr/bin/env node
// `npm run demo [-- <folder>] [--web] [--host ADDR] [--port N]`: opens Triangulate on the sample corpus (or
// <folder>) in a real VS Code.
//  - With a desktop VS Code on PATH (`code`), it starts it with this extension under development.
//  - Otherwise (or with --web) it runs the offline route: code-server (the VS Code 1.139 server,
//    installed under .vscode-test/ by the integration-test runner's prerequisites) on 127.0.0.1,
//    and prints the address to open in any browser. Ctrl+C stops it.
// The offline route is quiet: no extension gallery (EXTENSIONS_GALLERY without a service URL, so neither the
// server nor the browser asks open-vsx.org), no update checks (--disable-update-check and the run's settings),
// and the two kinds of harmless server chatter it cannot switch off are dropped from its output (below).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { CODE_SERVER, NODE24, PROJECT, log } from './vscode-test/config.mjs';
import { ensureOfflineRoute } from './vscode-test/prerequisites.mjs';
import { createRunDir } from './vscode-test/workbench.mjs';

const USAGE = `Usage: npm run demo -- [folder] [options]

Opens Triangulate on the sample corpus (samples/storm-iris) or on <folder> in a real VS Code: a desktop VS Code
when \`code\` is on PATH, otherwise the offline VS Code (code-server) in your browser.

Options:
  --web           use the offline VS Code in the browser even when a desktop VS Code is installed
  --host ADDR     address the offline VS Code listens on (default 127.0.0.1); the printed address uses it,
                  except for 0.0.0.0 / :: (listen everywhere, e.g. behind a container's port forwarding),
                  where it prints 127.0.0.1
  --port N        port (default: a free one)
  -h, --help      show this help`;

let opts;
try {
  opts = parseArgs({
    args: process.argv.slice(2), allowPositionals: true, strict: true,
    options: { web: { type: 'boolean' }, host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (e) {
  console.error(`demo: ${e.message.split('. ')[0]}\n\n${USAGE}`);
  process.exit(2);
}
if (opts.values.help) { console.log(USAGE); process.exit(0); }
const bind = opts.values.host ?? '127.0.0.1';
const port = opts.values.port !== undefined ? Number(opts.values.port) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`demo: invalid --port: ${opts.values.port}`);
  process.exit(2);
}
const folder = path.resolve(opts.positionals[0] ?? path.join(PROJECT, 'samples/storm-iris'));
if (!fs.existsSync(folder)) {
  console.error(`demo: no such folder: ${folder}`);
  process.exit(2);
}

const desktop = !opts.values.web && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (desktop) {
  log(`opening ${folder} in desktop VS Code with the extension from ${PROJECT}`);
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${PROJECT}`, folder], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

ensureOfflineRoute();
const run = createRunDir();
const listenPort = port ?? await freePort(bind);
const bracket = (h) => (h.includes(':') ? `[${h}]` : h);
const listen = `${bracket(bind)}:${listenPort}`;
const host = `${['0.0.0.0', '::', '[::]'].includes(bind) ? '127.0.0.1' : bracket(bind)}:${listenPort}`;
fs.writeFileSync(path.join(run.dir, 'code-server.yaml'), 'auth: none\n');
const cs = spawn(NODE24, [CODE_SERVER,
  '--config', path.join(run.dir, 'code-server.yaml'),
  '--bind-addr', listen, '--auth', 'none',
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened',
  '--disable-getting-started-override',
  '--user-data-dir', run.userData, '--extensions-dir', run.extensions,
  // a built VS Code honours the URL payload (extensionDevelopmentPath) only with the smoke-test driver on
  '--vscode-option', 'enable-smoke-test-driver'],
// A gallery without a service URL is no gallery: the server and the web workbench skip every marketplace call.
{ stdio: ['ignore', 'ignore', 'pipe'], env: { ...run.env, EXTENSIONS_GALLERY: '{}' } });

// What code-server prints that says nothing about the demo: 404s for vsda (Microsoft's closed-source
// handshake-signing module, which code-server does not ship; the connection works without it) and Node's
// MaxListeners warning about the server's own sockets. Everything else is passed on.
const CHATTER = [/^File not found: .*\/node_modules\/vsda\//, /MaxListenersExceededWarning/, /^\(Use `node --trace-warnings/];
readline.createInterface({ input: cs.stderr }).on('line', (line) => {
  if (!CHATTER.some((re) => re.test(line))) { process.stderr.write(`${line}\n`); }
});

const remote = (p) => `vscode-remote://${host}${p}`;
const first = fs.readdirSync(folder).filter((f) => /\.(txt|md|news)$/.test(f)).sort()[0];
const payload = [['extensionDevelopmentPath', remote(PROJECT)], ['skipWelcome', 'true']];
if (first) { payload.push(['openFile', remote(path.join(folder, first))]); }
const url = `http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

for (let i = 0; i < 360; i++) {
  try { if ((await fetch(`http://${host}/healthz`)).ok) { break; } } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`\nTriangulate is running in VS Code (code-server, offline) on ${folder}\n\n  Open this address in a browser on this machine:\n\n  ${url}\n\nThen click the Triangulate icon in the activity bar. Ctrl+C stops the server.\n`);
const stop = () => { cs.kill('SIGTERM'); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
cs.on('exit', (c) => { console.error(`code-server exited (${c})`); process.exit(c ?? 1); });

function freePort(address) {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, address, () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}
