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

/** save() answers false while the web workbench is still writing the last save: try again (as robustness.test.ts). */
async function saveDoc(doc: vscode.TextDocument): Promise<void> {
  for (let attempt = 0; doc.isDirty && attempt < 5; attempt++) {
    if (await doc.save()) { break; }
    await new Promise((r) => setTimeout(r, 400));
  }
  assert.ok(!doc.isDirty, `${doc.fileName} saved`);
}

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
    const contents = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
    // The passage also carries the fixture store's verdict: its hover comes beside the figure's.
    assert.ok(contents.includes('**Verdict: Refuted** — Fixture\n\n'), JSON.stringify(contents));
    const md = contents.find((v) => v.startsWith('**Figure**')) ?? '';
    assert.ok(md.startsWith('**Figure** 2\\.1 million euros\n\nmoney · value **2,100,000** EUR\n'), md);
    assert.ok(md.includes('- $(warning) conflicts · [valley\\-post\\.txt]'), md);
  });

  it('the Claims view lists the conflict', () => {
    const claim = api.service.claims().find((c) => c.conflicting.length && c.doc.endsWith('bay-courier.txt'));
    assert.ok(claim, 'the cost conflict of bay-courier.txt');
    assert.ok(api.claimsTree.nodeFor(claim.id), 'the claim is a node of the tree');
    assert.deepStrictEqual(claim.conflicting.map((p) => path.basename(vscode.Uri.parse(p.doc).fsPath)), ['valley-post.txt']);
  });

  it('a store that git leaves conflicted (another writer) is shown merged and not rewritten, no backup made', async () => {
    const storeFile = api.annotations.storeFiles()[0];
    const ours = fs.readFileSync(storeFile, 'utf8');
    const file = JSON.parse(ours) as { annotations: Array<Record<string, unknown>> };
    const verdict = file.annotations[0];
    // The colleague's side: the same verdict plus a note on the same passage.
    const note = { ...verdict, id: 'urn:uuid:00000000-0000-4000-8000-000000000002', motivation: 'commenting',
      body: { type: 'TextualBody', value: 'Ask the harbour authority for the date.', purpose: 'commenting', format: 'text/plain' },
      creator: { type: 'Person', name: 'Colleague' }, modified: '2026-11-30T11:00:00.000Z' };
    delete (note as { verdict?: string }).verdict;
    const theirs = `${JSON.stringify({ ...file, annotations: [verdict, note] }, null, 2)}\n`;
    const conflicted = `${'<'.repeat(7)} HEAD\n${ours}${'='.repeat(7)}\n${theirs}${'>'.repeat(7)} colleague\n`;
    assert.deepStrictEqual(api.annotations.all().map((a) => a.annotation.id), ['urn:uuid:00000000-0000-4000-8000-000000000001']);
    try {
      fs.writeFileSync(storeFile, conflicted);
      await until('both sides shown', () => api.annotations.all().length === 2, 30000);
      assert.deepStrictEqual(api.annotations.all().map((a) => [a.annotation.id, a.annotation.verdict ?? a.annotation.body.value]), [
        ['urn:uuid:00000000-0000-4000-8000-000000000001', 'refuted'],
        ['urn:uuid:00000000-0000-4000-8000-000000000002', 'Ask the harbour authority for the date.'],
      ]);
      await new Promise((r) => setTimeout(r, 1500)); // past the store's 1 s poll: a second reload would not write either
      await api.annotations.flush();
      assert.strictEqual(fs.readFileSync(storeFile, 'utf8'), conflicted, 'the conflicted store was rewritten in Restricted Mode');
      assert.strictEqual(fs.existsSync(path.join(path.dirname(storeFile), 'backups')), false);
    } finally {
      fs.writeFileSync(storeFile, ours);
      await until('the fixture store back', () => api.annotations.all().length === 1, 30000);
    }
  });

  it('a verdict already in the store is shown, and followed through an edit in memory only', async () => {
    const claim = api.service.claims().find((c) => c.conflicting.length && c.doc.endsWith('bay-courier.txt'))!;
    const uri = vscode.Uri.parse(claim.doc);
    assert.deepStrictEqual([claim.start, claim.end], [86, 226]);
    assert.strictEqual(api.annotations.verdictAt(uri, claim.start, claim.end)?.verdict, 'refuted');
    const storeFile = api.annotations.storeFiles()[0];
    const stored = fs.readFileSync(storeFile, 'utf8');
    // The web workbench auto-saves after a delay by default; this edit must not reach the fixture file.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const doc = await vscode.workspace.openTextDocument(uri);
    const onDisk = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'UPDATED ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until('re-anchored after the edit', () => api.annotations.placed(uri)[0]?.anchor.start === 86 + 'UPDATED '.length);
    // Saving the article is the user's own write (allowed); in a trusted folder it also saves the moved anchors.
    await saveDoc(doc);
    assert.ok(fs.readFileSync(uri.fsPath, 'utf8').startsWith('UPDATED '), 'the article was saved');
    await new Promise((r) => setTimeout(r, 300));
    await api.annotations.flush();
    assert.strictEqual(fs.readFileSync(storeFile, 'utf8'), stored, 'the store was written in Restricted Mode');
    // Put the article back as it was.
    const back = new vscode.WorkspaceEdit();
    back.delete(uri, new vscode.Range(new vscode.Position(0, 0), new vscode.Position(0, 'UPDATED '.length)));
    assert.ok(await vscode.workspace.applyEdit(back));
    await saveDoc(doc);
    await until('article restored on disk', () => fs.readFileSync(uri.fsPath, 'utf8') === onDisk);
    await api.annotations.flush();
    assert.strictEqual(fs.readFileSync(storeFile, 'utf8'), stored);
    await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
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
    assert.strictEqual(await vscode.commands.executeCommand('triangulate.clearVerdict', node), undefined);
    assert.deepStrictEqual(api.trust.refusals.slice(n0),
      [refused('Saving a verdict'), refused('Saving a verdict'), refused('Saving a note'), refused('Clearing a verdict')]);
    await api.annotations.flush();
    assert.deepStrictEqual(api.annotations.all().map((a) => [a.annotation.id, a.annotation.verdict]),
      [['urn:uuid:00000000-0000-4000-8000-000000000001', 'refuted']]);
    assert.strictEqual(fs.existsSync(storeFile) ? fs.readFileSync(storeFile, 'utf8') : undefined, before);
  });

  it('corrections (Not the Same Fact, Treat as Page Chrome, Undo Correction) are refused with a message; nothing is stored', async () => {
    const storeFile = api.annotations.storeFiles()[0];
    const before = fs.existsSync(storeFile) ? fs.readFileSync(storeFile, 'utf8') : undefined;
    const claim = api.service.claims().find((c) => c.conflicting.length && c.doc.endsWith('bay-courier.txt'))!;
    const node = { kind: 'passage', claim, passage: claim.conflicting[0], group: 'conflicting', uri: vscode.Uri.parse(claim.conflicting[0].doc) };
    const n0 = api.trust.refusals.length;
    assert.strictEqual(await vscode.commands.executeCommand('triangulate.notSameFact', node), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('triangulate.treatAsPageChrome', { uri: claim.doc, start: claim.start, end: claim.end }), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('triangulate.undoCorrection', 'urn:uuid:00000000-0000-4000-8000-000000000001'), undefined);
    assert.deepStrictEqual(api.trust.refusals.slice(n0), [refused('Saving a correction'), refused('Saving a correction'), refused('Undoing a correction')]);
    await api.annotations.flush();
    assert.deepStrictEqual(api.service.corrections(), []);
    assert.strictEqual(api.annotations.all().length, 1);
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
