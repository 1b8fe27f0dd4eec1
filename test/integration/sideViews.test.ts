// Stories at the top of the Claims view, and the Sources, Speakers and Names views, in the real VS Code
// on the fixture workspace (the Storm Iris articles, 99-injection.txt about the same storm, and
// 05-sports-desk.txt, an unrelated sports story).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import type { ClaimsTreeNode } from '../../src/vscode/claimsView/claimsTreeProvider';
import type { RowTreeProvider } from '../../src/vscode/sideViews/rowTreeProvider';
import { ready, until } from './support/harness';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
const iconId = (item: vscode.TreeItem) => (item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined);
const base = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** "label | description | icon" of the top rows of a side view, and of the children of its first row. */
function rows(tree: RowTreeProvider, n: number): string[] {
  return tree.getChildren().slice(0, n).map((r) => {
    const item = tree.getTreeItem(r);
    return `${label(item)} | ${item.description ?? ''} | ${iconId(item) ?? ''}`;
  });
}

describe('Stories and the side views', function () {
  this.timeout(60000);
  let api: TriangulateApi;
  before(async () => {
    api = await ready();
    api.claimsTree.setScope('all');
  });

  it('the Claims view opens on the stories: the storm with its five sources and claims, the sports story with none', () => {
    assert.deepStrictEqual(api.service.stories().map((s) => [s.title, s.documents.map(base)]), [
      ['Storm Iris, Port Calder', ['01-harbour-herald.txt', '02-coastal-times.txt', '03-daily-lantern.txt', '04-evening-post.txt', '99-injection.txt']],
      ['Calder Rovers win the cup', ['05-sports-desk.txt']],
    ]);
    const top = api.claimsTree.getChildren().filter((n): n is Extract<ClaimsTreeNode, { kind: 'story' }> => n.kind === 'story');
    const items = top.map((n) => api.claimsTree.getTreeItem(n));
    // every claim of the folder is in the storm (the engine's count of claims moves with its rules; five conflicts)
    const n = api.service.claims().length;
    assert.strictEqual(api.service.claims().filter((c) => c.conflicting.length).length, 5);
    assert.deepStrictEqual(items.map((i) => [label(i), i.description, i.collapsibleState, iconId(i)]), [
      ['Storm Iris, Port Calder', `5 sources · ${n} claims, 5 with conflicts`, vscode.TreeItemCollapsibleState.Expanded, 'library'],
      ['Calder Rovers win the cup', '1 source · no claims', vscode.TreeItemCollapsibleState.None, 'library'],
    ]);
    const claims = api.claimsTree.getChildren(top[0]);
    assert.strictEqual(claims.length, n);
    assert.deepStrictEqual(claims.map((c) => c.kind === 'claim' && c.claim.id), api.claimsTree.rootNodes().map((c) => c.claim.id));
    // conflicts first, in document order: the five facts the Coastal Times disputes
    assert.deepStrictEqual(claims.map((c) => c.kind === 'claim' && c.claim.conflicting.length > 0), [...Array(n).keys()].map((i) => i < 5));
    assert.strictEqual(label(api.claimsTree.getTreeItem(claims[0])), 'speed');
    assert.strictEqual(api.claimsTree.getParent(claims[0]), top[0], 'a claim\'s parent is its story (reveal walks up through it)');
    assert.deepStrictEqual(api.claimsTree.getChildren(top[1]), []);
  });

  it('"this file" scope keeps the flat list of the file\'s claims', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '02-coastal-times.txt'));
    await vscode.window.showTextDocument(doc);
    api.claimsTree.setScope('file');
    try {
      await until('claims of 02', () => api.claimsTree.getChildren().length > 0);
      assert.deepStrictEqual([...new Set(api.claimsTree.getChildren().map((n) => n.kind))], ['claim']);
    } finally {
      api.claimsTree.setScope('all');
    }
  });

  it('Sources: one row per file with outlet, counts, date and headline; a click opens the file at its headline', async () => {
    assert.deepStrictEqual(rows(api.views.sources, 6), [
      'Harbour Herald | 5 conflicts · 3 quotes · 15 figures · 18 facts · Storm Iris leaves 14 dead in Port Calder as sea wall gives… | warning',
      'Coastal Times | 5 conflicts · 2 quotes · 11 figures · 13 facts · Port Calder counts the cost of Storm Iris | warning',
      'Daily Lantern | 5 conflicts · 2 quotes · 8 figures · 10 facts · 2026-10-13 · STORM IRIS: 14 KILLED AS WAVES BREACH PORT CALDER DEFENCES | warning',
      'Evening Post | 3 conflicts · 2 quotes · 7 figures · 9 facts · Port Calder mourns 14 after Storm Iris | warning',
      '05-sports-desk.txt | 0 conflicts · 1 quote · 4 figures · 5 facts · Calder Rovers win the cup | file',
      '99-injection.txt | 3 conflicts · 3 quotes · 4 figures · 6 facts · Storm Iris: readers ask [who… | warning',
    ]);
    const item = api.views.sources.getTreeItem(api.views.sources.getChildren()[3]);
    assert.strictEqual(item.command?.command, 'triangulate.openPassage');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = await until('the Evening Post open', () => {
      const e = vscode.window.activeTextEditor;
      return e && base(e.document.uri.path) === '04-evening-post.txt' && !e.selection.isEmpty && e;
    });
    assert.strictEqual(editor.document.getText(editor.selection), 'Port Calder mourns 14 after Storm Iris');
  });

  it('Speakers: every quote of every source; a contested wording marks the words it changed', () => {
    const tree = api.views.speakers;
    assert.deepStrictEqual(rows(tree, 3), [
      'Inès Fournier | 8 quotes · 5 sources | person',
      'Tomas Reyes | 3 quotes · 3 sources | person',
      'Joel Amara | 1 quote · 1 source | person',
    ]);
    const [statement] = tree.getChildren(tree.getChildren()[0]);
    const head = tree.getTreeItem(statement);
    assert.deepStrictEqual([label(head), head.description, iconId(head)], ['the worst storm in a generation', '4 sources · 2 wordings', 'warning']);
    const sources = tree.getChildren(statement).map((r) => tree.getTreeItem(r));
    assert.deepStrictEqual(sources.map((i) => [label(i), i.description, iconId(i)]), [
      ['Harbour Herald: the worst storm in a generation', undefined, 'quote'],
      ['Coastal Times: …storm in half a century', 'worded differently, a conflict', 'warning'],
      ['Daily Lantern: the worst storm in a generation', undefined, 'quote'],
      ['Evening Post: the worst storm in a generation', undefined, 'quote'],
    ]);
    const marked = sources[1].label as vscode.TreeItemLabel;
    assert.deepStrictEqual(marked.highlights, [[25, 39]]);
    assert.strictEqual(marked.label.slice(25, 39), 'half a century');
    assert.deepStrictEqual(sources[1].command?.arguments?.[0] && base(sources[1].command.arguments[0].uri), '02-coastal-times.txt');
  });

  it('Names: each key with its type, sources and mentions; aliases and mentions per source below', () => {
    const tree = api.views.names;
    assert.deepStrictEqual(rows(tree, 4), [
      'Port Calder | place · 5 sources · 13 mentions | location',
      'Coastal Safety Board | organization · 5 sources · 9 mentions | organization',
      'Inès Fournier | person · 5 sources · 6 mentions | person',
      'European Union | organization · 5 sources · 5 mentions | organization',
    ]);
    const fournier = tree.getChildren()[2];
    assert.deepStrictEqual(tree.getChildren(fournier).map((r) => { const i = tree.getTreeItem(r); return `${label(i)} | ${i.description ?? ''}`; }), [
      'Aliases: Inès Fournier, Ines Fournier, Fournier | ',
      'Harbour Herald | 1 mention · as Inès Fournier',
      'Coastal Times | 2 mentions · as Ines Fournier, Fournier',
      'Daily Lantern | 1 mention · as Fournier',
      'Evening Post | 1 mention · as Inès Fournier',
      '99-injection.txt | 1 mention · as Ines Fournier',
    ]);
  });

  it('the three views are in the Triangulate container and can be focused', async () => {
    for (const id of ['triangulate.sources', 'triangulate.speakers', 'triangulate.names']) {
      await vscode.commands.executeCommand(`${id}.focus`);
    }
    await vscode.commands.executeCommand('triangulate.claims.focus');
  });
});
