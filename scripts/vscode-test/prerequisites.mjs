// Installs what the offline VS Code route needs, idempotently:
//   - Debian packages (chromium for the workbench UI; a C++ toolchain + libkrb5-dev because
//     code-server's native modules are built by node-gyp during its npm install),
//   - Node 24 from the npm registry (code-server 4.139.1 refuses other majors),
//   - code-server from the npm registry, built against Node 24's headers.
// Each step is skipped when its result already exists in the cache.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CACHE, CHROMIUM, CODE_SERVER, CODE_SERVER_ROOT, CODE_SERVER_VERSION, NODE24, NODE24_DIR, NODE24_VERSION, RUNS, log,
} from './config.mjs';

const APT_PACKAGES = ['chromium', 'build-essential', 'python3', 'pkg-config', 'libkrb5-dev'];

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  }
}

/** Debian packages; installs them when root, otherwise names what is missing. */
export function ensureAptPackages({ needBuildTools }) {
  const wanted = needBuildTools ? APT_PACKAGES : ['chromium'];
  const hasDpkg = spawnSync('dpkg-query', ['--version']).status === 0;
  const missing = hasDpkg ? wanted.filter((p) => !dpkgInstalled(p)) : [];
  if (!hasDpkg && !fs.existsSync(CHROMIUM)) {
    throw new Error(`no ${CHROMIUM} and no dpkg to install it: install chromium (or set CHROMIUM=/path/to/chrome)`);
  }
  if (!missing.length) { return; }
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}\n` +
      `  run as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  fs.mkdirSync(RUNS, { recursive: true });
  const logFile = path.join(RUNS, 'apt.log');
  const out = fs.openSync(logFile, 'a');
  try {
    run('apt-get', ['update', '-qq'], { env, stdio: ['ignore', out, out] });
    run('apt-get', ['install', '-y', '-qq', ...missing], { env, stdio: ['ignore', out, out] });
  } catch (e) {
    throw new Error(`${e.message}; see ${logFile}`, { cause: e });
  } finally {
    fs.closeSync(out);
  }
}

/**
 * The environment without what an outer `npm run` injected: npm reads npm_config_* from the
 * environment, so an inherited npm_config_user_agent ("... node/v20 ...") makes
 * code-server's postinstall reject the install ("requires node v24") even under Node 24.
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_/i.test(k) || k === 'NODE' || k === 'INIT_CWD') { delete env[k]; }
  }
  return env;
}

export function nodeEnvFor24() {
  // npm must run under Node 24 (code-server's postinstall checks `node/v24` in the npm user
  // agent) and node-gyp must compile against Node 24's headers, not a `nodedir=/usr` (Node 20)
  // from ~/.npmrc, or the native modules get the wrong ABI.
  return {
    ...cleanEnv(),
    PATH: `${path.join(NODE24_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: NODE24_DIR,
    TMPDIR: path.join(RUNS, 'tmp'),
    NODE_COMPILE_CACHE: path.join(RUNS, 'node-compile-cache'),
  };
}

export function ensureNode24() {
  if (fs.existsSync(NODE24)) { return; }
  log(`installing node@${NODE24_VERSION} from the npm registry into ${path.join(CACHE, 'node24')}`);
  fs.mkdirSync(path.join(CACHE, 'node24'), { recursive: true });
  fs.writeFileSync(path.join(CACHE, 'node24/package.json'), '{ "private": true }\n');
  run('npm', ['install', '--prefix', path.join(CACHE, 'node24'), '--no-save', '--no-audit', '--no-fund',
    '--no-package-lock', `node@${NODE24_VERSION}`], { env: cleanEnv() });
  if (!fs.existsSync(NODE24)) { throw new Error(`node 24 not found at ${NODE24} after install`); }
}

function codeServerComplete() {
  // entry.js appears before the postinstall builds VS Code's native modules; node-pty is
  // one of the last, so its presence marks a finished install.
  return fs.existsSync(CODE_SERVER) && fs.existsSync(path.join(CODE_SERVER_ROOT, 'lib/vscode/node_modules/node-pty'));
}

export function ensureCodeServer() {
  if (codeServerComplete()) { return; }
  const dir = path.join(CACHE, 'code-server');
  const logFile = path.join(RUNS, 'code-server-install.log');
  log(`installing code-server@${CODE_SERVER_VERSION} (builds native modules, ~3-4 min on 2 cores; log: ${logFile})`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  const out = fs.openSync(logFile, 'w');
  const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock',
    '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { stdio: ['ignore', out, out], env: nodeEnvFor24() });
  fs.closeSync(out);
  if (r.status !== 0 || !codeServerComplete()) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`code-server install failed (exit ${r.status}); last lines of ${logFile}:\n${tail}`);
  }
}

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/**
 * Serialises installs: several engineers (or parallel CI jobs sharing
 * TRIANGULATE_VSCODE_CACHE) may start a run while the cache is still being filled, and two
 * npm installs into one prefix corrupt it. A lock dir holding the owner's pid; stale locks
 * (dead owner) are taken over.
 */
function withInstallLock(fn) {
  const lock = path.join(CACHE, '.install-lock');
  fs.mkdirSync(CACHE, { recursive: true });
  const t0 = Date.now();
  let said = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') { throw e; }
      const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (pid && !alive(pid)) { fs.rmSync(lock, { recursive: true, force: true }); continue; }
      if (Date.now() - t0 > 30 * 60_000) { throw new Error(`gave up waiting for ${lock} (pid ${pid})`, { cause: e }); }
      if (!said) { log(`another process (pid ${pid || '?'}) is installing into ${CACHE}; waiting`); said = true; }
      sleepSync(2000);
    }
  }
  try { return fn(); } finally { fs.rmSync(lock, { recursive: true, force: true }); }
}

/** Everything the offline route needs. */
export function ensureOfflineRoute() {
  fs.mkdirSync(path.join(RUNS, 'tmp'), { recursive: true });
  if (fs.existsSync(NODE24) && codeServerComplete()) {
    ensureAptPackages({ needBuildTools: false });
    return;
  }
  withInstallLock(() => {
    ensureAptPackages({ needBuildTools: !codeServerComplete() });
    ensureNode24();
    ensureCodeServer();
  });
}
