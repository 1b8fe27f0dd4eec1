// Smoke suite: proves the tests run inside a real VS Code extension host and that the
// extension's manifest contributions are live there.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'triangulate-tools.triangulate';

interface ManifestCommand {
  command: string;
}

describe('Triangulate activation (inside a real VS Code extension host)', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} is not installed in this host`);
    extension = found;
    await extension.activate();
  });

  it('runs inside VS Code (prints the host identity)', () => {
    const node = typeof process !== 'undefined' && process.versions?.node ? process.version : 'none';
    console.log(`vscode.version=${vscode.version} appName=${vscode.env.appName} uiKind=${vscode.env.uiKind} ` +
      `remoteName=${vscode.env.remoteName ?? 'local'} node=${node} extensionPath=${extension.extensionPath}`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  it('activates the extension', () => {
    assert.strictEqual(extension.isActive, true);
  });

  it('registers every command declared in package.json', async () => {
    const declared = ((extension.packageJSON as { contributes?: { commands?: ManifestCommand[] } })
      .contributes?.commands ?? []).map((c) => c.command);
    assert.ok(declared.length > 0, 'package.json declares no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c));
    assert.ok(missing.length === 0, `${missing.length} of ${declared.length} declared commands not registered: ${missing.join(', ')}`);
  });

  it('resolves the manifest strings from package.nls.json (no %key% left)', () => {
    const cmds = (extension.packageJSON as { contributes: { commands: Array<{ command: string; title: string; category?: string }> } }).contributes.commands;
    assert.deepStrictEqual(cmds.filter((c) => /^%.+%$/.test(c.title) || /^%.+%$/.test(c.category ?? '')).map((c) => c.command), []);
    assert.strictEqual(cmds.find((c) => c.command === 'triangulate.analyzeWorkspace')?.title, 'Analyze Workspace');
  });

  it('has the Claims view (triangulate.claims)', async () => {
    // `<viewId>.focus` exists only when the view is contributed; it opens the container.
    await vscode.commands.executeCommand('triangulate.claims.focus');
  });

  it('fails on purpose when TRIANGULATE_DELIBERATE_FAIL=1 (proves failures reach the exit code)', () => {
    if (process.env.TRIANGULATE_DELIBERATE_FAIL === '1') {
      assert.fail('deliberate failure requested by TRIANGULATE_DELIBERATE_FAIL=1');
    }
  });
});
