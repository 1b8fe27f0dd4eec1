// The web build in a real browser workbench: code-server's web worker extension host (VS Code 1.139 in
// headless Chromium) loads a browser-only copy of the extension (the manifest without `main`, so nothing can
// run on the Node host), analyses the sample corpus with the engine in a web worker, reads a verdict from
// `.triangulate/annotations.json` and writes a new one through workspace.fs, driven by the keyboard as a
// user would. Needs the offline route of the integration tests (TRIANGULATE_VSCODE_CACHE or .vscode-test).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { describeSpan } from '../../src/core/annotations/anchor';
import { createAnnotation, serializeAnnotationFile, type Annotation } from '../../src/core/annotations/annotation';
import { CHROMIUM } from './support/chromium';

const PROJECT = path.resolve(__dirname, '../..');
const CACHE = path.resolve(process.env.TRIANGULATE_VSCODE_CACHE || path.join(PROJECT, '.vscode-test'));
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const AID = 'The European Union pledged €40 million ($43 million) in emergency aid, according to the European Commission.';

interface Page {
  locator(s: string, o?: { hasText?: RegExp }): { waitFor(o: { timeout: number }): Promise<void>; first(): { innerText(): Promise<string> } };
  keyboard: { press(k: string): Promise<void>; type(t: string): Promise<void> };
  evaluate<T>(fn: () => Promise<T>): Promise<T>;
}
interface WorkbenchLike { page: Page; start(p: (remote: (p: string) => string) => Array<[string, string]>): Promise<void>; close(): Promise<void> }

/** A browser-only copy of the extension: the web bundles, built now, and the manifest without `main`. */
async function browserOnlyExtension(dir: string): Promise<void> {
  const { webOptions } = await import(path.join(PROJECT, 'scripts/webBuild.mjs')) as { webOptions(c: esbuild.BuildOptions): esbuild.BuildOptions };
  const common: esbuild.BuildOptions = { bundle: true, external: ['vscode'], logLevel: 'silent', absWorkingDir: PROJECT };
  await esbuild.build({ ...webOptions(common), entryPoints: ['src/extension.ts'], format: 'cjs', outfile: path.join(dir, 'dist/web/extension.js') });
  await esbuild.build({ ...webOptions(common), entryPoints: ['src/web/analysisWorker.ts'], format: 'iife', outfile: path.join(dir, 'dist/web/analysisWorker.js') });
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8'));
  for (const k of ['main', 'bin', 'extensionKind', 'scripts', 'devDependencies', 'dependencies']) { delete pkg[k]; }
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const f of ['package.nls.json', 'language-configuration.json', 'media', 'syntaxes']) {
    fs.cpSync(path.join(PROJECT, f), path.join(dir, f), { recursive: true });
  }
}

describe('web build in the browser workbench (code-server web worker extension host) @slow', function () {
  this.timeout(420_000);
  let root: string;
  let wb: WorkbenchLike | undefined;
  let folder: string;
  let store: string;

  before(async function () {
    if (!CHROMIUM || !fs.existsSync(CODE_SERVER)) { this.skip(); }
    process.env.TRIANGULATE_VSCODE_CACHE = CACHE;
    const { createRunDir, Workbench } = await import(path.join(PROJECT, 'scripts/vscode-test/workbench.mjs')) as
      { createRunDir(): { dir: string }; Workbench: new (o: object) => WorkbenchLike };
    const run = createRunDir();
    root = run.dir;
    const ext = path.join(root, 'web-extension');
    await browserOnlyExtension(ext);
    folder = path.join(root, 'storm-iris');
    fs.cpSync(path.join(PROJECT, 'samples/storm-iris'), folder, { recursive: true });
    // One verdict already in the store: Supported on the EU aid sentence.
    const herald = fs.readFileSync(path.join(folder, '01-harbour-herald.txt'), 'utf8');
    const at = herald.indexOf(AID);
    const d = describeSpan(herald, at, at + AID.length);
    store = path.join(folder, '.triangulate/annotations.json');
    fs.mkdirSync(path.dirname(store));
    fs.writeFileSync(store, serializeAnnotationFile([createAnnotation({ source: '01-harbour-herald.txt', quote: d.quote, position: d.position,
      motivation: 'assessing', value: 'Supported', verdict: 'supported', creator: 'Ana Reviewer', now: new Date('2026-11-23T12:00:00Z') })]));
    wb = new Workbench({ run, workspace: folder, timeoutS: 400 });
    await wb.start((remote) => [['extensionDevelopmentPath', remote(ext)], ['skipWelcome', 'true'],
      ['openFile', remote(path.join(folder, '01-harbour-herald.txt'))]]);
  });

  after(async () => { await wb?.close(); });

  it('runs in the web worker extension host and analyses the corpus as the desktop build does, with the stored verdict', async () => {
    const page = wb!.page;
    await page.locator('.statusbar-item', { hasText: /5 sources · 13 claims · 5 conflicts · 1 verdicts/ }).waitFor({ timeout: 240_000 });
    const logs = await page.evaluate(async () => (await (globalThis as unknown as { driver: { getLogs(): Promise<Array<{ relativePath: string; contents: string }>> } })
      .driver.getLogs()));
    const web = logs.find((l) => l.relativePath === 'exthost/webWorker/workerexthost.log');
    assert.ok(web, logs.map((l) => l.relativePath).join(', '));
    assert.match(web.contents, /_doActivateExtension triangulate-tools\.triangulate, startup: false, activationEvent: 'onLanguage:plaintext'/);
  });

  it('Set Verdict writes the store through workspace.fs, merged with the verdict already there', async () => {
    const page = wb!.page;
    // To line 6 (the death-toll sentence), then Set Verdict... > Refuted, from the keyboard.
    await page.keyboard.press('Control+G');
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await page.keyboard.press('F1');
    await page.keyboard.type('Triangulate: Set Verdict');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Set Verdict/ }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Refuted/ }).waitFor({ timeout: 30_000 });
    await page.keyboard.type('Refuted');
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: /· 2 verdicts/ }).waitFor({ timeout: 60_000 });
    let saved: Annotation[] = [];
    for (let i = 0; i < 100 && saved.length < 2; i++) {
      saved = (JSON.parse(fs.readFileSync(store, 'utf8')) as { annotations: Annotation[] }).annotations;
      if (saved.length < 2) { await new Promise((r) => setTimeout(r, 100)); }
    }
    assert.deepEqual(saved.map((a) => [a.verdict, a.target.source, a.target.selector[0].exact.slice(0, 30)]), [
      ['supported', '01-harbour-herald.txt', AID.slice(0, 30)],
      ['refuted', '01-harbour-herald.txt', 'Storm Iris killed 14 people in'],
    ]);
    // a browser has no user account: the author falls back
    assert.equal(saved[1].creator?.name, 'unknown');
  });
});
