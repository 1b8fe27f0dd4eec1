// Runs the bundled integration suite inside a real VS Code extension host and resolves to
// the suite's exit code. Route choice:
//   1. @vscode/test-electron when VSCODE_EXECUTABLE points at a desktop VS Code, or when a
//      quick probe shows update.code.visualstudio.com is reachable (it downloads one);
//   2. otherwise the offline route (code-server + chromium, see workbench.mjs).
// TRIANGULATE_VSCODE_ROUTE=electron|offline forces a route.
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, PROJECT, TESTS_INDEX, TRUST_FLAGS, log } from './config.mjs';
import { ensureOfflineRoute } from './prerequisites.mjs';
import { RunnerError, Workbench, createRunDir } from './workbench.mjs';

async function downloadReachable() {
  try {
    const r = await fetch('https://update.code.visualstudio.com/api/releases/stable',
      { signal: AbortSignal.timeout(5000) });
    return r.ok;
  } catch {
    return false;
  }
}

export async function chooseRoute() {
  const forced = process.env.TRIANGULATE_VSCODE_ROUTE;
  if (forced === 'electron' || forced === 'offline') { return forced; }
  if (process.env.VSCODE_EXECUTABLE) { return 'electron'; }
  return (await downloadReachable()) ? 'electron' : 'offline';
}

function checkBundle(testsIndex) {
  if (!fs.existsSync(`${testsIndex}.js`)) {
    throw new RunnerError(1, `${testsIndex}.js not found: run \`node esbuild.mjs\` first (npm run test:integration does)`);
  }
}

async function runElectron({ workspace, testsIndex, timeoutS }) {
  const { runTests } = await import('@vscode/test-electron');
  const run = createRunDir();
  log(`route: @vscode/test-electron ${process.env.VSCODE_EXECUTABLE ? `(${process.env.VSCODE_EXECUTABLE})` : '(download)'}`);
  const timer = setTimeout(() => { log(`timeout after ${timeoutS} s`); process.exit(124); }, timeoutS * 1000);
  timer.unref();
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      cachePath: path.join(CACHE, 'electron'),
      extensionDevelopmentPath: PROJECT,
      extensionTestsPath: testsIndex,
      extensionTestsEnv: { ...process.env, HOME: run.home, TMPDIR: run.tmp },
      launchArgs: [workspace, '--user-data-dir', run.userData, '--extensions-dir', run.extensions,
        ...TRUST_FLAGS, '--skip-welcome', '--skip-release-notes'],
    });
    return 0;
  } catch (e) {
    log(`tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    clearTimeout(timer);
  }
}

/** Offline route; `extensionDevelopmentPath` null runs against an installed extension. */
export async function runOffline({ workspace, testsIndex, timeoutS, run = createRunDir(), extensionDevelopmentPath = PROJECT }) {
  log(`route: offline (code-server + chromium); logs in ${run.logs}`);
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  const wb = new Workbench({ run, workspace, forwardLogs: true, onExit: (c) => resolveExit(c) });
  const timer = setTimeout(() => { log(`timeout after ${timeoutS} s`); resolveExit(124); }, timeoutS * 1000);
  const onSignal = () => resolveExit(130);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await wb.start((remote) => {
      const payload = [['extensionTestsPath', remote(testsIndex)], ['skipWelcome', 'true']];
      if (extensionDevelopmentPath) { payload.unshift(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]); }
      return payload;
    });
    wb.cs.on('exit', () => resolveExit(2));
    const code = await exited;
    log(`extension host finished -> exit ${code} (logs: ${run.logs})`);
    return code;
  } catch (e) {
    if (e instanceof RunnerError) { log(e.message); return e.code; }
    log(`driver error: ${e instanceof Error ? e.stack : String(e)}`);
    return 3;
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await wb.close();
  }
}

export async function runIntegrationTests({ workspace, testsIndex = TESTS_INDEX, timeoutS }) {
  checkBundle(testsIndex);
  const route = await chooseRoute();
  if (route === 'electron') { return runElectron({ workspace, testsIndex, timeoutS }); }
  ensureOfflineRoute();
  return runOffline({ workspace, testsIndex, timeoutS });
}
