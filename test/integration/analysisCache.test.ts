// Reopening a folder (issue 15): a second analysis service on the same workspace storage shows the
// last session's tree from the persistent cache before it has analysed anything, then replaces it with
// the fresh tree once its analysis is done, having re-analysed only the file that changed on disk.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { AnalysisService } from '../../src/vscode/analysisService';
import { ClaimsTreeProvider } from '../../src/vscode/claimsView/claimsTreeProvider';
import { SNAPSHOT_FILE } from '../../src/node/analysisCache';
import { EXTENSION_ID, fileUri, ready } from './support/harness';

// Our own fictional text; every line unique to this file, so no other file's page chrome depends on it.
const PROBE = (toll: string) => `Harbour lights go dark after Storm Iris

Storm Iris killed ${toll} people in Port Calder on Tuesday, the coroner said.
`;

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
/** The tree as a person reads it: each claim's label and description, in order. */
const rows = (tree: ClaimsTreeProvider) => tree.rootNodes().map((n) => {
  const item = tree.getTreeItem(n);
  return `${label(item)} | ${String(item.description)}`;
});

describe('persistent cache: reopening a folder', function () {
  this.timeout(120000);
  let api: TriangulateApi;
  let dir: string;
  let workerPath: string;
  const probe = () => fileUri('98-cache-probe.txt').fsPath;
  const services: vscode.Disposable[] = [];

  before(async () => {
    api = await ready();
    workerPath = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'analysisWorker.js').fsPath;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-reopen-'));
    fs.writeFileSync(probe(), PROBE('14'));
  });

  after(async () => {
    services.forEach((s) => s.dispose());
    fs.rmSync(probe(), { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
    await api.service.analyzeWorkspace();
    await api.service.whenIdle();
  });

  it('the extension keeps its cache in the workspace storage: a snapshot after each full analysis', async () => {
    assert.ok(api.service.cacheDir, 'no workspace storage');
    await api.service.analyzeWorkspace();
    assert.ok(fs.existsSync(path.join(api.service.cacheDir, SNAPSHOT_FILE)));
    assert.ok(fs.readdirSync(path.join(api.service.cacheDir, 'analyses')).length >= 7);
  });

  it('a new session shows the cached tree before any analysis, then the fresh one after a file changed on disk', async () => {
    const first = new AnalysisService(workerPath, { cacheDir: dir });
    const firstTree = new ClaimsTreeProvider(first);
    services.push(first, firstTree);
    await first.analyzeWorkspace();
    const lastSession = rows(firstTree);
    assert.ok(lastSession.includes('killed (person) | 14 — 5 sources · 16 — 1 source'), lastSession.join('\n'));
    const analyses = first.timings.lastFullAnalysisCache!.misses;
    assert.deepStrictEqual(first.timings.lastFullAnalysisCache, { hits: 0, misses: analyses });
    first.dispose();
    firstTree.dispose();

    // between the sessions, the probe changes on disk
    fs.writeFileSync(probe(), PROBE('19'));

    const second = new AnalysisService(workerPath, { cacheDir: dir });
    const tree = new ClaimsTreeProvider(second);
    services.push(second, tree);
    assert.deepStrictEqual(rows(tree), []);
    const changes: boolean[] = [];
    second.onDidChangeAnalysis(() => changes.push(second.showsCached));
    assert.strictEqual(await second.restoreCached(), true);
    // the last session's tree, exactly, and no analysis has run in this session
    assert.strictEqual(second.showsCached, true);
    assert.strictEqual(second.timings.lastFullAnalysisMs, undefined);
    assert.deepStrictEqual(rows(tree), lastSession);
    assert.ok(second.timings.cacheRestoreMs !== undefined);

    await second.analyzeWorkspace();
    assert.strictEqual(second.showsCached, false);
    const fresh = rows(tree);
    assert.notDeepStrictEqual(fresh, lastSession);
    assert.ok(fresh.includes('killed (person) | 14 — 4 sources · 16 — 1 source · 19 — 1 source'), fresh.join('\n'));
    // every analysis read back from the cache but the changed file's
    assert.deepStrictEqual(second.timings.lastFullAnalysisCache, { hits: analyses - 1, misses: 1 });
    assert.deepStrictEqual(changes.slice(0, 1), [true]);
    assert.strictEqual(changes[changes.length - 1], false);
  });
});
