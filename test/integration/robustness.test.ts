// Editor robustness in the real VS Code: a burst of edits in a large article never leaves
// decorations on the wrong text; closing a file mid-analysis leaves no stale state; toggling
// every decoration category off and on disposes and recreates exactly what was there.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import type { DocumentAnalysis, Span } from '../../src/core/model';
import { fileUri, ready, until as waitFor } from './support/harness';

/** The burst and large-file cases take longer under load than the other suites wait. */
const until = <T>(what: string, f: () => T | undefined | false, ms = 60_000): Promise<T> => waitFor(what, f, ms);


/** A scratch article in the workspace folder: the fixtures are never edited (closing a dirty
 *  editor may save it), and the file is deleted when the test ends. */
function scratch(name: string, text: string | Uint8Array): vscode.Uri {
  const uri = fileUri(name);
  fs.writeFileSync(uri.fsPath, text);
  return uri;
}

async function dropScratch(api: TriangulateApi, uri: vscode.Uri): Promise<void> {
  fs.rmSync(uri.fsPath, { force: true });
  await new Promise((r) => setTimeout(r, 500));
  assert.ok(!fs.existsSync(uri.fsPath), 'nothing wrote the scratch file back after it was deleted');
  await until('the service drops the deleted scratch file', () => !api.service.document(uri.toString()));
  await api.service.whenIdle();
}

/** Closes a scratch editor: saved first (a scratch file may take the edits), so no save prompt
 *  can write it back later, after the file was deleted. */
async function saveAndClose(editor: vscode.TextEditor): Promise<void> {
  const doc = editor.document;
  await vscode.window.showTextDocument(doc);
  // save() answers false when there was nothing left to save (the document is already clean)
  // (on a loaded machine the web workbench may refuse a save while it is still writing the last one: try again)
  for (let attempt = 0; doc.isDirty && attempt < 5; attempt++) {
    if (await doc.save()) { break; }
    await new Promise((r) => setTimeout(r, 400));
  }
  assert.ok(!doc.isDirty, 'scratch file saved');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await until('the scratch document clean', () => !doc.isDirty);
}

/** Each applied range sits exactly on a span of that kind in the current analysis. */
function checkApplied(api: TriangulateApi, doc: vscode.TextDocument, a: DocumentAnalysis): number {
  const applied = api.decorations.lastApplied(doc.uri);
  assert.ok(applied, 'nothing applied');
  const text = doc.getText();
  const key = (s: Span) => `${s.start}-${s.end}`;
  const kinds: Array<[keyof typeof applied, Array<Span & { text?: string }>]> = [
    ['quotes', a.quotes], ['figures', a.figures], ['boilerplate', a.boilerplate],
    ['person', a.entities.filter((e) => e.type === 'person')],
    ['organization', a.entities.filter((e) => e.type === 'organization')],
    ['place', a.entities.filter((e) => e.type === 'place')],
  ];
  let n = 0;
  for (const [cat, spans] of kinds) {
    const byKey = new Map(spans.map((s) => [key(s), s]));
    for (const r of applied[cat]) {
      const s = { start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) };
      const span = byKey.get(key(s));
      assert.ok(span, `${cat} decoration ${key(s)} "${text.slice(s.start, s.end)}" is not a ${cat} span of the analysis`);
      if (span.text !== undefined) { assert.strictEqual(doc.getText(r), span.text, `${cat} decoration on the wrong text`); }
      n++;
    }
  }
  for (const r of applied.conflicts) {
    assert.ok(doc.offsetAt(r.end) <= text.length && !r.isEmpty, 'conflict range inside the text');
  }
  return n;
}

describe('Robustness (editor)', function () {
  this.timeout(300000);
  let api: TriangulateApi;
  before(async () => { api = await ready(); });
  // A failed case must not leave its scratch file in the fixture folder for the next run.
  after(() => {
    for (const f of fs.readdirSync(fileUri('.').fsPath)) {
      if (f.startsWith('zz-robustness-')) { fs.rmSync(fileUri(f).fsPath, { force: true }); }
    }
  });

  it('a burst of 100 edits in a large article: the settled decorations sit on the text the analysis saw', async () => {
    // A large article (~100 KB): a fixture's text repeated, in a scratch file.
    const original = fs.readFileSync(fileUri('03-daily-lantern.txt').fsPath, 'utf8');
    const uri = scratch('zz-robustness-large.txt', original + ('\n\n' + original).repeat(Math.ceil(100_000 / (original.length + 2))));
    await api.service.whenIdle();
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    assert.ok(doc.getText().length >= 100_000, `large article: ${doc.getText().length} characters`);
    let seed = 42;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 8) % n; };
    const snippets = ['"', ' 17 ', 'said ', '“The', 'mayor”', '$3', '\n', 'Iris ', '%', 'x'];
    for (let i = 0; i < 100; i++) {
      const len = doc.getText().length;
      const at = doc.positionAt(rand(len));
      if (i % 3 === 2) {
        const end = doc.positionAt(Math.min(len, doc.offsetAt(at) + 1 + rand(6)));
        assert.ok(await editor.edit((e) => e.delete(new vscode.Range(at, end)), { undoStopBefore: false, undoStopAfter: false }), `edit ${i}`);
      } else {
        assert.ok(await editor.edit((e) => e.insert(at, snippets[rand(snippets.length)]), { undoStopBefore: false, undoStopAfter: false }), `edit ${i}`);
      }
    }
    const version = doc.version;
    await api.service.whenIdle();
    const id = doc.uri.toString();
    const analysis = await until('analysis of the final text', () => {
      const a = api.service.document(id);
      return a && a.version === version && a;
    });
    assert.strictEqual(analysis.length, doc.getText().length);
    await until('decorations of the final version', () => {
      const applied = api.decorations.lastApplied(doc.uri);
      return applied && applied.quotes.length + applied.figures.length > 0;
    });
    const n = checkApplied(api, doc, analysis);
    assert.ok(n > 100, `only ${n} decorations checked`);
    console.log(`      ${n} decorations checked after 100 edits on ${doc.getText().length} characters`);
    await saveAndClose(editor);
    await dropScratch(api, uri);
  });

  it('closing an edited file mid-analysis: the service ends with the analysis of the file on disk', async () => {
    const uri = scratch('zz-robustness-close.txt', fs.readFileSync(fileUri('04-evening-post.txt').fsPath));
    await api.service.whenIdle();
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Breaking: "we were not warned," a resident said.\n\n'));
    // Save and close while the debounced analysis is pending or running.
    await saveAndClose(editor);
    await api.service.whenIdle();
    const disk = (await vscode.workspace.openTextDocument(uri)).getText();
    // The service's state is the analysis of exactly the text on disk.
    const a = await until('analysis of the text on disk', () => {
      const d = api.service.document(uri.toString());
      return d && d.length === disk.length && d;
    });
    for (const q of [...a.quotes, ...a.figures, ...a.entities]) { assert.strictEqual(disk.slice(q.start, q.end), q.text); }
    await dropScratch(api, uri);
  });

  it('a file outside the workspace, edited and closed, is never analysed and leaves no state', async () => {
    const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-outside-')), 'outside.txt');
    fs.writeFileSync(p, 'Outside story\n\nThe mayor said "this is not in the workspace" on Monday.\n');
    const before = api.service.documents().length;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(p));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    for (let i = 0; i < 10; i++) { await editor.edit((e) => e.insert(new vscode.Position(2, 0), `${i} `)); }
    await saveAndClose(editor);
    await api.service.whenIdle();
    assert.strictEqual(api.service.documents().length, before);
    assert.ok(!api.service.documents().some((d) => d.id.includes('outside.txt')));
    fs.rmSync(path.dirname(p), { recursive: true, force: true });
  });

  it('toggling quotes, figures and entities off clears them; on again restores exactly the same ranges', async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri('01-harbour-herald.txt'));
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.service.whenIdle();
    const before = await until('decorations of 01', () => {
      const a = api.decorations.lastApplied(doc.uri);
      return a && a.quotes.length > 0 && a.figures.length > 0 && a;
    });
    const snapshot = JSON.stringify(before);
    for (const cmd of ['triangulate.toggleQuotes', 'triangulate.toggleFigures', 'triangulate.toggleEntities']) {
      await vscode.commands.executeCommand(cmd);
    }
    await until('all three categories off', () => {
      const a = api.decorations.lastApplied(doc.uri);
      return a && a.quotes.length + a.figures.length + a.person.length + a.organization.length + a.place.length + a.conflicts.length === 0;
    });
    for (const cmd of ['triangulate.toggleQuotes', 'triangulate.toggleFigures', 'triangulate.toggleEntities']) {
      await vscode.commands.executeCommand(cmd);
    }
    await until('the same decorations back', () => JSON.stringify(api.decorations.lastApplied(doc.uri)) === snapshot);
  });
});
