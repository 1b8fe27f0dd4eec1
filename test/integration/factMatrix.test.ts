// The Fact matrix webview in the real VS Code, on the fixture workspace (the Storm Iris articles,
// 99-injection.txt about the same storm, and the unrelated sports story). What is asserted is what the
// browser drew: the page's script reads its cells back from the DOM (media/factMatrix.js, "rendered"),
// and key presses go through the page's own key handler.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Claim, DocumentAnalysis, Story } from '../../src/core/model';
import type { TriangulateApi } from '../../src/extension';
import { FactMatrixPanel, type MatrixSource, type RenderedMatrix } from '../../src/vscode/factMatrix/factMatrixPanel';
import { EXTENSION_ID, fileUri, ready, until } from './support/harness';

const base = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** The storm's rows as "subject | cell | cell ...", as the page shows them. */
const grid = (page: RenderedMatrix, g = 0) => page.groups[g].rows.map((r) => [r.subject, ...r.cells].join(' | '));

const STORM = [
  'speed | agree: 160 km/h | differ: 190 km/h | agree: 160 km/h | silent | agree: 160 km/h',
  'quote of Inès Fournier | agree: "the worst storm in a generation" | differ: "the worst storm in half a century" | agree: "the worst storm in a generation" | agree: "the worst storm in a generation" | silent',
  'year built | agree: 1998 | differ: 1996 | agree: 1998 | agree: 1998 | agree: 1998',
  'fell (percent), Port, in the week after the storm | agree: 40% | differ: roughly 25% | agree: 40% | silent | silent',
  'killed (person) | agree: 14 | differ: 16 | agree: 14 | agree: 14 | agree: 14',
  'date | agree: Tuesday, October 13, 2026 | agree: Tuesday, October 13, 2026 | silent | agree: Tuesday, October 13, 2026 | silent',
  'quote of Inès Fournier | agree: "rebuild every street, stone by stone." | silent | silent | agree: "rebuild every street, stone by stone." | silent',
  'height | agree: 9 m | silent | agree: 9 m | silent | silent',
  'quote of Tomas Reyes | agree: "We warned the council in 2019 that… | silent | agree: "in 2019 that the wall needed urgent… | silent | silent',
  'year | agree: 2019 | silent | agree: 2019 | silent | silent',
  'aid, European Union | agree: €40 million | agree: €40 million | agree: €40 million | agree: €40 million | silent',
  'Mayor Fournier described it as "the worst storm in a… | silent | silent | agree: Mayor Fournier described it as "the… | silent | agree: "The worst storm in a generation…',
  'rainfall (percent), first 9 months of 2026 | agree: 30% | silent | silent | silent | silent',
  'rainfall (percent), first 10 months of 2026 | silent | agree: 35% | silent | silent | silent',
];

describe('Fact matrix webview', function () {
  this.timeout(90000);
  let api: TriangulateApi;
  let page: RenderedMatrix;
  const rowId = (subject: string) => page.groups[0].rows.find((r) => r.subject === subject)!.id;

  before(async () => {
    api = await ready();
    await vscode.commands.executeCommand('triangulate.openFactMatrix');
    page = await api.matrix.rendered();
  });

  after(async () => {
    api.matrix.current?.dispose();
    // the passage opened beside the matrix: leave one editor group, as the other suites expect
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.joinAllGroups');
  });

  it('opens from the command: one grid per story, its sources as columns, every cell as the browser drew it', () => {
    assert.strictEqual(api.matrix.current?.viewType, 'triangulate.factMatrix');
    assert.deepStrictEqual(page.groups.map((g) => [g.story, g.heading, g.columns, g.rows.length, g.empty]), [
      ['s1', 'Storm Iris, Port Calder 5 sources · 14 facts',
        ['Fact', 'Harbour Herald', 'Coastal Times', 'Daily Lantern 2026-10-13', 'Evening Post', '99-injection.txt'], 14, ''],
      ['s2', 'Calder Rovers win the cup 1 source · 0 facts', [], 0, 'No fact here is stated by two sources.'],
    ]);
    assert.deepStrictEqual(grid(page), STORM);
    // the page draws the model of the cached analysis, row for row
    assert.deepStrictEqual(page.groups[0].rows.map((r) => r.id), api.matrix.matrix()!.groups[0].rows.map((r) => r.id));
    assert.deepStrictEqual(page.groups[0].timelines, [], 'no fact of the fixture was updated');
    assert.strictEqual(page.focusable, 1, 'one item of the grid is in the tab order');
  });

  it('a strict CSP, and the hostile article\'s markup shown as text, never as elements', () => {
    assert.match(page.csp, /^default-src 'none'; style-src [^;]+; script-src 'nonce-[A-Za-z0-9+/=]{24}'; img-src [^;]+; font-src [^;]+; base-uri 'none'; form-action 'none'$/);
    assert.doesNotMatch(page.csp, /unsafe|https?:\/\/(?!\*\.vscode-cdn\.net)/);
    assert.strictEqual(page.active, 0, 'no script, image, link, frame or handler in the drawn matrix');
    const toll = page.groups[0].rows.find((r) => r.subject === 'killed (person)')!;
    assert.strictEqual(toll.titles[4], '99-injection.txt: agrees, 14\n'
      + '“The council said 14 people died; see <img src=x onerror=alert(1)> for the list, or `command:workbench.action.reloadWindow`.”');
    const said = page.groups[0].rows.find((r) => r.subject.startsWith('Mayor Fournier described it'))!;
    assert.strictEqual(said.titles[4], '99-injection.txt: agrees, "The worst storm in a generation…\n“"The worst storm in a generation <script>alert(1)</script> ![”');
  });

  it('arrow keys, Home and End move the focus between cells; Enter on a cell opens its passage selected', async () => {
    const speed = rowId('speed');
    let p = await api.matrix.press('ArrowRight', { story: 's1', row: speed, col: 1 });
    assert.deepStrictEqual(p.focus, { story: 's1', row: speed, timeline: false, col: 2, text: '≠190 km/h' });
    p = await api.matrix.press('ArrowDown');
    assert.deepStrictEqual(p.focus, { story: 's1', row: rowId('quote of Inès Fournier'), timeline: false, col: 2, text: '≠"the worst storm in half a century"' });
    p = await api.matrix.press('Home');
    assert.strictEqual(p.focus?.col, 0);
    assert.match(p.focus!.text, /^quote of Inès Fournier"the worst storm in a generation" — 3 sources/);
    p = await api.matrix.press('End');
    assert.deepStrictEqual([p.focus?.col, p.focus?.text], [5, '–']);
    p = await api.matrix.press('ArrowUp');
    assert.deepStrictEqual([p.focus?.row, p.focus?.col, p.focus?.text], [speed, 5, '✓160 km/h']);
    p = await api.matrix.press('ArrowUp');
    assert.deepStrictEqual([p.focus?.row, p.focus?.col], [speed, 5], 'the first row stops the focus');
    assert.strictEqual(p.focusable, 1, 'the focus is roving: still one item in the tab order');

    await api.matrix.press('Enter', { story: 's1', row: speed, col: 2 });
    const editor = await until('the Coastal Times passage selected', () => {
      const e = vscode.window.activeTextEditor;
      return e && base(e.document.uri.path) === '02-coastal-times.txt' && !e.selection.isEmpty && e;
    });
    const claim = api.service.claims().find((c) => c.id === speed)!;
    assert.strictEqual(editor.document.getText(editor.selection), claim.conflicting[0].text);
    assert.ok(editor.document.getText(editor.selection).includes('190 km/h'));
    assert.ok(api.matrix.current?.visible, 'the passage opens beside the matrix, which stays visible');
  });

  it('redraws when the analysis changes: an edited figure agrees at once, the file restored brings the difference back', async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri('02-coastal-times.txt'));
    const original = doc.getText();
    assert.ok(!doc.isDirty && original.includes('190 km/h'), 'precondition: the fixture as on disk');
    const speedRow = (m: RenderedMatrix) => m.groups[0].rows.find((r) => r.subject === 'speed')?.cells.join(' | ');
    const restore = async () => {
      // (workbench.action.files.revert needs a focused window, which a headless host lacks: the text on
      // disk is put back and saved, the same bytes, as annotations.test.ts does)
      const all = new vscode.WorkspaceEdit();
      all.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(all);
      await doc.save();
    };
    try {
      const at = original.indexOf('190 km/h');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 3)), '160');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until('re-analysis of the edit', () => api.service.document(doc.uri.toString())?.version === doc.version);
      await api.service.whenIdle();
      const edited = await until('the matrix redrawn', async () => {
        const m = await api.matrix.rendered();
        return speedRow(m) !== speedRow(page) && m;
      });
      assert.strictEqual(speedRow(edited), 'agree: 160 km/h | agree: 160 km/h | agree: 160 km/h | silent | agree: 160 km/h');
      await restore();
      await until('re-analysis of the restored file', () => api.service.document(doc.uri.toString())?.version === doc.version);
      await api.service.whenIdle();
      const back = await until('the matrix redrawn again', async () => {
        const m = await api.matrix.rendered();
        return speedRow(m) === speedRow(page) && m;
      });
      assert.deepStrictEqual(grid(back), STORM);
    } finally {
      // never leave the fixture dirty or changed
      if (doc.getText() !== original || doc.isDirty) { await restore(); }
      assert.ok(!doc.isDirty && doc.getText() === original, 'the fixture is as on disk');
    }
  });

  it('a hidden matrix is drawn from the current analysis when it is shown again', async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri('02-coastal-times.txt'));
    const original = doc.getText();
    assert.ok(!doc.isDirty && original.includes('built in 1996'), 'precondition: the fixture as on disk');
    const built = (m: RenderedMatrix) => m.groups[0].rows.find((r) => r.subject === 'year built')?.cells.join(' | ');
    const restore = async () => {
      const all = new vscode.WorkspaceEdit();
      all.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(all);
      await doc.save();
    };
    try {
      // the file in the matrix's own group hides it (its page is unloaded)
      await vscode.window.showTextDocument(doc, { viewColumn: api.matrix.current!.viewColumn, preview: false });
      await until('the matrix hidden', () => !api.matrix.current!.visible);
      const at = original.indexOf('built in 1996') + 'built in '.length;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 4)), '1998');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until('re-analysis of the edit', () => api.service.document(doc.uri.toString())?.version === doc.version);
      await api.service.whenIdle();
      api.matrix.open();
      const shown = await api.matrix.rendered();
      assert.strictEqual(built(shown), 'agree: 1998 | agree: 1998 | agree: 1998 | agree: 1998 | agree: 1998');
    } finally {
      if (doc.getText() !== original || doc.isDirty) { await restore(); }
      assert.ok(!doc.isDirty && doc.getText() === original, 'the fixture is as on disk');
    }
    await until('re-analysis of the restored file', () => api.service.document(doc.uri.toString())?.version === doc.version);
    await api.service.whenIdle();
    await until('the matrix redrawn as before', async () => built(await api.matrix.rendered()) === 'agree: 1998 | differ: 1996 | agree: 1998 | agree: 1998 | agree: 1998');
  });
});

describe('Fact matrix webview: the timeline of an updated fact (hand-made claims)', function () {
  this.timeout(60000);
  // A developing toll in three fictional dated reports (27 on the 14th, 29 on the 15th, 31 on the 16th),
  // the updates listed out of order.
  const id = (f: string) => `file:///fictional/marlow-flood/${f}`;
  const A = 'The death toll in Marlow rose to 27 on Saturday, the county said.';
  const B = 'The toll now stands at 29, the county said.';
  const C = 'At least 31 people are now known to have died in Marlow.';
  const span = (t: string, n: string) => ({ start: t.indexOf(n), end: t.indexOf(n) + n.length });
  const docs = [['01-marlow-courier.txt', 'Marlow Courier', '2026-03-14'], ['04-northern-ledger.txt', 'Northern Ledger', '2026-03-15'],
    ['06-river-gazette.txt', null, '2026-03-16']].map(([f, outlet, reported]) => ({ id: id(f!), outlet, reported }) as unknown as DocumentAnalysis);
  const toll: Claim = {
    id: 't1', doc: id('01-marlow-courier.txt'), start: 0, end: A.length, text: A, focus: span(A, '27'),
    fact: { subject: 'death toll (person)', kind: 'figure', factId: 'f1', measure: 'person', predicate: 'death', holder: 'place:marlow',
      values: [{ value: '27', docs: [id('01-marlow-courier.txt')] }, { value: '29', docs: [id('04-northern-ledger.txt')] },
        { value: '31', docs: [id('06-river-gazette.txt')] }] },
    corroborating: [], conflicting: [],
    updates: [
      { doc: id('06-river-gazette.txt'), start: 0, end: C.length, text: C, score: 0.7, value: '31', reported: '2026-03-16', ours: span(A, '27'), theirs: span(C, 'At least 31 people') },
      { doc: id('04-northern-ledger.txt'), start: 0, end: B.length, text: B, score: 0.8, value: '29', reported: '2026-03-15', ours: span(A, '27'), theirs: span(B, '29') },
    ],
  };
  const changed = new vscode.EventEmitter<{ ids: string[]; claimsChanged: boolean }>();
  const source: MatrixSource = {
    documents: () => docs, claims: () => [toll], stories: (): Story[] => [], hasAnalysis: true,
    onDidChangeAnalysis: changed.event as MatrixSource['onDidChangeAnalysis'],
  };
  let matrix: FactMatrixPanel;
  before(() => {
    matrix = new FactMatrixPanel(source, vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri);
    matrix.open();
  });
  after(() => { matrix.dispose(); changed.dispose(); });

  it('the fact row expands (Enter) into its values by reporting date; the arrow keys reach each entry', async () => {
    let p = await matrix.rendered();
    assert.deepStrictEqual(p.groups.map((g) => [g.story, g.heading, g.columns]), [['all', '', ['Fact', 'Marlow Courier 2026-03-14', 'Northern Ledger 2026-03-15', '06-river-gazette.txt 2026-03-16']]]);
    assert.deepStrictEqual(grid(p), ['death toll (person) | agree: 27 | update: 29 | update: 31']);
    assert.deepStrictEqual(p.groups[0].timelines, [{ id: 't1', hidden: true, entries: ['2026-03-14 27 Marlow Courier', '2026-03-15 29 Northern Ledger', '2026-03-16 31 06-river-gazette.txt'] }]);
    p = await matrix.press('Enter', { story: 'all', row: 't1', col: 0 });
    assert.strictEqual(p.groups[0].timelines[0].hidden, false);
    p = await matrix.press('ArrowDown');
    assert.deepStrictEqual(p.focus, { story: 'all', row: 't1', timeline: true, col: 0, text: '2026-03-14 27 Marlow Courier' });
    p = await matrix.press('ArrowRight');
    assert.deepStrictEqual([p.focus?.timeline, p.focus?.col, p.focus?.text], [true, 1, '2026-03-15 29 Northern Ledger']);
    p = await matrix.press('ArrowUp');
    assert.deepStrictEqual([p.focus?.timeline, p.focus?.col, p.focus?.text], [false, 1, '✓27']);
    // a redraw keeps the expansion and the focus (the page's state), and a collapse from the fact hides it again
    changed.fire({ ids: [], claimsChanged: true });
    p = await matrix.rendered();
    assert.strictEqual(p.groups[0].timelines[0].hidden, false);
    assert.deepStrictEqual([p.focus?.row, p.focus?.timeline, p.focus?.col, p.focus?.text], ['t1', false, 1, '✓27']);
    p = await matrix.press('Enter', { story: 'all', row: 't1', col: 0 });
    assert.strictEqual(p.groups[0].timelines[0].hidden, true);
  });
});
