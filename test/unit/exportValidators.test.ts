// Exports checked the way their consumers check them: the W3C Web Annotation WG's JSON Schemas (every MUST
// of the data model, for the collection, its page and each annotation) with ajv, a JSON-LD expansion in
// jsonld.js's safe mode (which throws on any key the context does not define, i.e. data a processor would
// drop) with anno.jsonld served locally, and the CSV through csv-parse in strict mode.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { parse as parseCsv } from 'csv-parse/sync';
import * as jsonld from 'jsonld';
import { ANNO_CONTEXT } from '../../src/core/annotations/annotation';
import { renderClaimsCsv } from '../../src/core/export/csv';
import { renderWebAnnotations } from '../../src/core/export/webAnnotation';
import { annotatedSample } from './exportSample';

const VALIDATORS = path.resolve(__dirname, '../../../shared/validators/web-annotation');

interface AssertionSchema { id: string; assertionType: string; expectedResult: string; errorMessage: string }

function loadSchemas(dir: string): AssertionSchema[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as AssertionSchema);
}

describe('exports checked by independent validators', function () {
  before(function () {
    if (!fs.existsSync(VALIDATORS)) {
      console.log(`      (skipped: ${VALIDATORS} not present)`);
      this.skip();
    }
  });

  describe('W3C Web Annotation', () => {
    let doc: Record<string, unknown> & { first: Record<string, unknown> & { items: Array<Record<string, unknown>> } };
    let ajv: Ajv;
    before(() => {
      doc = JSON.parse(renderWebAnnotations(annotatedSample()));
      // The WG's schemas are draft-04 with their own keywords (assertionType, errorMessage...): not strict.
      ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
      ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
      ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
      for (const d of loadSchemas(path.join(VALIDATORS, 'definitions'))) { ajv.addSchema(d as object); }
    });

    const failedMusts = (schemas: AssertionSchema[], value: unknown): string[] => schemas
      .filter((s) => s.assertionType === 'must' && s.expectedResult === 'valid')
      .filter((s) => !ajv.validate(s as object, value))
      .map((s) => `${s.id}: ${s.errorMessage}`);

    it('the collection meets every MUST of the model (5.1), including its id', () => {
      const { first: _page, ...collection } = doc;
      void _page;
      const musts = loadSchemas(path.join(VALIDATORS, 'collections'));
      assert.equal(musts.filter((s) => s.assertionType === 'must').length, 10);
      assert.deepEqual(failedMusts(musts, { ...collection, first: doc.first.id }), []);
      assert.match(String(doc.id), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(doc.last, doc.first.id);
    });

    it('its page meets every MUST (5.2): id, type, items', () => {
      const page = { '@context': ANNO_CONTEXT, ...doc.first };
      const musts = loadSchemas(path.join(VALIDATORS, 'collections', 'pages'));
      assert.deepEqual(failedMusts(musts, page), []);
      assert.notEqual(doc.first.id, doc.id);
    });

    it('each annotation meets every MUST of the model (3.x), as a consumer taking it out of the page sees it', () => {
      const musts = loadSchemas(path.join(VALIDATORS, 'annotations'));
      assert.ok(musts.filter((s) => s.assertionType === 'must').length >= 10);
      assert.equal(doc.first.items.length, 5);
      for (const item of doc.first.items) {
        assert.deepEqual(failedMusts(musts, { '@context': ANNO_CONTEXT, ...item }), [], String(item.id));
      }
    });

    it('the same export renders the same ids; other annotations or another time give other ids', () => {
      const input = annotatedSample(); // new annotation ids: a new collection
      const once = JSON.parse(renderWebAnnotations(input));
      assert.notEqual(once.id, doc.id);
      const again = JSON.parse(renderWebAnnotations(input));
      assert.deepEqual([again.id, again.first.id], [once.id, once.first.id]);
      const later = JSON.parse(renderWebAnnotations({ ...input, generatedAt: '2027-01-01T00:00:00.000Z' }));
      assert.notEqual(later.id, once.id);
      const fewer = JSON.parse(renderWebAnnotations({ ...input, placements: input.placements.slice(1) }));
      assert.notEqual(fewer.id, once.id);
    });

    it('a JSON-LD processor (safe mode, anno.jsonld served locally) expands it without dropping a key', async () => {
      const context = JSON.parse(fs.readFileSync(path.join(VALIDATORS, 'anno.jsonld'), 'utf8'));
      const documentLoader = async (url: string) => {
        if (url !== ANNO_CONTEXT) { throw new Error(`no network: ${url}`); }
        return { contextUrl: undefined, documentUrl: url, document: context };
      };
      const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
      const top = expanded[0];
      assert.equal(top['@id'], doc.id);
      assert.deepEqual(top['@type'], ['http://www.w3.org/ns/activitystreams#OrderedCollection']);
      const page = (top['http://www.w3.org/ns/activitystreams#first'] as Array<Record<string, unknown>>)[0];
      assert.equal(page['@id'], doc.first.id);
      const items = page['http://www.w3.org/ns/activitystreams#items'] as Array<{ '@list': Array<Record<string, unknown>> }>;
      const list = items[0]['@list'];
      assert.equal(list.length, 5);
      // The verdict survives as the tagging body's value.
      const tags = list.flatMap((a) => (a['http://www.w3.org/ns/oa#hasBody'] as Array<Record<string, unknown>>))
        .filter((b) => JSON.stringify(b['http://www.w3.org/ns/oa#hasPurpose']).includes('tagging'))
        .map((b) => (b['http://www.w3.org/1999/02/22-rdf-syntax-ns#value'] as Array<{ '@value': string }>)[0]['@value']).sort();
      assert.deepEqual(tags, ['refuted', 'supported']);
      // And a key outside the context (what `verdict` was) is refused, so the check has teeth.
      const withVerdict = { ...doc, first: { ...doc.first, items: [{ ...doc.first.items[0], verdict: 'refuted' }] } };
      await assert.rejects(jsonld.expand(withVerdict, { documentLoader, safe: true }), /safe mode|dropped|relative/i);
    });
  });
});

describe('CSV through a strict parser (csv-parse)', () => {
  it('parses strictly (no relaxed quotes, equal column counts), BOM first, every note present', () => {
    const input = annotatedSample();
    const csv = renderClaimsCsv(input);
    assert.equal(csv.charCodeAt(0), 0xfeff);
    const rows = parseCsv(csv, { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
    assert.equal(rows[0][0], 'claim_id');
    assert.ok(rows.every((r) => r.length === 18));
    // The note on a passage without a verdict (claim c8) is in that claim's notes column; the orphaned note
    // has a row of its own; each note of the sample appears (one sentence carrying three claims, c1, c4 and c7
    // (the toll, the wind speed, the day the storm struck), shows its note on each row, as it shows its verdict).
    const noteTexts = input.annotations.filter((a) => a.motivation === 'commenting').map((a) => a.body.value).sort();
    const cells = rows.slice(1).map((r) => r[11]).filter(Boolean);
    assert.deepEqual([...new Set(cells.flatMap((c) => c.split('\n\n')))].sort(), noteTexts);
    assert.deepEqual(rows.filter((r) => r[11] === 'CSB bulletin #3 says 16.').map((r) => r[0]), ['c1', 'c4', 'c7']);
    const c8 = rows.find((r) => r[4] === "Engineers said Tuesday's waves reached 9 metres.")!;
    assert.deepEqual([c8[9], c8[11]], ['', 'Ask the <b>engineers</b> & "CSB", =SUM(A1)']);
    assert.ok(rows.some((r) => r[4].includes('Inès Fournier')), 'UTF-8 text intact after the BOM');
  });
});
