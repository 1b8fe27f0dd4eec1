// The editor's persistent cache (src/node/analysisCache.ts) under the Corpus: a second engine on the
// same folder reads every analysis back, links the same claims, and analyses again only what changed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { buildReport } from '../../src/core/report';
import { DiskAnalysisCache, deserialize, readSnapshot, serialize, SNAPSHOT_FILE } from '../../src/node/analysisCache';
import { loadFolder, SAMPLES } from './support/loadCorpus';

const docs = loadFolder(path.join(SAMPLES, 'storm-iris'));
const reportOf = (c: Corpus) => JSON.stringify(buildReport(c, '.', docs.map((d) => ({ id: d.id, path: d.id, encoding: 'utf-8' }))));

describe('persistent analysis cache', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(tmpdir(), 'triangulate-cache-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('a second engine reads every analysis back and gives the same report; a changed file is the only miss', async () => {
    const first = new DiskAnalysisCache(dir, 'engine-1');
    const a = new Corpus({}, first);
    docs.forEach((d) => a.update(d));
    const expected = reportOf(a);
    const misses = first.stats.misses;
    assert.equal(first.stats.hits, 0);
    assert.ok(misses >= docs.length);
    a.update({ id: 'x', text: 'x' });
    a.remove('x');

    const second = new DiskAnalysisCache(dir, 'engine-1');
    const b = new Corpus({}, second);
    docs.forEach((d) => b.update(d));
    assert.equal(reportOf(b), expected);
    assert.deepEqual(second.stats, { hits: misses, misses: 0 });

    // one file changed on disk: only its analysis is made again
    const third = new DiskAnalysisCache(dir, 'engine-1');
    const c = new Corpus({}, third);
    const changed = docs.map((d) => (d.id === '02-coastal-times.txt' ? { ...d, text: d.text.replace('Sixteen', 'Seventeen') } : d));
    changed.forEach((d) => c.update(d));
    assert.deepEqual(third.stats, { hits: misses - 1, misses: 1 });
    assert.ok(reportOf(c).includes('Seventeen'));

    // snapshot + prune: the analyses the last engine did not use are gone, the snapshot reads back
    third.saveSnapshot({ documents: c.ids().map((id) => c.document(id)!), claims: c.claims(), stories: c.stories() });
    third.prune();
    assert.equal(fs.readdirSync(path.join(dir, 'analyses')).length, misses);
    const snap = await readSnapshot(dir, 'engine-1');
    assert.deepEqual(snap?.claims, deserialize(serialize(c.claims())));
    assert.equal(snap?.documents.length, docs.length);
    assert.ok(fs.existsSync(path.join(dir, SNAPSHOT_FILE)));
  });

  it('another engine version misses everything and does not read the snapshot', async () => {
    const first = new DiskAnalysisCache(dir, 'engine-1');
    const a = new Corpus({}, first);
    a.updateMany(docs);
    first.saveSnapshot({ documents: [], claims: a.claims(), stories: a.stories() });
    const other = new DiskAnalysisCache(dir, 'engine-2');
    new Corpus({}, other).updateMany(docs);
    assert.deepEqual(other.stats, { hits: 0, misses: docs.length });
    assert.equal(await readSnapshot(dir, 'engine-2'), undefined);
  });

  it('open value intervals and undefined survive the round trip (JSON has no Infinity)', () => {
    const v = { lo: 1000, hi: Infinity, under: -Infinity, nan: NaN, text: 'more than 1,000', version: undefined };
    const back = deserialize<typeof v>(serialize(v));
    assert.deepEqual(back, v);
  });

  it('a corrupt cache entry is a miss, never an error', () => {
    const cache = new DiskAnalysisCache(dir, 'engine-1');
    const job = { id: 'a.txt', text: 'Storm said 14.', repeatedLines: [] };
    fs.writeFileSync(path.join(dir, 'analyses', `${cache.key(job)}.bin`), '{not a V8 serialization');
    assert.equal(cache.get(job), undefined);
    assert.deepEqual(cache.stats, { hits: 0, misses: 1 });
  });
});
