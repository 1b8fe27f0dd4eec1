// `node scripts/vscode-test/run.mjs vsix-smoke triangulate.vsix`
// Proves the packaged extension works as users get it: installs the .vsix into an isolated
// extensions dir of the offline code-server (`--install-extension`), opens a workbench
// whose extensionDevelopmentPath is an empty folder (so no copy from the project loads), and
// runs only the activation suite against the installed copy. Also checks the activated copy's extensionPath is the
// installed one, not the project folder.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT, TESTS_INDEX, log } from './config.mjs';
import { ensureOfflineRoute } from './prerequisites.mjs';
import { runOffline } from './runTests.mjs';
import { RunnerError, codeServerCli, createRunDir } from './workbench.mjs';

export async function vsixSmoke(vsixArg, { workspace, timeoutS }) {
  if (!vsixArg) { throw new RunnerError(64, 'usage: vsix-smoke <file.vsix>'); }
  const vsix = path.resolve(vsixArg);
  if (!fs.existsSync(vsix)) { throw new RunnerError(64, `${vsix} not found (npm run package makes it)`); }
  if (!fs.existsSync(`${TESTS_INDEX}.js`)) {
    throw new RunnerError(1, `${TESTS_INDEX}.js not found: run \`node esbuild.mjs\` first`);
  }
  ensureOfflineRoute();
  const run = createRunDir();

  const install = codeServerCli(run, ['--install-extension', vsix]);
  log(install.output.trim().split('\n').filter((l) => /install/i.test(l)).join('\n'));
  if (install.status !== 0 || !/successfully installed/i.test(install.output)) {
    throw new RunnerError(1, `--install-extension failed (exit ${install.status}):\n${install.output}`);
  }
  const listed = codeServerCli(run, ['--list-extensions', '--show-versions']).output;
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  if (!listed.toLowerCase().includes(`${id}@${pkg.version}`.toLowerCase())) {
    throw new RunnerError(1, `${id}@${pkg.version} not listed after install:\n${listed}`);
  }
  log(`installed: ${listed.trim().split('\n').filter((l) => l.toLowerCase().startsWith(id.toLowerCase())).join(', ')}`);

  // Only the activation suite: other suites may need the extension's test API or fixtures.
  run.env.TRIANGULATE_TEST_FILES = 'activation';
  delete run.env.TRIANGULATE_DELIBERATE_FAIL;
  // The workbench forwards extension-host output (codeAutomationLog) and the tests' exit code
  // (codeAutomationExit) only in extension-development mode, i.e. when the payload has an
  // extensionDevelopmentPath; without one the run hangs silently (seen here). An EMPTY folder
  // turns that mode on without loading any extension from it, so the only Triangulate in the
  // host is the installed copy (checked below via its extensionPath).
  const noDevExtension = path.join(run.dir, 'no-dev-extension');
  fs.mkdirSync(noDevExtension, { recursive: true });
  const code = await runOffline({ workspace, testsIndex: TESTS_INDEX, timeoutS, run, extensionDevelopmentPath: noDevExtension });
  if (code !== 0) { return code; }

  const wlog = fs.readFileSync(path.join(run.logs, 'workbench.log'), 'utf8');
  const m = /extensionPath=(\S+)/.exec(wlog);
  if (!m) { throw new RunnerError(1, 'the activation suite did not print extensionPath'); }
  if (!m[1].startsWith(run.extensions)) {
    throw new RunnerError(1, `activated copy is ${m[1]}, not the installed one under ${run.extensions}`);
  }
  log(`OK: the installed copy (${m[1]}) activated and passed the activation suite`);
  return 0;
}
