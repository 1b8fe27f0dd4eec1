// `triangulate analyze --format ndjson`: one object per line (documents, facts, links), ids derived
// from content and the same in every run.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli } from './support/cliCapture';
import { SAMPLES } from './support/loadCorpus';
import { decodeText } from '../../src/core/text/decode';
import { stableHash, stableId } from '../../src/core/export/stableId';
import type { NdjsonDocument, NdjsonFact, NdjsonLink, NdjsonRecord } from '../../src/core/export/ndjson';

const STORM = path.join(SAMPLES, 'storm-iris');

async function ndjson(): Promise<{ out: string; records: NdjsonRecord[] }> {
  const r = await cli('analyze', STORM, '--format', 'ndjson', '--jobs', '1');
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.endsWith('\n'));
  const lines = r.out.slice(0, -1).split('\n');
  // every line is one JSON object with a type and an id
  const records = lines.map((l) => JSON.parse(l) as NdjsonRecord);
  for (const rec of records) { assert.ok(rec.type && rec.id, JSON.stringify(rec)); }
  return { out: r.out, records };
}

describe('ndjson', () => {
  it('the sample corpus: exact counts per type and relation, unique ids, facts that index their files', async () => {
    const { records } = await ndjson();
    const count = (k: string) => records.filter((r) => (r.type === 'link' ? `link:${r.relation}` : r.type) === k).length;
    assert.deepEqual(['document', 'fact', 'link:conflicting', 'link:corroborating', 'link:related', 'link:update', 'link:variant'].map(count),
      [5, 55, 5, 20, 3, 0, 0]);
    assert.equal(new Set(records.map((r) => r.id)).size, records.length);
    const docs = records.filter((r): r is NdjsonDocument => r.type === 'document');
    const facts = records.filter((r): r is NdjsonFact => r.type === 'fact');
    assert.deepEqual(docs.map((d) => [d.path, d.story, d.facts]), [
      ['01-harbour-herald.txt', 's1', 18], ['02-coastal-times.txt', 's1', 13], ['03-daily-lantern.txt', 's1', 10],
      ['04-evening-post.txt', 's1', 9], ['05-sports-desk.txt', 's2', 5],
    ]);
    for (const d of docs) {
      const text = decodeText(readFileSync(path.join(STORM, d.path))).text;
      assert.equal(d.contentHash, stableHash(text));
      assert.equal(d.id, stableId('d-', [d.path, d.contentHash]));
      for (const f of facts.filter((x) => x.doc === d.id)) {
        assert.equal(text.slice(f.start, f.end), f.text);
        assert.equal(f.id, stableId('f-', [d.id, f.kind, f.start, f.end]));
      }
    }
    // every link joins two facts that are lines of the file
    const factIds = new Set(facts.map((f) => f.id));
    for (const l of records.filter((r): r is NdjsonLink => r.type === 'link')) {
      assert.ok(l.from && factIds.has(l.from) && l.to && factIds.has(l.to), JSON.stringify(l));
    }
  });

  it('a fact line carries its slots flat; a conflict link names both facts and the reason', async () => {
    const { records } = await ndjson();
    const first = records.find((r): r is NdjsonFact => r.type === 'fact')!;
    assert.deepEqual(first, {
      type: 'fact', id: 'f-6a0795b3f39f6035', archive: STORM, doc: 'd-0c720d5bcb1f53d8', path: '01-harbour-herald.txt',
      factId: 'f1', kind: 'figure', figureKind: 'count', start: 69, end: 76, text: '14 dead',
      sentence: 'Storm Iris leaves 14 dead in Port Calder as sea wall gives way',
      valueLo: 14, valueHi: 14, valueBound: null, valueText: '14 dead', unit: null, iso: null,
      measure: 'person', predicate: 'death', holder: null, scope: 'at:place:port-calder', time: null, role: 'measurement',
      speaker: null, speakerKey: null, story: 's1',
    });
    const conflict = records.find((r): r is NdjsonLink => r.type === 'link' && r.relation === 'conflicting')!;
    assert.deepEqual(conflict, {
      type: 'link', id: 'l-92b2965aab059901', archive: STORM, relation: 'conflicting', from: 'f-9eb2fde68b1795c8', to: 'f-f02ecf1217460248',
      fromDoc: 'd-0c720d5bcb1f53d8', toDoc: 'd-868e13d5c90b9e50', fromPath: '01-harbour-herald.txt', toPath: '02-coastal-times.txt',
      toStart: 83, toEnd: 239, reason: '14 people vs Sixteen people: same killed (person), in Port Calder, different value',
      conflictKind: 'figure', score: 0.54, story: 's1',
    });
  });

  it('two runs give the same lines, ids included', async () => {
    const a = await ndjson();
    const b = await ndjson();
    assert.equal(b.out, a.out);
    assert.deepEqual(a.records.slice(0, 3).map((r) => r.id), ['d-0c720d5bcb1f53d8', 'f-6a0795b3f39f6035', a.records[2].id]);
  });

  it('docs/scale.md: the fields of each record are exactly the properties of its index mapping (dynamic: strict)', async () => {
    const doc = readFileSync(path.join(__dirname, '../../docs/scale.md'), 'utf8');
    const mappings = new Map<string, string[]>();
    for (const m of doc.matchAll(/-XPUT "\$ES\/triangulate-(\w+)" -H 'Content-Type: application\/json' -d '([^']+)'/g)) {
      mappings.set(m[1], Object.keys((JSON.parse(m[2]) as { mappings: { properties: object } }).mappings.properties).sort());
    }
    assert.deepEqual([...mappings.keys()], ['facts', 'documents', 'links']);
    const { records } = await ndjson();
    for (const r of records) { assert.deepEqual(Object.keys(r).sort(), mappings.get(`${r.type}s`), r.type); }
  });

  it('stableId keeps its parts apart', () => {
    assert.notEqual(stableId('x-', ['a b', 'c']), stableId('x-', ['a', 'b c']));
    assert.notEqual(stableId('x-', ['a\u0000b']), stableId('x-', ['a', 'b']));
    assert.equal(stableHash(''), stableHash(''));
    assert.match(stableHash('Storm Iris'), /^[0-9a-f]{16}$/);
  });
});
