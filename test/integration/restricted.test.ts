// Restricted Mode (run by `npm run test:integration:restricted` on test/fixtures/untrusted: workspace trust on,
// the folder not trusted; skipped in the other runs). The read-only analysis works: decorations, hovers, the Claims view.
// Writes are refused with a message: verdicts and notes are not stored, reports are not exported.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { openFile, ready, until } from './support/harness';

const refused = (action: string) => `Triangulate: ${action} is not available in Restricted Mode. `
  + 'Trust this workspace to save verdicts, notes and exports; the analysis itself works without it.';

describe('Restricted Mode (an untrusted folder)', function () {
  this.timeout(120000);
  let api: TriangulateApi;

  before(async function () {
    if (process.env.TRIANGULATE_TEST_UNTRUSTED !== '1') { this.skip(); }
    api = await ready();
    await api.annotations.whenReady();
  });

  it('the folder really is untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.strictEqual(api.trust.trusted, false);
  });

  it('a restricted setting of the folder is ignored: its annotations.file does not move the store', () => {
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    assert.strictEqual(vscode.workspace.getConfiguration('triangulate').get('annotations.file'), '.triangulate/annotations.json');
    assert.deepStrictEqual(api.annotations.storeFiles(), [path.join(folder, '.triangulate', 'annotations.json')]);
  });

  it('decorations and hovers work', async () => {
    const editor = await openFile('bay-courier.txt');
    const applied = await until('decorations of bay-courier.txt', () => api.decorations.lastApplied(editor.document.uri));
    const d = editor.document;
    const texts = (rs: readonly vscode.Range[]) => rs.map((r) => d.getText(r));
    assert.deepStrictEqual(texts(applied.quotes), ['"The lamp will be lit again before the summer season,"']);
    assert.deepStrictEqual(texts(applied.figures), ['two-year', 'May 4, 2026', '1874', '2024']);
    assert.deepStrictEqual(texts(applied.conflicts), ['2.1 million euros']);
    assert.strictEqual(api.analysedFile.analysed, true);
    const offset = d.getText().indexOf('2.1 million euros');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', d.uri, d.positionAt(offset + 1));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.ok(md.startsWith('**Figure** 2\\.1 million euros\n\nmoney · value **2,100,000** EUR\n'), md);
    assert.ok(md.includes('- $(warning) conflicts · [valley\\-post\\.txt]'), md);
  });

  it('the Claims view lists the conflict', () => {
    const claim = api.service.claims().find((c) => c.conflicting.length && c.doc.endsWith('bay-courier.txt'));
    assert.ok(claim, 'the cost conflict of bay-courier.txt');
    assert.ok(api.claimsTree.nodeFor(claim.id), 'the claim is a node of the tree');
    assert.deepStrictEqual(claim.conflicting.map((p) => path.basename(vscode.Uri.parse(p.doc).fsPath)), ['valley-post.txt']);
  });

  it('Mark Refuted, Set Verdict and Add Note are refused with a message; nothing is stored', async () => {
    const storeFile = api.annotations.storeFiles()[0];
    assert.strictEqual(path.basename(storeFile), 'annotations.json');
    const before = fs.existsSync(storeFile) ? fs.readFileSync(storeFile, 'utf8') : undefined;
    const claim = api.service.claims().find((c) => c.conflicting.length && c.doc.endsWith('bay-courier.txt'))!;
    const node = { kind: 'claim', claim, uri: vscode.Uri.parse(claim.doc) };
    const n0 = api.trust.refusals.length;
    assert.strictEqual(await vscode.commands.executeCommand('triangulate.markRefuted', node), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('triangulate.setVerdict', node, 'supported'), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('triangulate.addNote', node, 'should not be stored'), undefined);
    assert.deepStrictEqual(api.trust.refusals.slice(n0), [refused('Saving a verdict'), refused('Saving a verdict'), refused('Saving a note')]);
    await api.annotations.flush();
    assert.deepStrictEqual(api.annotations.all(), []);
    assert.strictEqual(fs.existsSync(storeFile) ? fs.readFileSync(storeFile, 'utf8') : undefined, before);
  });

  it('Export Report is refused with a message; no file is written', async () => {
    const target = path.join(os.tmpdir(), `triangulate-restricted-${process.pid}.json`);
    const n0 = api.trust.refusals.length;
    const result = await vscode.commands.executeCommand('triangulate.exportReport', { format: 'json', uri: vscode.Uri.file(target) });
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(api.trust.refusals.slice(n0), [refused('Exporting a report')]);
    assert.strictEqual(fs.existsSync(target), false);
  });
});
