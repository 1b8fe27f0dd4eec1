import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import type { AnalysisReport } from '../../src/core/model';
import { buildReport, factValue, md, renderMarkdown, type AnalysisReportV2 } from '../../src/core/report';
import { sampleReport } from './exportSample';

const DOC_KEYS_V1 = ['path', 'encoding', 'title', 'boilerplate', 'quotes', 'figures', 'entities'];
const CLAIM_KEYS_V1 = ['id', 'doc', 'start', 'end', 'text', 'corroborating', 'conflicting'];
const FACT_KEYS = ['id', 'kind', 'figureKind', 'start', 'end', 'text', 'sentence', 'value', 'measure', 'predicate', 'holder', 'scope', 'time', 'role'];

/** Every number anywhere in a JSON-able value. */
function numbers(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') { out.push(x); } else if (Array.isArray(x)) { x.forEach((y) => numbers(y, out)); } else if (x && typeof x === 'object') { Object.values(x).forEach((y) => numbers(y, out)); }
  return out;
}

describe('report', () => {
  it('buildReport: documents in the given order with paths, encodings and titles; warnings only when present', () => {
    const corpus = new Corpus();
    corpus.updateMany([
      { id: 'file:///x/b.txt', text: 'Home | News | Sport\nSecond headline\n\nThe mayor said on Monday that 14 people died.\n' },
      { id: 'file:///x/a.txt', text: 'First headline\n\nTrade rose 40% in 2019.\n' },
    ]);
    const r = buildReport(corpus, 'x', [
      { id: 'file:///x/a.txt', path: 'a.txt', encoding: 'utf-8' },
      { id: 'file:///x/b.txt', path: 'b.txt', encoding: 'windows-1252' },
    ]);
    assert.deepEqual(Object.keys(r), ['version', 'root', 'documents', 'claims', 'stories']);
    assert.equal(r.version, 2);
    assert.deepEqual(r.documents.map((d) => [d.path, d.encoding, d.title]), [['a.txt', 'utf-8', 'First headline'], ['b.txt', 'windows-1252', 'Second headline']]);
    assert.deepEqual(Object.keys(r.documents[0]), [...DOC_KEYS_V1, 'reported', 'facts']);
    assert.deepEqual(r.documents[1].boilerplate, [{ start: 0, end: 19, reason: 'navigation' }]);
    assert.deepEqual(buildReport(corpus, 'x', [], ['w']).warnings, ['w']);
  });

  it('stories on the sample corpus: the storm (four outlets) and the sports story; every claim in the storm', () => {
    const { report } = sampleReport();
    assert.deepEqual(report.stories, [
      { id: 's1', title: 'Storm Iris, Port Calder', documents: ['01-harbour-herald.txt', '02-coastal-times.txt', '03-daily-lantern.txt', '04-evening-post.txt'] },
      { id: 's2', title: 'Calder Rovers win the cup', documents: ['05-sports-desk.txt'] },
    ]);
    assert.deepEqual([...new Set(report.claims.map((c) => c.story))], ['s1']);
    for (const c of report.claims) {
      const docs = [c.doc, ...c.corroborating, ...c.conflicting, ...c.related, ...c.updates, ...c.variants].map((e) => typeof e === 'string' ? e : e.doc);
      assert.deepEqual(docs.filter((d) => !report.stories[0].documents.includes(d)), [], `${c.id} stays inside its story`);
    }
  });

  it('v2 on the sample corpus: v1 fields first in v1 order, then reported, facts and the claim fields', () => {
    const { report, texts } = sampleReport();
    assert.deepEqual(report.documents.map((d) => [d.path, d.reported]), [
      ['01-harbour-herald.txt', null], ['02-coastal-times.txt', null],
      ['03-daily-lantern.txt', '2026-10-13'], // "Tuesday, 13/10/2026" under the masthead
      ['04-evening-post.txt', null], ['05-sports-desk.txt', null],
    ]);
    // The optional fields, present only when the article's own text says them (no sample gives its URL).
    assert.deepEqual(report.documents.map((d) => [d.outlet, d.url]), [
      ['Harbour Herald', undefined], ['Coastal Times', undefined], ['Daily Lantern', undefined],
      ['Evening Post', undefined], [undefined, undefined],
    ]);
    for (const d of report.documents) {
      assert.deepEqual(Object.keys(d), [...DOC_KEYS_V1, 'reported', 'facts', ...(d.outlet ? ['outlet'] : [])]);
      const text = texts.get(d.path)!;
      for (const f of d.facts) {
        assert.deepEqual(Object.keys(f), f.kind === 'quote' ? [...FACT_KEYS, 'speaker', 'speakerKey', 'words'] : FACT_KEYS);
        assert.equal(f.text, text.slice(f.start, f.end));
        assert.ok(f.sentence.start <= f.start && f.end <= f.sentence.end, `${d.path} ${f.id} inside its sentence`);
        if (f.value) { assert.deepEqual(Object.keys(f.value), ['lo', 'hi', 'bound', 'text', 'unit', 'iso']); }
      }
    }
    for (const c of report.claims) {
      assert.deepEqual(Object.keys(c), [...CLAIM_KEYS_V1, 'fact', 'focus', 'sources', 'independent', 'related', 'updates', 'variants', 'story']);
      for (const e of c.corroborating) { assert.deepEqual(Object.keys(e), ['doc', 'start', 'end', 'text', 'score', 'focus']); }
      for (const e of c.conflicting) { assert.deepEqual(Object.keys(e), ['doc', 'start', 'end', 'text', 'kind', 'reason', 'score', 'focus']); }
      for (const e of c.related) { assert.deepEqual(Object.keys(e), ['doc', 'start', 'end', 'text', 'note', 'score', 'focus']); }
      if (c.fact) {
        assert.deepEqual(Object.keys(c.fact), ['subject', 'kind', 'factId', 'measure', 'predicate', 'holder', 'values']);
        // the anchor fact is in its document's facts, and the claim's focus is that fact's span
        const anchor = report.documents.find((d) => d.path === c.doc)!.facts.find((f) => f.id === c.fact!.factId);
        assert.ok(anchor, `${c.id}: ${c.fact.factId} in ${c.doc}`);
        assert.deepEqual(c.focus, { start: anchor.start, end: anchor.end });
      }
      for (const e of [c, ...c.corroborating, ...c.conflicting, ...c.related, ...c.updates, ...c.variants]) {
        if (e.focus) { assert.ok(e.start <= e.focus.start && e.focus.end <= e.end, `${c.id}: focus inside ${e.doc} ${e.start}-${e.end}`); }
      }
    }
  });

  it('v2 on the sample corpus: the death toll, its facts and its competing values', () => {
    const { report } = sampleReport();
    const herald = report.documents[0];
    const toll = herald.facts.find((f) => f.text === '14 people')!;
    assert.ok(toll, 'the Herald\'s "killed 14 people" is a fact');
    assert.deepEqual(
      { kind: toll.kind, figureKind: toll.figureKind, start: toll.start, end: toll.end, measure: toll.measure, predicate: toll.predicate, role: toll.role, value: toll.value },
      { kind: 'figure', figureKind: 'count', start: 165, end: 174, measure: 'person', predicate: 'death', role: 'measurement',
        value: { lo: 14, hi: 14, bound: null, text: '14 people', unit: null, iso: null } });
    assert.deepEqual(toll.sentence, { start: 147, end: 315 });
    const coastal = report.documents[1].facts.find((f) => f.text === 'Sixteen people')!;
    assert.deepEqual([coastal.measure, coastal.predicate, coastal.value?.lo, coastal.value?.hi], ['person', 'death', 16, 16]);

    const claim = report.claims.find((c) => c.fact?.measure === 'person' && c.fact.predicate === 'death' && c.conflicting.length)!;
    assert.ok(claim, 'the death toll is a claim with a conflict');
    assert.equal(claim.fact!.kind, 'figure');
    assert.match(claim.fact!.subject, /^killed \(person\)/);
    // 16 in the Coastal Times alone; 14 in the Herald, the Lantern and the Post
    const values = claim.fact!.values;
    // values are grouped by number however they are written ("14 people", "Fourteen people", "14 KILLED")
    assert.deepEqual(values.map((v) => ({ value: v.value, docs: [...v.docs].sort() })),
      [{ value: '14', docs: ['01-harbour-herald.txt', '03-daily-lantern.txt', '04-evening-post.txt'] }, { value: '16', docs: ['02-coastal-times.txt'] }]);
    assert.deepEqual([...new Set(values.flatMap((v) => v.docs))].sort(),
      ['01-harbour-herald.txt', '02-coastal-times.txt', '03-daily-lantern.txt', '04-evening-post.txt']);
    assert.ok(claim.independent !== null && claim.independent <= claim.sources);
    // "Sixteen people" is the focus of the Coastal Times passage, whichever side of the link it is on
    const sixteen = claim.doc === '02-coastal-times.txt' ? claim : claim.conflicting.find((e) => e.doc === '02-coastal-times.txt')!;
    assert.deepEqual(sixteen.focus, { start: 96, end: 110 });
    assert.ok(claim.conflicting.every((e) => e.kind === 'figure'));
    assert.deepEqual(claim.updates, []);
    assert.deepEqual(claim.variants, []);
  });

  // One fact, one claim: the sample's death toll is a single cluster of four sources.
  it('engine: one death-toll claim, its values grouped by number (14 = Fourteen), 3 sources for 14', () => {
    const { report } = sampleReport();
    const tolls = report.claims.filter((c) => c.fact?.measure === 'person' && c.fact.predicate === 'death');
    assert.equal(tolls.length, 1);
    assert.deepEqual(tolls[0].fact!.values.map((v) => [...v.docs].sort()),
      [['01-harbour-herald.txt', '03-daily-lantern.txt', '04-evening-post.txt'], ['02-coastal-times.txt']]);
    assert.deepEqual([tolls[0].sources, tolls[0].independent], [3, 3]);
    assert.equal(report.documents[0].facts.find((f) => f.text === '14 people')!.holder, null); // not "person:iris"
  });

  it('no Infinity or NaN: open interval ends are null with a bound, and the report survives a JSON round trip', () => {
    const { report } = sampleReport();
    const post = report.documents.find((d) => d.path === '04-evening-post.txt')!;
    assert.deepEqual(post.facts.find((f) => f.value?.text === 'More than 1,200 homes')?.value,
      { lo: 1200, hi: null, bound: 'lower', text: 'More than 1,200 homes', unit: null, iso: null });
    assert.deepEqual(post.facts.find((f) => f.value?.text === 'up to 6 metres')?.value,
      { lo: null, hi: 6, bound: 'upper', text: 'up to 6 metres', unit: 'm', iso: null });
    assert.deepEqual(post.facts.find((f) => f.kind === 'date' && f.figureKind === 'date')?.value,
      { lo: null, hi: null, bound: null, text: 'October 13, 2026', unit: null, iso: '2026-10-13' });
    assert.deepEqual(factValue({ lo: 22.5, hi: 27.500000000000004, text: 'roughly 25%', unit: '%' }),
      { lo: 22.5, hi: 27.5, bound: null, text: 'roughly 25%', unit: '%', iso: null });
    const json = JSON.stringify(report);
    assert.doesNotMatch(json, /Infinity|NaN/);
    assert.deepEqual(JSON.parse(json), report, 'every value is what JSON writes back');
    assert.ok(numbers(report).every(Number.isFinite));
  });

  it('renderMarkdown: conflicts with competing values and sources, updates timeline, variants apart; text escaped', () => {
    const report: AnalysisReportV2 = {
      version: 2,
      root: 'news',
      documents: [
        { path: 'a.txt', encoding: 'utf-8', title: 'A [link](command:x)', boilerplate: [], quotes: [
          { start: 0, end: 5, text: '"Hi"', speaker: 'Ann Lee', speakerKey: 'person:ann-lee', cue: 'said' }], figures: [
          { start: 9, end: 12, text: '40%', kind: 'percent', value: 40, unit: '%', iso: null }], entities: [], reported: '2026-10-13', facts: [] },
        { path: 'b.txt', encoding: 'utf-8', title: null, boilerplate: [], quotes: [], figures: [], entities: [], reported: '2026-10-15', facts: [] },
      ],
      claims: [
        { id: 'c1', doc: 'a.txt', start: 0, end: 10, text: '14 people were killed.', corroborating: [
          { doc: 'c.txt', start: 0, end: 9, text: 'Fourteen died.', score: 0.9, focus: null },
          { doc: 'd.txt', start: 0, end: 9, text: 'Fourteen died.', score: 0.9, focus: null },
          { doc: 'e.txt', start: 0, end: 9, text: 'Fourteen died.', score: 0.9, focus: null }], conflicting: [
          { doc: 'b.txt', start: 3, end: 20, text: 'Sixteen people died.', kind: 'figure', reason: '14 vs Sixteen: same killed (person), different value', score: 0.8, focus: { start: 3, end: 10 } }],
        fact: { subject: 'killed (person)', kind: 'figure', factId: 'f1', measure: 'person', predicate: 'death', holder: null,
          values: [{ value: '14', docs: ['a.txt', 'c.txt', 'd.txt'] }, { value: 'Sixteen', docs: ['b.txt'] }] },
        focus: { start: 0, end: 2 }, sources: 4, independent: 2, related: [],
        updates: [{ doc: 'b.txt', start: 30, end: 50, text: 'The toll rose to 29 <b>today</b>.', score: 0.7, value: '29', reported: '2026-10-15', focus: null }],
        variants: [], story: 's1' },
        { id: 'c2', doc: 'a.txt', start: 20, end: 30, text: 'Costa spoke.', corroborating: [{ doc: 'c.txt', start: 0, end: 9, text: 'Costa spoke', score: 0.9, focus: null }], conflicting: [],
          fact: null, focus: null, sources: 2, independent: 1, related: [], updates: [],
          variants: [{ doc: 'b.txt', start: 0, end: 30, text: 'Costa said "we rebuild"', score: 0.6, reason: 'word order', focus: null }], story: 's1' },
      ],
      stories: [{ id: 's1', title: 'Storm', documents: ['a.txt', 'b.txt'] }],
    };
    const out = renderMarkdown(report);
    const i = (s: string) => { const k = out.indexOf(s); assert.ok(k >= 0, `missing ${s} in\n${out}`); return k; };
    assert.ok(i('## Conflicts') < i('killed \\(person\\): 14 — 3 sources · Sixteen — 1 source') && i('Sixteen — 1 source') < i('4 sources, 2 independent'));
    assert.ok(i('4 sources, 2 independent') < i('## Updates') && i('## Updates') < i('## Corroborated claims'));
    // the timeline: the claim's own value at its document's date, then the update
    assert.ok(i('- 2026-10-13 · **14** — a.txt') < i('- 2026-10-15 · **29** — b.txt: “The toll rose to 29 \\<b\\>today\\</b\\>.”'));
    assert.ok(i('## Corroborated claims') < i('“Costa spoke.” — 2 sources, 1 independent: a.txt, c.txt') && i('Costa spoke.') < i('## Wording variants'));
    assert.ok(i('## Wording variants') < i('- word order — b.txt') && i('- word order') < i('## Documents'));
    assert.ok(out.indexOf('word order') > out.indexOf('## Wording variants'), 'a variant is never listed under the conflicts');
    i('- “"Hi"” — Ann Lee (said)');
    i('- 40% — percent: 40 %');
    i('*A \\[link\\]\\(command:x\\)* · utf-8 · reported 2026-10-13');
    assert.equal(md('a*b_c\n\nd'), 'a\\*b\\_c d');
  });

  it('md: no link, image, autolink, raw HTML or entity survives', () => {
    assert.equal(md('<https://evil.example> <img src=x>'), '\\<https\\://evil.example\\> \\<img src=x\\>');
    assert.equal(md('see https://evil.example/a and www.evil.example'), 'see https\\://evil.example/a and www\\.evil.example');
    assert.equal(md('![x](http://t/p.png) &amp; &lt;b&gt; $x$'), '\\!\\[x\\]\\(http\\://t/p.png\\) \\&amp; \\&lt;b\\&gt; \\$x\\$');
  });

  it('renderMarkdown reads a v1 report too', () => {
    const v1: AnalysisReport = {
      version: 1, root: 'old', documents: [{ path: 'a.txt', encoding: 'utf-8', title: null, boilerplate: [], quotes: [], figures: [], entities: [] }],
      claims: [{ id: 'c1', doc: 'a.txt', start: 0, end: 4, text: 'Text', corroborating: [{ doc: 'b.txt', start: 0, end: 4, text: 'Text', score: 1 }], conflicting: [] }],
    };
    assert.ok(renderMarkdown(v1).includes('- “Text” — 2 sources: a.txt, b.txt'));
  });
});
