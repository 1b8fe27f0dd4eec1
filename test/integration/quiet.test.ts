// A quiet extension in ordinary folders (run by `npm run test:integration:quiet` on
// test/fixtures/quiet.code-workspace; skipped in the other runs): a code repository is never offered nor
// analysed, a folder of plain .txt articles is offered once, and each root's own include globs are honoured.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { EXTENSION_ID, until } from './support/harness';

function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((x) => x.name === name);
  assert.ok(f, `workspace folder ${name} not open`);
  return f;
}

/** The analysed documents as workspace-relative paths ("<folder>/<path>"), sorted. */
function analysed(api: TriangulateApi): string[] {
  return api.service.documents().map((d) => vscode.workspace.asRelativePath(vscode.Uri.parse(d.id), true)).sort();
}

describe('Quiet manifest: code repositories, folders of articles, per-folder settings', function () {
  this.timeout(120000);
  let api: TriangulateApi;

  before(async function () {
    if (!vscode.workspace.workspaceFile?.path.endsWith('/quiet.code-workspace')) { this.skip(); }
    const ext = vscode.extensions.getExtension<TriangulateApi>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.consent.whenReviewed();
    // The first analysis starts once the review is done; wait until it ran.
    await until('first analysis', () => api.service.timings.lastFullAnalysisFiles !== undefined);
    await api.service.whenIdle();
  });

  it('each root keeps its own include globs (resource scope): only the files they match are analysed', () => {
    // per-folder-a includes **/*.txt (not extra.md); per-folder-b only picked/*.txt (not b2.txt);
    // the articles folder is not analysed before its offer is answered, the code repository never.
    assert.deepStrictEqual(analysed(api), ['per-folder-a/a1.txt', 'per-folder-a/a2.txt', 'per-folder-b/picked/b1.txt']);
  });

  it('a code repository (sources, package.json, README.md, a notes.txt) is neither offered nor analysed, even with its files open', async () => {
    const repo = folder('code-repo');
    assert.deepStrictEqual(api.consent.offers.filter((o) => o.folder === repo.uri.toString()), []);
    // The web workbench auto-saves after a delay by default; these edits must never reach the fixture files.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    for (const name of ['README.md', 'notes.txt', 'CHANGELOG.md']) {
      const uri = vscode.Uri.joinPath(repo.uri, name);
      const onDisk = fs.readFileSync(uri.fsPath, 'utf8');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      // An edit (never saved): what would schedule a re-analysis of an article.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), 'x');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await new Promise((r) => setTimeout(r, 600)); // past the 300 ms edit debounce
      await api.service.whenIdle();
      assert.strictEqual(api.service.document(uri.toString()), undefined, `${name} was analysed`);
      assert.strictEqual(api.decorations.lastApplied(uri), undefined, `${name} was decorated`);
      assert.strictEqual(api.analysedFile.analysed, false, `${name} counts as analysed`);
      await vscode.commands.executeCommand('workbench.action.files.revert', uri);
      await until(`${name} reverted`, () => !doc.isDirty && doc.getText() === onDisk);
      assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), onDisk, `${name} changed on disk`);
    }
    assert.deepStrictEqual(analysed(api).filter((p) => p.startsWith('code-repo/')), []);
    await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  it('a folder of .txt articles is offered exactly once; Yes analyses it and is remembered for the folder', async () => {
    const articles = folder('articles');
    const offer = { folder: articles.uri.toString(), message: 'Analyse the articles in the folder articles with Triangulate?' };
    const declined = { folder: folder('declined').uri.toString(), message: 'Analyse the articles in the folder declined with Triangulate?' };
    assert.deepStrictEqual(api.consent.offers, [offer, declined]);
    // What would ask again if the answer were not tracked: another review, a settings change, an opened article.
    await api.consent.review();
    await vscode.workspace.getConfiguration('triangulate').update('files.plainText', 'ask', vscode.ConfigurationTarget.Global);
    await vscode.window.showTextDocument(vscode.Uri.joinPath(articles.uri, 'bay-courier.txt'));
    await api.consent.whenReviewed();
    assert.deepStrictEqual(api.consent.offers, [offer, declined]);
    assert.strictEqual(api.consent.rememberedFor(articles.uri), undefined);

    assert.strictEqual(api.consent.respond(articles.uri, 'yes'), true, 'the offer was still open');
    await until('articles analysed', () => analysed(api).includes('articles/valley-post.txt'));
    await api.service.whenIdle();
    assert.deepStrictEqual(analysed(api), [
      'articles/bay-courier.txt', 'articles/shore-gazette.txt', 'articles/valley-post.txt',
      'per-folder-a/a1.txt', 'per-folder-a/a2.txt', 'per-folder-b/picked/b1.txt',
    ]);
    assert.strictEqual(api.consent.rememberedFor(articles.uri), 'yes');
    assert.strictEqual(api.consent.rememberedFor(folder('code-repo').uri), undefined);
    await api.consent.review();
    assert.deepStrictEqual(api.consent.offers, [offer, declined], 'answered: never offered again');
    await vscode.workspace.getConfiguration('triangulate').update('files.plainText', undefined, vscode.ConfigurationTarget.Global);
  });

  it('"Not in this folder" analyses nothing there and is remembered; the folder is not offered again', async () => {
    const declined = folder('declined');
    const before = analysed(api);
    assert.strictEqual(api.consent.respond(declined.uri, 'no'), true, 'the offer was still open');
    await until('answer remembered', () => api.consent.rememberedFor(declined.uri) === 'no');
    await api.consent.whenReviewed();
    await api.service.whenIdle();
    assert.deepStrictEqual(analysed(api), before);
    await vscode.window.showTextDocument(vscode.Uri.joinPath(declined.uri, 'north-wire.txt'));
    await api.consent.review();
    await api.service.whenIdle();
    assert.strictEqual(api.service.document(vscode.Uri.joinPath(declined.uri, 'north-wire.txt').toString()), undefined);
    assert.strictEqual(api.consent.offers.filter((o) => o.folder === declined.uri.toString()).length, 1);
  });

  it('the explicit Analyze Workspace command is consent for every folder, the code repository included', async () => {
    await vscode.commands.executeCommand('triangulate.analyzeWorkspace');
    await api.service.whenIdle();
    // Include globs still apply: README/CHANGELOG.md and notes.txt match the default include.
    assert.deepStrictEqual(analysed(api).filter((p) => p.startsWith('code-repo/')),
      ['code-repo/CHANGELOG.md', 'code-repo/README.md', 'code-repo/notes.txt']);
    assert.strictEqual(api.consent.rememberedFor(folder('code-repo').uri), 'yes');
  });
});
