// Files created, changed on disk, renamed and deleted while the workspace is open.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { until } from './support/harness';

describe('File events', function () {
  this.timeout(90000);

  it('a created file is analysed, a change on disk re-analysed, a rename followed, a deletion dropped', async () => {
    const api = await vscode.extensions.getExtension<TriangulateApi>('triangulate-tools.triangulate')!.activate();
    if (!api.service.hasAnalysis) { await vscode.commands.executeCommand('triangulate.analyzeWorkspace'); }
    await api.service.whenIdle();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const a = vscode.Uri.joinPath(folder, `zz-created-${process.pid}.txt`);
    const b = vscode.Uri.joinPath(folder, `zz-renamed-${process.pid}.txt`);
    const write = (u: vscode.Uri, s: string) => vscode.workspace.fs.writeFile(u, new TextEncoder().encode(s));
    const figures = (u: vscode.Uri) => api.service.document(u.toString())?.figures.map((f) => f.text);
    try {
      await write(a, 'Storm Iris killed 14 people in Port Calder, officials said.\n');
      assert.deepStrictEqual(await until('the created file', () => figures(a)), ['14 people']);
      await write(a, 'Storm Iris killed 15 people in Port Calder, officials said.\n');
      await until('the change on disk', () => figures(a)?.[0] === '15 people');
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(a, b);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until('the rename', () => figures(b)?.[0] === '15 people' && !api.service.document(a.toString()));
      await vscode.workspace.fs.delete(b);
      await until('the deletion', () => !api.service.document(b.toString()));
    } finally {
      for (const u of [a, b]) { await vscode.workspace.fs.delete(u).then(undefined, () => undefined); }
    }
  });
});
