// A Windows-1252 article opened in the editor shows its euro signs, not U+FFFD: the extension
// reopens it with the encoding its bytes are in (VS Code guesses UTF-8 by default).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';

describe('encoding repair (real VS Code)', () => {
  it('04-evening-post.txt (Windows-1252) is reopened as windows1252 and reads "€40 million"', async function () {
    this.timeout(60_000);
    const ext = vscode.extensions.getExtension<TriangulateApi>('triangulate-tools.triangulate');
    assert.ok(ext);
    await ext.activate();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '04-evening-post.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const t0 = Date.now();
    let doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    while (Date.now() - t0 < 30_000 && !(doc.encoding === 'windows1252' && doc.getText().includes('€40 million'))) {
      await new Promise((r) => setTimeout(r, 100));
      doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    }
    assert.equal(doc.encoding, 'windows1252');
    assert.ok(doc.getText().includes('the EU pledged €40 million in aid'), doc.getText().slice(0, 400));
    assert.ok(!doc.getText().includes('\uFFFD'));
    assert.ok(doc.getText().includes('Inès Fournier'));
  });
});
