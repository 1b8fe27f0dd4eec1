// The sample corpus (samples/storm-iris) through Corpus + buildReport, as the CLI does, with a few
// annotations on it: the fixture of the export tests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeSpan } from '../../src/core/annotations/anchor';
import { createAnnotation, type Annotation, type VerdictId } from '../../src/core/annotations/annotation';
import { withCorrections } from '../../src/core/annotations/correctedSource';
import { placeCorrections } from '../../src/core/annotations/placeCorrections';
import { Corpus } from '../../src/core/corpus';
import { placeForReport, type AnnotatedReport } from '../../src/core/export/annotatedReport';
import { buildReport, type AnalysisReportV2 } from '../../src/core/report';
import { decodeText } from '../../src/core/text/decode';

const SAMPLES = path.resolve(__dirname, '../../samples/storm-iris');
export const NOW = new Date('2026-11-23T12:00:00.000Z');

/** The sample corpus through Corpus + buildReport, as the CLI does, with its texts for anchoring; `edit`
 *  changes a text before the analysis (a test's own addition to a sample article); `corrections` are the
 *  user's corrections made on those texts, applied as the CLI applies them (withCorrections). */
export function sampleReport(edit?: (path: string, text: string) => string, corrections?: (texts: Map<string, string>) => Annotation[]):
  { report: AnalysisReportV2; texts: Map<string, string>; corrections: Annotation[] } {
  const texts = new Map<string, string>();
  const meta = fs.readdirSync(SAMPLES).sort().map((f) => {
    const d = decodeText(fs.readFileSync(path.join(SAMPLES, f)));
    texts.set(f, edit ? edit(f, d.text) : d.text);
    return { id: f, path: f, encoding: d.encoding };
  });
  const corpus = new Corpus();
  corpus.updateMany(meta.map((m) => ({ id: m.id, text: texts.get(m.id)! })));
  const made = corrections?.(texts) ?? [];
  if (!corrections) { return { report: buildReport(corpus, 'samples/storm-iris', meta), texts, corrections: made }; }
  const placed = placeCorrections(made, (s) => (texts.has(s) ? { doc: s, text: texts.get(s)! } : undefined));
  return { report: buildReport(withCorrections(corpus, corpus.ids(), placed), 'samples/storm-iris', meta), texts, corrections: made };
}

export function verdict(texts: Map<string, string>, doc: string, start: number, end: number, v: VerdictId, author = 'Ana Reviewer'): Annotation {
  const d = describeSpan(texts.get(doc)!, start, end);
  return createAnnotation({ source: doc, quote: d.quote, position: d.position, motivation: 'assessing', value: v, verdict: v, creator: author, now: NOW });
}

function note(texts: Map<string, string>, doc: string, needle: string, value: string): Annotation {
  const start = texts.get(doc)!.indexOf(needle);
  assert.ok(start >= 0, needle);
  const d = describeSpan(texts.get(doc)!, start, start + needle.length);
  return createAnnotation({ source: doc, quote: d.quote, position: d.position, motivation: 'commenting', value, creator: 'Ana Reviewer', now: NOW });
}

/** Sample report with: a Refuted verdict + note on the first conflict, Supported on the first corroborated
 *  claim, a passage note with markup in it, and an orphan whose passage was deleted. */
export function annotatedSample(edit?: (path: string, text: string) => string, corrections?: (texts: Map<string, string>) => Annotation[]):
  AnnotatedReport & { report: AnalysisReportV2; annotations: Annotation[]; texts: Map<string, string> } {
  const { report, texts, corrections: made } = sampleReport(edit, corrections);
  // The verdicts go on the passages the engine's own analysis gives (a correction may change which claim conflicts).
  const engine = corrections ? sampleReport(edit).report : report;
  const conflict = engine.claims.find((c) => c.conflicting.length)!;
  const agreed = engine.claims.find((c) => !c.conflicting.length)!;
  assert.ok(conflict && agreed, 'the sample corpus has a conflict and a corroborated claim');
  // A note made on a sentence that has since been deleted from the file.
  const herald = texts.get('01-harbour-herald.txt')!;
  const cut = herald.indexOf('Construction of the new breakwater');
  const deleted = 'A sentence that was deleted from the article since. ';
  const before = herald.slice(0, cut) + deleted + herald.slice(cut);
  const od = describeSpan(before, cut, cut + deleted.length - 1);
  const orphan = createAnnotation({ source: '01-harbour-herald.txt', quote: od.quote, position: od.position, motivation: 'commenting', value: 'source?', now: NOW });
  const annotations = [
    verdict(texts, conflict.doc, conflict.start, conflict.end, 'refuted'),
    { ...note(texts, conflict.doc, texts.get(conflict.doc)!.slice(conflict.start, conflict.end), 'CSB bulletin #3 says 16.'), },
    verdict(texts, agreed.doc, agreed.start, agreed.end, 'supported', 'Bo Checker'),
    note(texts, '01-harbour-herald.txt', 'Engineers said Tuesday\'s waves reached 9 metres.', 'Ask the <b>engineers</b> & "CSB", =SUM(A1)'),
    orphan,
    ...made,
  ];
  return {
    report,
    texts,
    annotations,
    placements: placeForReport(annotations, (p) => texts.get(p)),
    generatedAt: NOW.toISOString(),
    sourceIri: (p) => `file:///work/samples/storm-iris/${p.split('/').map(encodeURIComponent).join('/')}`,
  };
}

