import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { serializeAnnotationFile } from '../../src/core/annotations/annotation';
import { annotatedSample } from './exportSample';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

describe('CLI: annotation-aware formats', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-cli-anno-'));
    const samples = path.resolve(__dirname, '../../samples/storm-iris');
    for (const f of fs.readdirSync(samples)) { fs.copyFileSync(path.join(samples, f), path.join(dir, f)); }
    fs.mkdirSync(path.join(dir, '.triangulate'));
    fs.writeFileSync(path.join(dir, '.triangulate/annotations.json'), serializeAnnotationFile(annotatedSample().annotations));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--format claimreview reads the folder\'s annotation file', async () => {
    const r = await cli('analyze', dir, '--format', 'claimreview');
    assert.equal(r.code, 0, r.err);
    const graph = JSON.parse(r.out)['@graph'];
    assert.deepEqual(graph.map((g: { reviewRating: { alternateName: string } }) => g.reviewRating.alternateName).sort(), ['Refuted', 'Supported']);
    // The articles are named by their report paths, never by file:// IRIs of the reviewer's disk.
    assert.doesNotMatch(r.out, /file:/);
    assert.deepEqual(graph[0].itemReviewed.appearance.map((w: { url: string }) => w.url),
      ['01-harbour-herald.txt', '03-daily-lantern.txt', '04-evening-post.txt']);
  });

  it('--format webannotation, csv and html', async () => {
    const wa = await cli('analyze', dir, '--format', 'webannotation');
    assert.equal(JSON.parse(wa.out).total, 5);
    const csv = await cli('analyze', dir, '--format', 'csv');
    assert.match(csv.out, /^\uFEFFclaim_id,source,start,end,claim,/);
    // one sentence may carry several claims (one per fact); each row of the refuted passage shows the verdict
    const refuted = csv.out.split('\r\n').filter((l) => l.includes(',refuted,Refuted,'));
    assert.ok(refuted.length >= 1);
    assert.equal(new Set(refuted.map((l) => l.split(',').slice(1, 4).join(','))).size, 1, 'all on the one refuted passage');
    const html = await cli('analyze', dir, '--format', 'html');
    assert.match(html.out, /^<!doctype html>/);
    assert.ok(html.out.includes('<h2>Orphaned annotations (1)</h2>'));
  });

  it('a store that does not parse: warned, exported without annotations, file left untouched', async () => {
    const d2 = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-cli-bad-'));
    try {
      fs.copyFileSync(path.join(dir, '01-harbour-herald.txt'), path.join(d2, '01.txt'));
      fs.mkdirSync(path.join(d2, '.triangulate'));
      fs.writeFileSync(path.join(d2, '.triangulate/annotations.json'), '{oops');
      const r = await cli('analyze', d2, '--format', 'claimreview');
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.out)['@graph'], []);
      assert.match(r.err, /annotations\.json could not be read \(not valid JSON.*exporting without annotations/);
      assert.equal(fs.readFileSync(path.join(d2, '.triangulate/annotations.json'), 'utf8'), '{oops');
      assert.deepEqual(fs.readdirSync(path.join(d2, '.triangulate')), ['annotations.json']);
    } finally {
      fs.rmSync(d2, { recursive: true, force: true });
    }
  });

  it('rejects an unknown format with the list of formats', async () => {
    const r = await cli('analyze', dir, '--format', 'xml');
    assert.equal(r.code, 2);
    assert.match(r.err, /expected json, markdown, ndjson, html, csv, claimreview, webannotation/);
  });
});
