// Loaded by the VS Code extension host because the window was opened with
// extensionTestsPath=<this module> (both the @vscode/test-electron and the offline
// code-server route). Resolving = success, rejecting = failure; VS Code turns that into
// the exit code the runner (scripts/vscode-test/run.mjs) exits with.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  // Every suite esbuild bundled beside this index; TRIANGULATE_TEST_FILES (comma-separated
  // basenames, e.g. "activation") narrows the set, e.g. for the .vsix smoke test.
  const only = (process.env.TRIANGULATE_TEST_FILES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const files = fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => only.length === 0 || only.some((o) => f === o || f === `${o}.test.js`))
    .sort();
  for (const f of files) {
    mocha.addFile(path.join(__dirname, f));
  }
  console.log(`integration suites: ${files.join(', ') || '(none)'}`);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats;
        // A plain closing line, alone on its line, that CI logs and humans can grep.
        console.log(`${s?.passes ?? 0} passed, ${s?.failures ?? failures} failed`);
        if (failures > 0) {
          reject(new Error(`${failures} integration test(s) failed.`));
        } else {
          resolve();
        }
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
