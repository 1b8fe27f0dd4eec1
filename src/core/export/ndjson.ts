// `--format ndjson`: the report as newline-delimited JSON for a search engine (docs/scale.md): one
// object per line, one per document, per fact (its slots flat, as keyword fields) and per link between
// two passages (corroborating, conflicting, update, variant, related), each with a `type` and a
// content-derived `id` that is the same in every run (so re-ingesting an archive overwrites, never
// duplicates). Article text stays JSON-escaped by JSON.stringify; nothing here is HTML or Markdown.
import type { AnalysisReportV2, ReportClaimV2, ReportFact } from '../reportTypes';
import { stableHash, stableId } from './stableId';

export interface NdjsonDocument {
  type: 'document';
  id: string;
  archive: string;
  path: string;
  /** Hash of the analysed text: equal texts in two archives (wire copies, mirrors) share it. */
  contentHash: string;
  encoding: string;
  title: string | null;
  reported: string | null;
  story: string | null;
  length: number;
  facts: number;
}

export interface NdjsonFact {
  type: 'fact';
  id: string;
  archive: string;
  doc: string;
  path: string;
  /** The fact's id inside its document ("f3"), as in the JSON report. */
  factId: string;
  kind: ReportFact['kind'];
  figureKind: string | null;
  start: number;
  end: number;
  text: string;
  sentence: string;
  valueLo: number | null;
  valueHi: number | null;
  valueBound: 'lower' | 'upper' | null;
  valueText: string | null;
  unit: string | null;
  iso: string | null;
  measure: string | null;
  predicate: string | null;
  holder: string | null;
  scope: string | null;
  time: string | null;
  role: string;
  speaker: string | null;
  speakerKey: string | null;
  story: string | null;
}

export type LinkRelation = 'corroborating' | 'conflicting' | 'update' | 'variant' | 'related';

export interface NdjsonLink {
  type: 'link';
  id: string;
  archive: string;
  relation: LinkRelation;
  /** The claim's anchor fact and the fact of the other passage (null when no fact has its span). */
  from: string | null;
  to: string | null;
  fromDoc: string;
  toDoc: string;
  fromPath: string;
  toPath: string;
  toStart: number;
  toEnd: number;
  /** Why: a conflict's reason, an update's value, a variant's reason, a related passage's note. */
  reason: string | null;
  conflictKind: string | null;
  score: number;
  story: string | null;
}

export type NdjsonRecord = NdjsonDocument | NdjsonFact | NdjsonLink;

/** The records, documents each followed by their facts, then the links. `textOf` gives a document's
 *  analysed text by report path (for the content hash). */
export function ndjsonRecords(report: AnalysisReportV2, textOf: (path: string) => string | undefined): NdjsonRecord[] {
  const archive = report.root;
  const storyOf = new Map<string, string>();
  for (const s of report.stories) { for (const d of s.documents) { storyOf.set(d, s.id); } }
  const docId = new Map<string, string>();
  /** path -> "start:end" -> fact record id */
  const factAt = new Map<string, Map<string, string>>();
  const factById = new Map<string, string>();
  const out: NdjsonRecord[] = [];
  for (const d of report.documents) {
    const text = textOf(d.path) ?? '';
    const contentHash = stableHash(text);
    const id = stableId('d-', [d.path, contentHash]);
    docId.set(d.path, id);
    const story = storyOf.get(d.path) ?? null;
    out.push({
      type: 'document', id, archive, path: d.path, contentHash, encoding: d.encoding, title: d.title,
      reported: d.reported, story, length: text.length, facts: d.facts.length,
    });
    const at = new Map<string, string>();
    factAt.set(d.path, at);
    for (const f of d.facts) {
      const fid = stableId('f-', [id, f.kind, f.start, f.end]);
      if (!at.has(`${f.start}:${f.end}`)) { at.set(`${f.start}:${f.end}`, fid); }
      factById.set(`${d.path}#${f.id}`, fid);
      out.push({
        type: 'fact', id: fid, archive, doc: id, path: d.path, factId: f.id, kind: f.kind, figureKind: f.figureKind,
        start: f.start, end: f.end, text: f.text, sentence: text.slice(f.sentence.start, f.sentence.end),
        valueLo: f.value?.lo ?? null, valueHi: f.value?.hi ?? null, valueBound: f.value?.bound ?? null,
        valueText: f.value?.text ?? null, unit: f.value?.unit ?? null, iso: f.value?.iso ?? null,
        measure: f.measure, predicate: f.predicate, holder: f.holder, scope: f.scope, time: f.time, role: f.role,
        speaker: f.speaker ?? null, speakerKey: f.speakerKey ?? null, story,
      });
    }
  }
  const seen = new Set<string>();
  for (const c of report.claims) {
    for (const link of claimLinks(c)) {
      const from = c.fact ? factById.get(`${c.doc}#${c.fact.factId}`) ?? null : null;
      const to = link.focus ? factAt.get(link.doc)?.get(`${link.focus.start}:${link.focus.end}`) ?? null : null;
      const fromDoc = docId.get(c.doc) ?? stableId('d-', [c.doc]);
      const toDoc = docId.get(link.doc) ?? stableId('d-', [link.doc]);
      // One link per pair of passages and relation, whichever of the two is the claim's anchor.
      const a = from ?? `${fromDoc}:${c.start}:${c.end}`;
      const b = to ?? `${toDoc}:${link.start}:${link.end}`;
      const id = stableId('l-', [link.relation, ...(a < b ? [a, b] : [b, a])]);
      if (seen.has(id)) { continue; }
      seen.add(id);
      out.push({
        type: 'link', id, archive, relation: link.relation, from, to, fromDoc, toDoc, fromPath: c.doc, toPath: link.doc,
        toStart: link.start, toEnd: link.end, reason: link.reason, conflictKind: link.conflictKind, score: link.score,
        story: c.story,
      });
    }
  }
  return out;
}

interface ClaimLink {
  relation: LinkRelation;
  doc: string;
  start: number;
  end: number;
  focus: { start: number; end: number } | null;
  reason: string | null;
  conflictKind: string | null;
  score: number;
}

function claimLinks(c: ReportClaimV2): ClaimLink[] {
  const base = (e: { doc: string; start: number; end: number; focus: { start: number; end: number } | null; score: number }) =>
    ({ doc: e.doc, start: e.start, end: e.end, focus: e.focus, score: e.score });
  return [
    ...c.conflicting.map((e) => ({ ...base(e), relation: 'conflicting' as const, reason: e.reason, conflictKind: e.kind })),
    ...c.corroborating.map((e) => ({ ...base(e), relation: 'corroborating' as const, reason: null, conflictKind: null })),
    ...c.updates.map((e) => ({ ...base(e), relation: 'update' as const, reason: e.value, conflictKind: null })),
    ...c.variants.map((e) => ({ ...base(e), relation: 'variant' as const, reason: e.reason, conflictKind: null })),
    ...c.related.map((e) => ({ ...base(e), relation: 'related' as const, reason: e.note, conflictKind: null })),
  ];
}

export function renderNdjson(report: AnalysisReportV2, textOf: (path: string) => string | undefined): string {
  return ndjsonRecords(report, textOf).map((r) => JSON.stringify(r) + '\n').join('');
}
