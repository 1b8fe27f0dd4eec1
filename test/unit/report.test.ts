import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import { buildReport, md, renderMarkdown } from '../../src/core/report';
import type { AnalysisReport } from '../../src/core/model';

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
    assert.deepEqual(Object.keys(r), ['version', 'root', 'documents', 'claims']);
    assert.deepEqual(r.documents.map((d) => [d.path, d.encoding, d.title]), [['a.txt', 'utf-8', 'First headline'], ['b.txt', 'windows-1252', 'Second headline']]);
    assert.deepEqual(r.documents[1].boilerplate, [{ start: 0, end: 19, reason: 'navigation' }]);
    assert.deepEqual(buildReport(corpus, 'x', [], ['w']).warnings, ['w']);
  });

  it('renderMarkdown: conflicts first, then corroborated claims, then documents; article text escaped', () => {
    const report: AnalysisReport = {
      version: 1,
      root: 'news',
      documents: [{ path: 'a.txt', encoding: 'utf-8', title: 'A [link](command:x)', boilerplate: [], quotes: [
        { start: 0, end: 5, text: '"Hi"', speaker: 'Ann Lee', speakerKey: 'person:ann-lee', cue: 'said' }], figures: [
        { start: 9, end: 12, text: '40%', kind: 'percent', value: 40, unit: '%', iso: null }], entities: [] }],
      claims: [
        { id: 'c1', doc: 'a.txt', start: 0, end: 10, text: 'Signed in 2019.', corroborating: [], conflicting: [
          { doc: 'b.txt', start: 3, end: 20, text: 'Signed in 2020.', kind: 'year', reason: '2019 vs 2020: same event, different year', score: 0.8 }] },
        { id: 'c2', doc: 'a.txt', start: 20, end: 30, text: 'Costa spoke.', corroborating: [{ doc: 'c.txt', start: 0, end: 9, text: 'Costa spoke', score: 0.9 }], conflicting: [] },
      ],
    };
    const out = renderMarkdown(report);
    const i = (s: string) => { const k = out.indexOf(s); assert.ok(k >= 0, `missing ${s} in\n${out}`); return k; };
    assert.ok(i('## Conflicts') < i('2019 vs 2020: same event, different year') && i('2019 vs 2020') < i('## Corroborated claims'));
    assert.ok(i('## Corroborated claims') < i('“Costa spoke.” — 2 sources: a.txt, c.txt') && i('Costa spoke.') < i('## Documents'));
    i('- “"Hi"” — Ann Lee (said)');
    i('- 40% — percent: 40 %');
    i('*A \\[link\\]\\(command:x\\)*');
    assert.equal(md('a*b_c\n\nd'), 'a\\*b\\_c d');
  });
});
