// `npm run demo` on the offline route (scripts/demo.mjs --web) is quiet: it starts code-server, prints its
// banner and nothing else while a browser loads the workbench, the extension analyses the sample corpus
// and the Extensions view opens (what would query a gallery); the browser asks no host but the demo's,
// and the product configuration the workbench receives has no gallery. --help documents --host/--port.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CHROMIUM, withChromium } from './support/chromium';

const PROJECT = path.resolve(__dirname, '../..');
const DEMO = path.join(PROJECT, 'scripts/demo.mjs');
const CACHE = path.resolve(process.env.TRIANGULATE_VSCODE_CACHE || path.join(PROJECT, '.vscode-test'));
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');

describe('npm run demo', () => {
  it('--help documents the folder, --web, --host and --port', () => {
    const r = spawnSync(process.execPath, [DEMO, '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: npm run demo -- \[folder\] \[options\]\n/);
    for (const flag of ['--web', '--host ADDR', '--port N', '-h, --help']) { assert.ok(r.stdout.includes(`  ${flag} `), flag); }
    const bad = spawnSync(process.execPath, [DEMO, '--port', 'eighty'], { encoding: 'utf8' });
    assert.deepEqual([bad.status, bad.stderr], [2, 'demo: invalid --port: eighty\n']);
  });

  it('the offline route makes no gallery call and prints nothing but its banner @slow', async function () {
    if (!CHROMIUM || !fs.existsSync(CODE_SERVER)) { this.skip(); }
    this.timeout(300_000);
    if (!fs.existsSync(path.join(PROJECT, 'dist/extension.js'))) { spawnSync(process.execPath, ['esbuild.mjs'], { cwd: PROJECT }); }
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
    });
    const demo = spawn(process.execPath, [DEMO, '--web', '--host', '127.0.0.1', '--port', String(port)],
      { cwd: PROJECT, env: { ...process.env, TRIANGULATE_VSCODE_CACHE: CACHE }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    demo.stdout.on('data', (d) => { out += d; });
    demo.stderr.on('data', (d) => { err += d; });
    const exited = new Promise<number | null>((resolve) => demo.on('exit', resolve));
    // what the demo printed while it was used (a socket reset when the test kills the browser is teardown)
    let errInUse = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const look = () => { const m = /\n {2}(http:\/\/127\.0\.0\.1:\d+\/\?\S+)\n/.exec(out); if (m) { resolve(m[1]); } };
        demo.stdout.on('data', look);
        void exited.then((c) => reject(new Error(`demo exited (${c}): ${out}${err}`)));
      });
      assert.ok(url.startsWith(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.join(PROJECT, 'samples/storm-iris'))}&payload=`));
      const offHost: string[] = [];
      const gallery = await withChromium(async (browser) => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
        page.on('request', (r) => {
          const u = r.url();
          if (!/^(blob|data):/.test(u) && new URL(u).host !== `127.0.0.1:${port}`) { offHost.push(u); }
        });
        await page.goto(url);
        // The extension analysed the corpus (its status bar item) ...
        await page.locator('.statusbar-item', { hasText: /5 sources · \d+ claims/ }).waitFor({ timeout: 180_000 });
        // ... and the Extensions view, which searches the gallery when there is one, is open.
        await page.keyboard.press('Control+Shift+X');
        await page.locator('.extensions-viewlet').waitFor({ state: 'visible', timeout: 60_000 });
        const settings = await page.locator('#vscode-workbench-web-configuration').getAttribute('data-settings');
        errInUse = err;
        return (JSON.parse(settings!) as { productConfiguration?: { extensionsGallery?: Record<string, unknown> } }).productConfiguration?.extensionsGallery;
      });
      assert.deepEqual(gallery, {}, 'the workbench gets a gallery without a service URL');
      assert.deepEqual(offHost, []);
      assert.deepEqual(errInUse, '', 'nothing on stderr: no ENOTFOUND, no vsda 404, no MaxListeners warning');
    } finally {
      demo.kill('SIGTERM');
      await exited;
    }
    // after the browser is gone, only a reset of its sockets may follow
    assert.deepEqual(err.slice(errInUse.length).split('\n').filter((l) => l && !/ECONNRESET|^\s+at |^\s*(?:errno|code|syscall)\b|^\}$/.test(l)), [], err);
    assert.equal(out.replace(/http:\S+/, '<url>'), `\nTriangulate is running in VS Code (code-server, offline) on ${path.join(PROJECT, 'samples/storm-iris')}\n\n` +
      '  Open this address in a browser on this machine:\n\n  <url>\n\nThen click the Triangulate icon in the activity bar. Ctrl+C stops the server.\n\n');
  });
});
