#!/usr/bin/env node
// Entry point of the project's real-VS-Code runner.
//
//   node scripts/vscode-test/run.mjs test                 run dist/test/integration in a VS Code extension host
//   node scripts/vscode-test/run.mjs screenshot <workspace> <file> <out.png> [--hover <text>] [--tree]
//                                    [--expand <label>]... [--steps <file.json>]
//   node scripts/vscode-test/run.mjs vsix-smoke <file.vsix>  install the package into an isolated offline
//                                    VS Code and run the activation suite against the installed copy
//   node scripts/vscode-test/run.mjs setup                 only install the offline route's prerequisites
//
// Environment: TRIANGULATE_TEST_WORKSPACE (folder or .code-workspace; default test/fixtures/workspace),
// TRIANGULATE_VSCODE_CACHE (default <project>/.vscode-test), TRIANGULATE_VSCODE_ROUTE=electron|offline,
// VSCODE_EXECUTABLE (desktop VS Code for @vscode/test-electron), TRIANGULATE_TEST_TIMEOUT_S (default 900),
// TRIANGULATE_DELIBERATE_FAIL=1 (passed to the extension host; makes one test fail), VERBOSE=1,
// TRIANGULATE_TEST_UNTRUSTED=1 (workspace trust on, the folder left untrusted: Restricted Mode).
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_WORKSPACE, PROJECT, log } from './config.mjs';
import { ensureOfflineRoute } from './prerequisites.mjs';
import { runIntegrationTests } from './runTests.mjs';

const [mode, ...rest] = process.argv.slice(2);

/** The default test workspace; seeded from the fictional sample corpus if nobody filled it yet. */
function testWorkspace() {
  const ws = process.env.TRIANGULATE_TEST_WORKSPACE;
  if (ws) {
    if (!fs.existsSync(ws)) { throw new Error(`TRIANGULATE_TEST_WORKSPACE=${ws} does not exist`); }
    return path.resolve(ws);
  }
  if (!fs.existsSync(DEFAULT_WORKSPACE)) {
    fs.mkdirSync(DEFAULT_WORKSPACE, { recursive: true });
    fs.cpSync(path.join(PROJECT, 'samples/storm-iris'), DEFAULT_WORKSPACE, { recursive: true });
    log(`created ${path.relative(PROJECT, DEFAULT_WORKSPACE)} from samples/storm-iris`);
  }
  return DEFAULT_WORKSPACE;
}

const timeoutS = Number(process.env.TRIANGULATE_TEST_TIMEOUT_S || 900);

async function main() {
  switch (mode) {
    case 'test':
      return runIntegrationTests({ workspace: testWorkspace(), timeoutS });
    case 'setup':
      ensureOfflineRoute();
      return 0;
    case 'screenshot': {
      const { screenshotCli } = await import('./screenshot.mjs');
      return screenshotCli(rest, timeoutS);
    }
    case 'vsix-smoke': {
      const { vsixSmoke } = await import('./vsixSmoke.mjs');
      return vsixSmoke(rest[0], { workspace: testWorkspace(), timeoutS });
    }
    default:
      console.error('usage: run.mjs test | setup | screenshot <workspace> <file> <out.png> [options] | vsix-smoke <file.vsix>');
      return 64;
  }
}

main().then(
  (code) => process.exit(code),
  (e) => { console.error(`[vscode-test] ${e instanceof Error ? e.message : String(e)}`); process.exit(e?.code && Number.isInteger(e.code) ? e.code : 1); },
);
