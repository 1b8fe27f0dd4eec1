// Verdicts and notes in the real VS Code, on the fixture workspace: they survive a reload of the service,
// follow edits above, inside and a revert, turn into orphans (never dropped), survive a corrupted store.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../src/core/annotations/annotation';
import { shortClaim } from '../../src/core/export/claimReview';
import type { Claim } from '../../src/core/model';
import type { TriangulateApi } from '../../src/extension';
import { AnnotationService } from '../../src/vscode/annotations/annotationService';
import { EXTENSION_ID, until } from './support/harness';


describe('Annotations: verdicts and notes (real VS Code)', function () {
  this.timeout(90_000);
  before(function () { if ((vscode.workspace.workspaceFolders?.length ?? 0) !== 1) { this.skip(); } });
  let api: TriangulateApi;
  let claim: Claim;
  let uri: vscode.Uri;
  let storeFile: string;
  let dir: string;
  let original: string;

  before(async () => {
    const ext = vscode.extensions.getExtension<TriangulateApi>(EXTENSION_ID)!;
    api = await ext.activate();
    if (!api.service.hasAnalysis) { await vscode.commands.executeCommand('triangulate.analyzeWorkspace'); }
    await api.service.whenIdle();
    // A store of this run's own (user setting of this test host), so no other VS Code window that has the
    // fixture folder open shares the file, and the default store is left alone.
    const relative = `.triangulate/annotations-it-${process.pid}.json`;
    await vscode.workspace.getConfiguration('triangulate').update('annotations.file', relative, vscode.ConfigurationTarget.Global);
    await until('store setting applied', () => api.annotations.storeFiles()[0]?.endsWith(relative));
    await api.annotations.whenReady();
    storeFile = api.annotations.storeFiles()[0];
    dir = path.dirname(storeFile);
    claim = api.service.claims().find((c) => c.conflicting.length && c.doc.endsWith('01-harbour-herald.txt')
      && c.text.startsWith('Storm Iris killed'))!;
    assert.ok(claim, 'the death-toll claim of 01-harbour-herald.txt has a conflict');
    uri = vscode.Uri.parse(claim.doc);
    original = fs.readFileSync(uri.fsPath, 'utf8');
  });

  after(async () => {
    if (!api) { return; } // skipped (multi-root run)
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const { annotation } of api.annotations.all()) { await api.annotations.remove(annotation.id); }
    await api.annotations.flush();
    await vscode.workspace.getConfiguration('triangulate').update('annotations.file', undefined, vscode.ConfigurationTarget.Global);
    await new Promise((r) => setTimeout(r, 300));
    for (const d of [dir, path.join(dir, 'backups')]) {
      for (const f of fs.existsSync(d) ? fs.readdirSync(d) : []) {
        if (f.includes(`annotations-it-${process.pid}`)) { fs.rmSync(path.join(d, f), { recursive: true }); }
      }
    }
    const backups = path.join(dir, 'backups');
    if (fs.existsSync(backups) && fs.readdirSync(backups).every((f) => f === '.gitignore')) { fs.rmSync(backups, { recursive: true }); }
    if (fs.existsSync(dir) && !fs.readdirSync(dir).length) { fs.rmdirSync(dir); }
  });

  it('Mark Refuted and Add Note from the tree node; stored as W3C annotations; survive a reload', async () => {
    const node = { kind: 'claim', claim, uri };
    await vscode.commands.executeCommand('triangulate.markRefuted', node);
    await vscode.commands.executeCommand('triangulate.addNote', node, 'Harbour Herald says 14; check the CSB bulletin.');
    assert.deepEqual(api.annotations.verdictAt(uri, claim.start, claim.end),
      { verdict: 'refuted', label: 'Refuted', note: 'Harbour Herald says 14; check the CSB bulletin.' });
    const item = api.claimsTree.getTreeItem(api.claimsTree.nodeFor(claim.id)!);
    assert.match(String(item.description), /Refuted/);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'error');
    assert.match(api.statusBar.text, /1 verdicts/);
    const doc = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(claim.start + 3));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /\*\*Verdict: Refuted\*\*/);
    assert.match(hoverText, /\*\*Note\*\*.*Harbour Herald says 14; check the CSB bulletin\\?\./);

    const onDisk = parseAnnotationFile(fs.readFileSync(storeFile, 'utf8'));
    assert.deepStrictEqual(onDisk.annotations.map((a) => [a.motivation, a.target.source, a.target.selector[0].exact]),
      [['assessing', '01-harbour-herald.txt', claim.text], ['commenting', '01-harbour-herald.txt', claim.text]]);

    // A window reload builds the service anew from the file; do exactly that, beside the live one.
    const reloaded = new AnnotationService({ quiet: true });
    try {
      await reloaded.whenReady();
      assert.deepEqual(reloaded.verdictAt(uri, claim.start, claim.end),
        { verdict: 'refuted', label: 'Refuted', note: 'Harbour Herald says 14; check the CSB bulletin.' });
      assert.deepStrictEqual(reloaded.notesAt(uri, claim.start, claim.end).map((n) => n.body.value),
        ['Harbour Herald says 14; check the CSB bulletin.']);
    } finally {
      reloaded.dispose();
    }
  });

  it('an edit above moves it, an edit inside keeps it placed, deleting orphans it, revert restores it', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const placedText = () => {
      const p = api.annotations.placed(uri).find((x) => x.annotation.verdict);
      return p && doc.getText().slice(p.anchor.start, p.anchor.end);
    };
    const added = 'UPDATE: toll confirmed by the CSB.\n\n';
    let edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), added);
    await vscode.workspace.applyEdit(edit);
    await until('shifted placement', () => {
      const p = api.annotations.placed(uri).find((x) => x.annotation.verdict);
      return p?.anchor.start === claim.start + added.length;
    });
    assert.strictEqual(placedText(), claim.text);
    assert.strictEqual(api.annotations.verdictAt(uri, claim.start + added.length, claim.end + added.length)?.verdict, 'refuted');

    // Inside: change one word of the claim.
    const wordAt = doc.getText().indexOf('killed', claim.start + added.length);
    edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(wordAt), doc.positionAt(wordAt + 'killed'.length)), 'left');
    await vscode.workspace.applyEdit(edit);
    await new Promise((r) => setTimeout(r, 700));
    assert.strictEqual(placedText(), claim.text.replace('killed', 'left'));

    // Delete the whole sentence: orphaned, listed in the tree's Orphaned group with its text.
    const s = doc.getText().indexOf(claim.text.replace('killed', 'left'));
    edit = new vscode.WorkspaceEdit();
    edit.delete(uri, new vscode.Range(doc.positionAt(s), doc.positionAt(s + claim.text.length + 2)));
    await vscode.workspace.applyEdit(edit);
    await until('orphans', () => api.annotations.orphans().length === 2);
    const roots = api.claimsTree.getChildren();
    const group = roots.find((n) => n.kind === 'orphans');
    assert.ok(group, 'Orphaned group in the tree');
    const orphans = api.claimsTree.getChildren(group);
    assert.strictEqual(orphans.length, 2);
    assert.match(String(api.claimsTree.getTreeItem(orphans[0]).label), /Storm Iris killed 14 people/);

    // Revert to the file on disk: placed again exactly where it was.
    // (workbench.action.files.revert needs a focused window, which a headless test host does not have; a
    // revert or a git checkout reaches the extension as exactly this: one change replacing the whole text.)
    edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
    await until('document reverted', () => doc.getText() === original && !doc.isDirty);
    await until('placed again after revert', () => api.annotations.orphans().length === 0 && placedText() === claim.text);
    const p = api.annotations.placed(uri).find((x) => x.annotation.verdict)!;
    assert.deepStrictEqual([p.anchor.start, p.anchor.end], [claim.start, claim.end]);
    assert.strictEqual(doc.getText(), original);
  });

  it('a store corrupted on disk is backed up and reported; annotations are kept and new ones save', async () => {
    const before = api.annotations.all().length;
    // Let the previous test's article save settle first: its onDidSave (late when a save participant times
    // out) re-saves the store, and a write landing in the same instant as ours would simply be replaced by
    // our atomic rename. That race is inherent to rename-based saves; this test is about corruption.
    await new Promise((r) => setTimeout(r, 2500));
    await api.annotations.flush();
    fs.writeFileSync(storeFile, '{"version":1,"annotations":[\n<<<<<<< HEAD\n');
    // Backups go to .triangulate/backups/, which git-ignores itself (a .gitignore of '*' inside it).
    const backups = path.join(dir, 'backups');
    const backup = await until('backup', () => fs.existsSync(backups)
      && fs.readdirSync(backups).find((f) => f.startsWith(`${path.basename(storeFile)}.corrupt-`)));
    assert.strictEqual(fs.readFileSync(path.join(backups, backup), 'utf8'), '{"version":1,"annotations":[\n<<<<<<< HEAD\n');
    assert.match(fs.readFileSync(path.join(backups, '.gitignore'), 'utf8'), /^\*$/m);
    await until('problem reported', () => api.annotations.problems().some((m) => m.includes('could not be read') && m.includes(backup)));
    await until('store rewritten', () => {
      try { return parseAnnotationFile(fs.readFileSync(storeFile, 'utf8')).annotations.length === before; } catch { return false; }
    });
    await vscode.commands.executeCommand('triangulate.addNote', { uri: uri.toString(), start: claim.start, end: claim.start + 10 }, 'after corruption');
    const saved = parseAnnotationFile(fs.readFileSync(storeFile, 'utf8')).annotations;
    assert.strictEqual(saved.length, before + 1);
    assert.strictEqual(saved[saved.length - 1].body.value, 'after corruption');
  });

  it('an annotations.file setting that leaves the folder is refused with a message; the default is used', async () => {
    const config = vscode.workspace.getConfiguration('triangulate');
    const own = config.get<string>('annotations.file');
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    try {
      await config.update('annotations.file', '../escape.json', vscode.ConfigurationTarget.Global);
      await until('default store used', () => api.annotations.storeFiles()[0] === path.join(folder, '.triangulate', 'annotations.json'));
      await until('refusal reported', () => api.annotations.problems().some((m) => m.includes('("../escape.json") must name a file inside the workspace folder')));
      assert.strictEqual(fs.existsSync(path.join(folder, '..', 'escape.json')), false);
    } finally {
      await config.update('annotations.file', own, vscode.ConfigurationTarget.Global);
      await until('own store back', () => api.annotations.storeFiles()[0] === storeFile);
      await api.annotations.whenReady();
    }
  });

  it('a renamed file keeps its annotations (workspace.onDidRenameFiles)', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const from = vscode.Uri.joinPath(folder, `zz-anno-${process.pid}.txt`);
    const to = vscode.Uri.joinPath(folder, `zz-anno-${process.pid}-renamed.txt`);
    const text = 'A test article.\n\nThe harbour wall was rebuilt in 2027 after the storm, officials said.\n';
    fs.writeFileSync(from.fsPath, text);
    try {
      const start = text.indexOf('The harbour wall');
      const end = text.indexOf('said.') + 5;
      await api.annotations.addNote(from, { start, end }, 'renamed file note');
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(from, to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until('note follows the rename', () => api.annotations.notesAt(to, start, end).length === 1);
      const stored = parseAnnotationFile(fs.readFileSync(storeFile, 'utf8')).annotations.find((a) => a.body.value === 'renamed file note');
      assert.strictEqual(stored?.target.source, path.basename(to.fsPath));
      assert.strictEqual(api.annotations.orphans().length, 0);
      await api.annotations.remove(stored!.id);
    } finally {
      fs.rmSync(from.fsPath, { force: true });
      fs.rmSync(to.fsPath, { force: true });
    }
  });

  it('Export Report offers ClaimReview and Web Annotation JSON-LD with the verdict', async () => {
    const out = vscode.Uri.file(path.join(dir, `annotations-it-${process.pid}-review.jsonld`));
    await vscode.commands.executeCommand('triangulate.exportReport', { format: 'claimreview', uri: out });
    const graph = JSON.parse(fs.readFileSync(out.fsPath, 'utf8'))['@graph'];
    assert.deepStrictEqual(graph.map((g: { reviewRating: { alternateName: string } }) => g.reviewRating.alternateName), ['Refuted']);
    // Google's summary is at most 75 characters; the whole passage is the Claim's text
    assert.strictEqual(graph[0].claimReviewed, shortClaim(claim.text));
    assert.strictEqual(graph[0].itemReviewed.text, claim.text.replace(/\s+/g, ' ').trim());
    assert.doesNotMatch(fs.readFileSync(out.fsPath, 'utf8'), /file:/);
    const wa = vscode.Uri.file(path.join(dir, `annotations-it-${process.pid}-wa.jsonld`));
    await vscode.commands.executeCommand('triangulate.exportReport', { format: 'webannotation', uri: wa });
    assert.strictEqual(JSON.parse(fs.readFileSync(wa.fsPath, 'utf8')).total, 3);
  });

  it('Export Report: the JSON and Markdown reports carry the verdict, as the CLI\'s do', async () => {
    const json = vscode.Uri.file(path.join(dir, `annotations-it-${process.pid}-report.json`));
    await vscode.commands.executeCommand('triangulate.exportReport', { format: 'json', uri: json });
    const review = JSON.parse(fs.readFileSync(json.fsPath, 'utf8')).review;
    assert.deepStrictEqual(review.verdicts.map((v: { verdict: string; doc: string; text: string }) => [v.verdict, v.doc, v.text]),
      [['refuted', '01-harbour-herald.txt', claim.text]]);
    const md = vscode.Uri.file(path.join(dir, `annotations-it-${process.pid}-report.md`));
    await vscode.commands.executeCommand('triangulate.exportReport', { format: 'markdown', uri: md });
    const markdown = fs.readFileSync(md.fsPath, 'utf8');
    assert.match(markdown, /\n## Verdicts and notes\n\n1 verdict, /);
    assert.match(markdown, /\n- \*\*Refuted\*\* — 01-harbour-herald\.txt \(\d+–\d+\): “Storm Iris killed/);
  });
});

// Run with: TRIANGULATE_TEST_WORKSPACE=test/fixtures/annotations-multiroot.code-workspace \
//           TRIANGULATE_TEST_FILES=annotations npm run test:integration
describe('Annotations: multi-root workspace keeps one store per folder (real VS Code)', function () {
  this.timeout(90_000);
  let api: TriangulateApi;
  const relative = `.triangulate/annotations-mr-${process.pid}.json`;

  before(async function () {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) { this.skip(); }
    api = await vscode.extensions.getExtension<TriangulateApi>(EXTENSION_ID)!.activate();
    await vscode.workspace.getConfiguration('triangulate').update('annotations.file', relative, vscode.ConfigurationTarget.Global);
    await until('store setting applied', () => api.annotations.storeFiles().every((f) => f.endsWith(relative)) && api.annotations.storeFiles().length === 2);
    await api.annotations.whenReady();
  });

  after(async () => {
    if (!api) { return; }
    for (const { annotation } of api.annotations.all()) { await api.annotations.remove(annotation.id); }
    await api.annotations.flush();
    const files = api.annotations.storeFiles();
    await vscode.workspace.getConfiguration('triangulate').update('annotations.file', undefined, vscode.ConfigurationTarget.Global);
    for (const f of files) {
      fs.rmSync(f, { force: true });
      const d = path.dirname(f);
      if (fs.existsSync(d) && !fs.readdirSync(d).length) { fs.rmdirSync(d); }
    }
  });

  it('a verdict in each folder lands in that folder\'s own file', async () => {
    const [a, b] = vscode.workspace.workspaceFolders!;
    const ua = vscode.Uri.joinPath(a.uri, '01-harbour-herald.txt');
    const ub = vscode.Uri.joinPath(b.uri, '01-harbour-herald.txt');
    const text = fs.readFileSync(ua.fsPath, 'utf8');
    const start = text.indexOf('Storm Iris killed');
    const end = text.indexOf('.', start) + 1;
    await api.annotations.setVerdict(ua, { start, end }, 'refuted');
    await api.annotations.setVerdict(ub, { start, end }, 'supported');
    await api.annotations.flush();
    const [fa, fb] = [path.join(a.uri.fsPath, relative), path.join(b.uri.fsPath, relative)];
    assert.deepStrictEqual(parseAnnotationFile(fs.readFileSync(fa, 'utf8')).annotations.map((x) => [x.target.source, x.verdict]),
      [['01-harbour-herald.txt', 'refuted']]);
    assert.deepStrictEqual(parseAnnotationFile(fs.readFileSync(fb, 'utf8')).annotations.map((x) => [x.target.source, x.verdict]),
      [['01-harbour-herald.txt', 'supported']]);
    assert.strictEqual(api.annotations.verdictAt(ua, start, end)?.verdict, 'refuted');
    assert.strictEqual(api.annotations.verdictAt(ub, start, end)?.verdict, 'supported');
  });
});
