// One isolated session of the offline route: code-server (the real VS Code 1.139 server and
// its Node extension host) on 127.0.0.1:<free port>, driven by headless Debian chromium
// through playwright-core. Knowledge from ../shared/vscode-runtime/NOTES.md:
//  - a built VS Code only honours the URL `payload` (extensionDevelopmentPath,
//    extensionTestsPath, openFile) with `--vscode-option enable-smoke-test-driver`;
//  - the workbench reports extension-host console output through window.codeAutomationLog
//    and the test runner's exit code through window.codeAutomationExit;
//  - code-server/chromium write into $HOME/$TMPDIR/XDG dirs, so each run gets its own.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CODE_SERVER, NODE24, RUNS, TRUST_FLAGS, TRUST_SETTINGS, log } from './config.mjs';

// Offline noise (NOTES.md): marketplace/open-vsx lookups and GitHub auth time out.
// Plus the renderer's connection chatter, which says nothing about the extension or tests.
const NOISE = new RegExp([
  'ENOTFOUND', 'open-vsx\\.org', 'marketplace', 'gallery', 'ERR_NAME_NOT_RESOLVED', 'authentication provider',
  'ERR_INTERNET_DISCONNECTED', 'Failed to fetch', 'vscode-unpkg', 'update\\.code\\.visualstudio',
  '^Resolv(ing|ed) connection token', '^Creating a socket', '^\\[reconnection-grace-time\\]',
  '^Updating additional builtin extensions cache', '^\\[Service Worker\\]', '^\\[AgentHost', '^\\[AccountPolicyGate\\]',
  '^Creation of workbench contribution', '^No search provider registered', '^Aborted onWillSaveTextDocument',
].join('|'), 'i');

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  // TRIANGULATE_COLOR_THEME, e.g. 'Default High Contrast', for screenshots in another theme.
  'workbench.colorTheme': process.env.TRIANGULATE_COLOR_THEME || 'Default Dark Modern',
  'editor.hover.delay': 100,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/**
 * Keeps the last few finished per-run directories so logs stay inspectable without growing
 * forever. Several runs may share the cache at once, so a directory whose owner (pid file)
 * is still alive is never removed.
 */
function pruneOldRuns(keep = 8) {
  if (!fs.existsSync(RUNS)) { return; }
  const finished = [];
  for (const d of fs.readdirSync(RUNS).filter((n) => n.startsWith('run-'))) {
    const dir = path.join(RUNS, d);
    try {
      const t = fs.statSync(dir).mtimeMs;
      const pidFile = path.join(dir, 'pid');
      // No pid file: just being created by another run (skip), unless it is old.
      if (!fs.existsSync(pidFile)) { if (Date.now() - t > 3_600_000) { finished.push({ dir, t }); } continue; }
      const pid = Number(fs.readFileSync(pidFile, 'utf8'));
      if (pid && alive(pid)) { continue; }
      finished.push({ dir, t });
    } catch { /* removed meanwhile by another run */ }
  }
  finished.sort((a, b) => b.t - a.t);
  for (const { dir } of finished.slice(keep)) { fs.rmSync(dir, { recursive: true, force: true }); }
}

/** A fresh, isolated run directory with user-data, extensions dir, HOME, TMPDIR and XDG dirs. */
export function createRunDir() {
  pruneOldRuns();
  fs.mkdirSync(RUNS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(RUNS, 'run-'));
  fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
  const d = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    home: path.join(dir, 'home'),
    tmp: path.join(dir, 'tmp'),
    logs: path.join(dir, 'logs'),
  };
  for (const p of [d.userData, d.extensions, d.home, d.tmp, d.logs]) { fs.mkdirSync(p, { recursive: true }); }
  fs.mkdirSync(path.join(d.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(d.userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...TRUST_SETTINGS }, null, 2));
  d.env = {
    ...process.env,
    HOME: d.home,
    TMPDIR: d.tmp,
    XDG_CONFIG_HOME: path.join(d.home, '.config'),
    XDG_DATA_HOME: path.join(d.home, '.local/share'),
    XDG_CACHE_HOME: path.join(d.home, '.cache'),
    XDG_RUNTIME_DIR: path.join(d.tmp, 'xdg-runtime'),
    NODE_COMPILE_CACHE: path.join(RUNS, 'node-compile-cache'),
  };
  fs.mkdirSync(d.env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
  return d;
}

/** code-server's own CLI (e.g. --install-extension) against a run's isolated dirs. */
export function codeServerCli(run, args) {
  const r = spawnSync(NODE24, [CODE_SERVER, '--user-data-dir', run.userData, '--extensions-dir', run.extensions, ...args],
    { env: run.env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout || ''}${r.stderr || ''}` };
}

export class Workbench {
  /**
   * @param {object} o
   * @param {ReturnType<typeof createRunDir>} o.run
   * @param {string} o.workspace folder or .code-workspace file
   * @param {number} o.timeoutS whole-session limit; exit code 124 when hit
   * @param {(code:number)=>void} [o.onExit] called when the workbench reports an exit code
   * @param {boolean} [o.forwardLogs] print extension-host/renderer console lines (noise filtered)
   */
  constructor(o) {
    this.o = o;
    this.finished = false;
    this.csExited = false;
  }

  /** @param {(remote:(p:string)=>string)=>Array<[string,string]>} makePayload URL payload (smoke-test driver) */
  async start(makePayload) {
    const { run } = this.o;
    this.port = await freePort();
    this.host = `127.0.0.1:${this.port}`;
    fs.writeFileSync(path.join(run.dir, 'code-server.yaml'), 'auth: none\n');
    const args = [CODE_SERVER,
      '--config', path.join(run.dir, 'code-server.yaml'),
      '--bind-addr', this.host, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', ...TRUST_FLAGS,
      '--disable-getting-started-override', '--ignore-last-opened',
      '--user-data-dir', run.userData, '--extensions-dir', run.extensions,
      '--vscode-option', 'enable-smoke-test-driver',
      '--log', 'info'];
    const out = fs.openSync(path.join(run.logs, 'code-server.log'), 'w');
    // Own process group so cleanup can kill code-server together with its extension host.
    this.cs = spawn(NODE24, args, { stdio: ['ignore', out, out], env: run.env, detached: true });
    this.cs.on('exit', (c) => { this.csExited = true; if (!this.finished) { log(`code-server exited (${c})`); } });

    const t0 = Date.now();
    for (;;) {
      if (this.csExited) { throw new RunnerError(2, `code-server died; see ${path.join(run.logs, 'code-server.log')}`); }
      try { const r = await fetch(`http://${this.host}/healthz`); if (r.ok) { break; } } catch { /* not up yet */ }
      if (Date.now() - t0 > 90_000) { throw new RunnerError(2, 'code-server did not start within 90 s'); }
      await new Promise((r) => setTimeout(r, 250));
    }
    log(`code-server up on ${this.host} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // playwright puts chromium's temporary profile in os.tmpdir() of THIS process.
    process.env.TMPDIR = run.tmp;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      env: run.env,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 850 } });
    this.page = await context.newPage();
    const blog = fs.createWriteStream(path.join(run.logs, 'browser-console.log'));
    this.page.on('console', (m) => blog.write(`[${m.type()}] ${m.text()}\n`));
    this.page.on('pageerror', (e) => blog.write(`[pageerror] ${e.message}\n`));

    const wlog = fs.createWriteStream(path.join(run.logs, 'workbench.log'));
    await this.page.exposeFunction('codeAutomationLog', (type, args) => {
      let line;
      try { line = util.format(...(args || [])); } catch { line = String(args); }
      line = line.replace(/%c/g, '');
      wlog.write(`[${type}] ${line}\n`);
      if (!this.o.forwardLogs) { return; }
      if (process.env.VERBOSE) { console.log(line); return; }
      if (NOISE.test(line.split('\n')[0])) { return; }
      console.log(line.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
    });
    await this.page.exposeFunction('codeAutomationExit', (code) => { this.o.onExit?.(Number(code) || 0); });

    const ws = path.resolve(this.o.workspace);
    const key = ws.endsWith('.code-workspace') ? 'workspace' : 'folder';
    const payload = makePayload((p) => this.remote(p));
    const url = `http://${this.host}/?${key}=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`opening workbench: ${key}=${ws}`);
    await this.page.goto(url);
  }

  remote(p) { return `vscode-remote://${this.host}${path.resolve(p)}`; }

  async close() {
    if (this.finished) { return; }
    this.finished = true;
    try { await this.browser?.close(); } catch { /* already gone */ }
    if (this.cs && !this.csExited) {
      try { process.kill(-this.cs.pid, 'SIGTERM'); } catch { /* already gone */ }
      for (let i = 0; i < 30 && !this.csExited; i++) { await new Promise((r) => setTimeout(r, 100)); }
      if (!this.csExited) { try { process.kill(-this.cs.pid, 'SIGKILL'); } catch { /* already gone */ } }
    }
  }
}

/** An error that carries the process exit code the runner should end with. */
export class RunnerError extends Error {
  constructor(code, message) { super(message); this.code = code; }
}
