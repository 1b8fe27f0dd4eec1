// Issue 14 in the real editor: the workspace scan reads nothing outside the folder. A link to a
// file outside the workspace folder is skipped with a warning (kept in the analysis warnings and
// written to the Triangulate output channel); a second name for an article inside is analysed once.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { fileUri, ready } from './support/harness';

describe('Hostile folder (editor)', function () {
  this.timeout(300000);
  let api: TriangulateApi;
  let outside: string;
  const links: vscode.Uri[] = [];

  before(async function () {
    if (process.platform === 'win32') { this.skip(); }
    api = await ready();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'Secret notes\n\nThe password is hunter2, said Root Admin.\n');
  });

  after(async () => {
    for (const l of links) { fs.rmSync(l.fsPath, { force: true }); }
    if (outside) { fs.rmSync(outside, { recursive: true, force: true }); }
    if (api) {
      await vscode.commands.executeCommand('triangulate.analyzeWorkspace');
      await api.service.whenIdle();
    }
  });

  it('a link out of the folder is skipped with a warning; a second name inside is analysed once', async () => {
    const passwd = fileUri('zz-passwd.txt');
    const alias = fileUri('zz-alias.txt');
    links.push(passwd, alias);
    fs.symlinkSync(path.join(outside, 'secret.txt'), passwd.fsPath);
    fs.symlinkSync('01-harbour-herald.txt', alias.fsPath);
    await vscode.commands.executeCommand('triangulate.analyzeWorkspace');
    await api.service.whenIdle();
    assert.strictEqual(api.service.document(passwd.toString()), undefined, 'the link out was analysed');
    assert.strictEqual(api.service.document(alias.toString()), undefined, 'the second name was analysed again');
    assert.ok(api.service.document(fileUri('01-harbour-herald.txt').toString()), 'the real file is analysed');
    // the watcher's path (a link created after the scan reports as a new file): still analysed once
    await api.service.reanalyze(alias);
    await api.service.whenIdle();
    assert.strictEqual(api.service.document(alias.toString()), undefined, 'the watcher analysed the second name');
    const real = fs.realpathSync(path.join(outside, 'secret.txt'));
    assert.deepStrictEqual(api.service.warningsList().filter((w) => w.includes('zz-')),
      [`skipped zz-passwd.txt: a link to ${real}, outside the folder (set triangulate.followExternalSymlinks to follow it)`]);
  });
});
