// Corrections of the engine's judgement (src/core/annotations/applyCorrections.ts) on the fixture
// workspace (fictional): the exact links, speakers, types and chrome after applying each kind, history
// (the later of two contradicting corrections wins), orphans, the store's format versions, and the CLI.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describeSpan } from '../../src/core/annotations/anchor';
import { createAnnotation, parseStoreFile, serializeAnnotationFile, type Annotation } from '../../src/core/annotations/annotation';
import { applyCorrections, USER_CONFLICT_REASON } from '../../src/core/annotations/applyCorrections';
import { correctionLabel, correctionMotivation, type Correction } from '../../src/core/annotations/correction';
import { placeCorrections } from '../../src/core/annotations/placeCorrections';
import { entityChoices, linksAt } from '../../src/core/annotations/correctionTargets';
import Ajv from 'ajv-draft-04';
import * as jsonld from 'jsonld';
import { Corpus } from '../../src/core/corpus';
import type { Claim, DocumentAnalysis } from '../../src/core/model';
import type { AnalysisReportV2 } from '../../src/core/report';
import { runCli } from '../../src/cli/main';
import { AnnotationStore } from '../../src/node/annotationStore';

const FIXTURES = path.resolve(__dirname, '../fixtures/workspace');
const FILES = ['01-harbour-herald.txt', '02-coastal-times.txt', '03-daily-lantern.txt', '04-evening-post.txt', '05-sports-desk.txt'];
const texts = new Map(FILES.map((f) => [f, readFileSync(path.join(FIXTURES, f), 'utf8')]));
const corpus = new Corpus();
corpus.updateMany(FILES.map((id) => ({ id, text: texts.get(id)! })));

type At = [doc: string, start: number, end: number];
let clock = Date.parse('2026-03-01T10:00:00Z');

function correction(at: At, c: Correction, other?: At): Annotation {
  const [doc, start, end] = at;
  const full: Correction = { ...c };
  if (other) {
    const d = describeSpan(texts.get(other[0])!, other[1], other[2]);
    full.other = { source: other[0], selector: [d.quote, d.position] };
  }
  clock += 60_000;
  return createAnnotation({ source: doc, ...describeSpan(texts.get(doc)!, start, end), motivation: correctionMotivation(c.kind),
    value: correctionLabel(full), correction: full, creator: 'tester', now: new Date(clock) });
}

function apply(annotations: Annotation[], source: ReadonlyMap<string, string> = texts) {
  const placed = placeCorrections(annotations, (s) => (source.has(s) ? { doc: s, text: source.get(s)! } : undefined));
  const documents = corpus.ids().map((id) => corpus.document(id)!);
  return applyCorrections({ documents, claims: corpus.claims(), stories: corpus.stories() }, placed);
}

const links = (c: Claim | undefined) => c && {
  corroborating: c.corroborating.map((e) => `${e.doc}:${e.start}-${e.end}${e.correction ? ' (corrected)' : ''}`),
  conflicting: c.conflicting.map((e) => `${e.doc}:${e.start}-${e.end}${e.correction ? ` (corrected: ${e.reason})` : ''}`),
  related: (c.related ?? []).map((e) => `${e.doc}:${e.start}-${e.end}`),
};
const claim = (claims: Claim[], doc: string, start: number, subject: string | undefined) =>
  claims.find((c) => c.doc === doc && c.start === start && c.fact?.subject === subject);
const H = '01-harbour-herald.txt';
const C = '02-coastal-times.txt';
const L = '03-daily-lantern.txt';
const E = '04-evening-post.txt';
const S = '05-sports-desk.txt';

describe('corrections: applied after the engine', () => {
  it('the engine\'s links this file relies on', () => {
    assert.deepEqual(links(claim(corpus.claims(), H, 147, 'speed')), {
      corroborating: [`${L}:316-390`], conflicting: [`${C}:83-239`], related: [] });
    assert.deepEqual(links(claim(corpus.claims(), H, 700, 'aid, European Union')), {
      corroborating: [`${C}:524-598`, `${L}:503-561`], conflicting: [], related: [] });
  });

  it('Not the same fact dismisses one fact\'s link and leaves the other facts of the two sentences alone', () => {
    const a = correction([H, 147, 315], { kind: 'not-same-fact', subject: 'speed' }, [C, 83, 239]);
    const r = apply([a]);
    assert.deepEqual(links(claim(r.claims, H, 147, 'speed')), { corroborating: [`${L}:316-390`], conflicting: [], related: [] });
    assert.deepEqual(claim(r.claims, H, 147, 'speed')!.corrections, [a.id]);
    // the death toll still conflicts with the Coastal Times, the date still agrees with it
    assert.deepEqual(links(claim(r.claims, H, 147, 'killed (person), in Port Calder'))!.conflicting, [`${C}:83-239`]);
    assert.deepEqual(links(claim(r.claims, H, 147, 'date'))!.corroborating, [`${C}:83-239`, `${E}:72-155`]);
    assert.deepEqual(r.outcomes.map((o) => [o.id, o.status]), [[a.id, 'applied']]);
    assert.equal(r.claims.length, corpus.claims().length);
  });

  it('Contradicts turns one corroboration into a conflict with the user\'s reason', () => {
    const a = correction([H, 700, 808], { kind: 'contradicts', subject: 'aid, European Union' }, [C, 524, 598]);
    const r = apply([a]);
    assert.deepEqual(links(claim(r.claims, H, 700, 'aid, European Union')), {
      corroborating: [`${L}:503-561`], conflicting: [`${C}:524-598 (corrected: ${USER_CONFLICT_REASON})`], related: [] });
    const c = claim(r.claims, H, 700, 'aid, European Union')!;
    assert.equal(c.conflicting[0].kind, 'other');
    assert.equal(c.sources, 2);
    // the Evening Post's claim about the same money is another fact: untouched
    assert.deepEqual(links(claim(r.claims, E, 413, undefined))!.corroborating, [`${H}:700-808`, `${C}:524-598`]);
  });

  it('Same fact marks the link confirmed; a later Not the same fact on it wins, both kept in history', () => {
    const same = correction([H, 147, 315], { kind: 'same-fact', subject: 'speed' }, [C, 83, 239]);
    let r = apply([same]);
    assert.deepEqual(claim(r.claims, H, 147, 'speed')!.conflicting.map((e) => [e.doc, e.start, e.end, e.correction]), [[C, 83, 239, same.id]]);
    const notSame = correction([C, 83, 239], { kind: 'not-same-fact', subject: 'speed' }, [H, 147, 315]);
    r = apply([same, notSame]);
    assert.deepEqual(links(claim(r.claims, H, 147, 'speed'))!.conflicting, []);
    assert.deepEqual(r.outcomes.map((o) => [o.id, o.status, o.supersededBy]),
      [[same.id, 'superseded', notSame.id], [notSame.id, 'applied', undefined]]);
    // given in the other order, the later still wins
    r = apply([notSame, same]);
    assert.deepEqual(links(claim(r.claims, H, 147, 'speed'))!.conflicting.length, 0);
  });

  it('Link as corroborating: related passages become corroborating, on both claims', () => {
    const a = correction([H, 894, 998], { kind: 'link-corroborating' }, [C, 683, 745]);
    const r = apply([a]);
    assert.deepEqual(links(claim(r.claims, H, 894, 'rainfall (percent), first 9 months of 2026')),
      { corroborating: [`${C}:683-745 (corrected)`], conflicting: [], related: [] });
    assert.deepEqual(links(claim(r.claims, C, 683, 'rainfall (percent), first 10 months of 2026')),
      { corroborating: [`${H}:894-998 (corrected)`], conflicting: [], related: [] });
  });

  it('Link as conflicting: onto a claim of the passage, or a new claim when the engine made none', () => {
    const a = correction([H, 517, 565], { kind: 'link-conflicting' }, [E, 312, 409]);
    const sports = texts.get(S)!.indexOf('Joel Amara');
    const b = correction([S, sports, sports + 10], { kind: 'link-conflicting' }, [E, 312, 409]);
    const r = apply([a, b]);
    assert.deepEqual(links(claim(r.claims, H, 517, 'height'))!.conflicting, [`${E}:312-409 (corrected: ${USER_CONFLICT_REASON})`]);
    const made = r.claims.filter((c) => c.doc === S);
    assert.deepEqual(made.map((c) => [c.id, c.start, c.end, c.text, c.corrections, links(c)]), [[
      `u-${b.id.slice('urn:uuid:'.length, 'urn:uuid:'.length + 8)}`, sports, sports + 10, 'Joel Amara', [b.id],
      { corroborating: [], conflicting: [`${E}:312-409 (corrected: ${USER_CONFLICT_REASON})`], related: [] },
    ]]);
    assert.equal(made[0].story, corpus.stories().find((s) => s.documents.includes(S))!.id);
    assert.equal(r.claims.length, corpus.claims().length + 1);
  });

  it('Set speaker: the quote, its fact and the claim subject name the user\'s speaker', () => {
    const a = correction([H, 567, 632], { kind: 'set-speaker', speaker: 'Inès Fournier', speakerKey: 'person:ines-fournier' });
    const r = apply([a]);
    const d = r.documents.get(H)!;
    assert.deepEqual(d.quotes.map((q) => [q.start, q.end, q.speaker, q.speakerKey, q.correction ?? null]), [
      [347, 380, 'Inès Fournier', 'person:ines-fournier', null],
      [405, 444, 'Inès Fournier', 'person:ines-fournier', null],
      [567, 632, 'Inès Fournier', 'person:ines-fournier', a.id],
    ]);
    assert.deepEqual(d.facts!.filter((f) => f.kind === 'quote' && f.start >= 567 && f.start < 632).map((f) => f.speakerKey), ['person:ines-fournier']);
    assert.equal(claim(r.claims, H, 567, 'quote of Inès Fournier')?.corrections?.[0], a.id);
    assert.equal(corpus.document(H)!.quotes[2].speaker, 'Tomas Reyes', 'the engine\'s own analysis is not modified');
  });

  it('Set type, Same as and Not the same rewrite entity keys in every document', () => {
    const port = texts.get(H)!.indexOf('Port traffic');
    const commission = texts.get(E)!.indexOf('European Commission');
    const fournier = texts.get(L)!.indexOf('Fournier');
    const type = correction([H, port, port + 4], { kind: 'set-type', entityType: 'organization' });
    const same = correction([E, commission, commission + 19], { kind: 'same-entity', sameAs: { key: 'organization:european-union', name: 'European Union' } });
    const split = correction([L, fournier, fournier + 8], { kind: 'split-entity' });
    const r = apply([type, same, split]);
    const keys = (d: DocumentAnalysis | undefined, text: string) =>
      [...new Set((d?.entities ?? []).filter((e) => e.text === text).map((e) => `${e.type} ${e.key}${e.correction ? ' *' : ''}`))];
    for (const f of [H, C, L]) { assert.deepEqual(keys(r.documents.get(f), 'Port'), ['organization organization:port *'], f); }
    for (const f of [H, C, E]) {
      assert.deepEqual(keys(r.documents.get(f), 'European Commission'), ['organization organization:european-union *'], f);
    }
    assert.deepEqual(keys(r.documents.get(L), 'Fournier'), ['person person:fournier *']);
    assert.deepEqual(keys(r.documents.get(E) ?? corpus.document(E), 'Fournier'), ['person person:ines-fournier'], 'split in its own source only');
    assert.deepEqual(r.outcomes.map((o) => o.status), ['applied', 'applied', 'applied']);
  });

  it('Treat as page chrome: what the engine found there is gone, the claim too', () => {
    const a = correction([H, 810, 892], { kind: 'page-chrome' });
    const r = apply([a]);
    const d = r.documents.get(H)!;
    assert.deepEqual(d.boilerplate.filter((b) => b.correction), [{ start: 810, end: 892, reason: 'other', correction: a.id }]);
    assert.deepEqual(d.figures.filter((f) => f.start >= 810 && f.end <= 892), []);
    assert.equal(claim(r.claims, H, 810, 'fell (percent), Port, in the week after the storm'), undefined);
    assert.equal(r.claims.length, corpus.claims().length - 1);
  });

  it('orphans (a passage gone) and unmatched corrections are kept, not applied', () => {
    const a = correction([H, 147, 315], { kind: 'not-same-fact', subject: 'speed' }, [C, 83, 239]);
    const speakerOnNoQuote = correction([H, 517, 565], { kind: 'set-speaker', speaker: 'Someone', speakerKey: 'person:someone' });
    const edited = new Map(texts);
    edited.set(C, texts.get(C)!.replace(/PORT CALDER: Sixteen people died[^.]*\./, 'Completely rewritten.'));
    const r = apply([a, speakerOnNoQuote], edited);
    assert.deepEqual(r.outcomes.map((o) => [o.status, o.at && o.at.start, o.other ?? null]), [['orphan', 147, null], ['unmatched', 517, null]]);
    assert.deepEqual(links(claim(r.claims, H, 147, 'speed'))!.conflicting, [`${C}:83-239`]);
    const gone = apply([a], new Map([...texts].filter(([k]) => k !== H)));
    assert.deepEqual(gone.outcomes.map((o) => [o.status, o.at]), [['orphan', null]]);
  });
});

describe('corrections: the store file', () => {
  it('round-trips corrections; the format is 2 with corrections and stays 1 without', () => {
    const a = correction([H, 700, 808], { kind: 'contradicts', subject: 'aid, European Union' }, [C, 524, 598]);
    const note = createAnnotation({ source: H, ...describeSpan(texts.get(H)!, 0, 10), motivation: 'commenting', value: 'n' });
    const text = serializeAnnotationFile([note, a]);
    const parsed = parseStoreFile(text);
    assert.equal(parsed.version, 2);
    assert.deepEqual(parsed.skipped, []);
    assert.deepEqual(parsed.annotations, [note, a]);
    assert.equal(JSON.parse(text).annotations[1].motivation, 'linking');
    assert.equal(parseStoreFile(serializeAnnotationFile([note])).version, 1);
    const broken = JSON.parse(text);
    delete broken.annotations[1].correction.other;
    assert.deepEqual(parseStoreFile(JSON.stringify(broken)).skipped, ['annotation 1: contradicts needs the other passage']);
  });

  it('a store of a newer format is read, never written, with a message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tri-newer-'));
    const file = path.join(dir, '.triangulate', 'annotations.json');
    mkdirSync(path.dirname(file));
    const a = correction([H, 700, 808], { kind: 'page-chrome' });
    const future = { version: 3, generator: 'triangulate', annotations: [a, { id: 'x', type: 'Annotation', motivation: 'highlighting' }] };
    const bytes = JSON.stringify(future);
    writeFileSync(file, bytes);
    const store = AnnotationStore.forFolder(dir);
    const loaded = await store.load();
    assert.deepEqual(loaded.annotations, [a]);
    assert.equal(loaded.newer, true);
    assert.match(loaded.problems.join('\n'), /written by a newer version of Triangulate \(store format 3; this version writes format 2\)\. It is opened read-only: nothing will be written/);
    const extra = correction([H, 0, 10], { kind: 'page-chrome' });
    const res = await store.sync({ annotations: [a, extra], deleted: [] });
    assert.equal(res.wrote, false);
    assert.deepEqual(res.state.annotations.map((x) => x.id), [a.id, extra.id]);
    assert.equal(readFileSync(file, 'utf8'), bytes);
    assert.deepEqual(readdirSync(path.dirname(file)), ['annotations.json']);
    await assert.rejects(store.save([a]), /read-only/);
  });
});

describe('corrections: triangulate analyze reads the folder\'s store', () => {
  async function analyze(dir: string): Promise<AnalysisReportV2> {
    let out = '';
    const code = await runCli(['analyze', dir, '--format', 'json', '--quiet'], { stdout: (s) => { out += s; }, stderr: () => undefined });
    assert.equal(code, 0);
    return JSON.parse(out) as AnalysisReportV2;
  }

  it('a report with and without the store', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tri-cli-corr-'));
    for (const f of FILES) { copyFileSync(path.join(FIXTURES, f), path.join(dir, f)); }
    const before = await analyze(dir);
    const speed = (r: AnalysisReportV2) => r.claims.find((c) => c.doc === H && c.start === 147 && c.fact?.subject === 'speed')!;
    assert.deepEqual(before.corrections, []);
    assert.deepEqual(speed(before).conflicting.map((e) => [e.doc, e.start, e.end]), [[C, 83, 239]]);
    assert.equal(before.documents.find((d) => d.path === H)!.quotes[2].speaker, 'Tomas Reyes');

    const dismiss = correction([H, 147, 315], { kind: 'not-same-fact', subject: 'speed' }, [C, 83, 239]);
    const speaker = correction([H, 567, 632], { kind: 'set-speaker', speaker: 'Inès Fournier', speakerKey: 'person:ines-fournier' });
    mkdirSync(path.join(dir, '.triangulate'));
    writeFileSync(path.join(dir, '.triangulate', 'annotations.json'), serializeAnnotationFile([dismiss, speaker]));
    const after = await analyze(dir);
    assert.deepEqual(speed(after).conflicting, []);
    assert.deepEqual(speed(after).corrections, [dismiss.id]);
    assert.deepEqual(after.documents.find((d) => d.path === H)!.quotes[2],
      { start: 567, end: 632, text: texts.get(H)!.slice(567, 632), speaker: 'Inès Fournier', speakerKey: 'person:ines-fournier', cue: before.documents.find((d) => d.path === H)!.quotes[2].cue, correction: speaker.id });
    assert.deepEqual(after.corrections!.map((c) => [c.id, c.kind, c.label, c.status, c.passage && [c.passage.doc, c.passage.start, c.passage.end], c.other && [c.other.doc, c.other.start], c.creator]), [
      [dismiss.id, 'not-same-fact', 'Not the same fact', 'applied', [H, 147, 315], [C, 83], 'tester'],
      [speaker.id, 'set-speaker', 'Speaker: Inès Fournier', 'applied', [H, 567, 632], null, 'tester'],
    ]);
    assert.deepEqual(readdirSync(path.join(dir, '.triangulate')), ['annotations.json'], 'the CLI writes nothing to the store');
    // the rest of the report is unchanged
    assert.equal(after.claims.length, before.claims.length);
  });
});

describe('corrections in every export (CLI, the folder\'s store)', () => {
  const VALIDATORS = path.resolve(__dirname, '../../../shared/validators/web-annotation');
  let dir: string;
  let dismiss: Annotation;
  let speaker: Annotation;
  let orphan: Annotation;
  const run = async (format: string) => {
    let out = '';
    const code = await runCli(['analyze', dir, '--format', format, '--quiet'], { stdout: (s) => { out += s; }, stderr: () => undefined });
    assert.equal(code, 0);
    return out;
  };

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tri-cli-exp-'));
    for (const f of FILES) { copyFileSync(path.join(FIXTURES, f), path.join(dir, f)); }
    dismiss = correction([H, 147, 315], { kind: 'contradicts', subject: 'date' }, [C, 83, 239]);
    speaker = correction([H, 567, 632], { kind: 'set-speaker', speaker: 'Inès Fournier', speakerKey: 'person:ines-fournier' });
    orphan = createAnnotation({ source: 'gone.txt', quote: { type: 'TextQuoteSelector', exact: 'a passage of a deleted file', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 27 }, motivation: 'editing', value: 'Page chrome', correction: { kind: 'page-chrome' },
      now: new Date('2026-03-02T00:00:00Z') });
    mkdirSync(path.join(dir, '.triangulate'));
    writeFileSync(path.join(dir, '.triangulate', 'annotations.json'), serializeAnnotationFile([dismiss, speaker, orphan]));
  });

  it('JSON: the orphan is listed, never dropped; the contradiction is a conflict marked with its correction', async () => {
    const r = JSON.parse(await run('json')) as AnalysisReportV2;
    assert.deepEqual(r.corrections!.map((c) => [c.kind, c.status, c.source, c.passage === null]),
      [['contradicts', 'applied', H, false], ['set-speaker', 'applied', H, false], ['page-chrome', 'orphan', 'gone.txt', true]]);
    const date = r.claims.find((c) => c.doc === H && c.start === 147 && c.fact?.subject === 'date')!;
    assert.deepEqual(date.conflicting.map((e) => [e.doc, e.start, e.kind, e.reason, e.correction]), [[C, 83, 'other', USER_CONFLICT_REASON, dismiss.id]]);
    assert.deepEqual(date.corroborating.map((e) => [e.doc, e.start]), [[E, 72]]);
  });

  it('HTML: a Corrections section with each status, corrected links marked', async () => {
    const html = await run('html');
    assert.match(html, /<h2>Corrections \(3\)<\/h2>/);
    assert.match(html, /<b>Contradicts<\/b> <span class="badge">applied<\/span>/);
    assert.match(html, /<b>Speaker: Inès Fournier<\/b> <span class="badge">applied<\/span>/);
    assert.match(html, /<div class="src">gone\.txt · passage gone<\/div>/);
    assert.match(html, /02-coastal-times\.txt<\/span> <span class="badge">corrected by you<\/span>/);
  });

  it('CSV: one row per correction, with its status and the other passage', async () => {
    const csv = await run('csv');
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    const cells = rows.filter((r) => r.includes('correction: '));
    assert.equal(cells.length, 3);
    assert.ok(cells[0].includes(`correction: Contradicts (applied); with ${C} 83-239`), cells[0]);
    assert.ok(cells[1].includes('correction: Speaker: Inès Fournier (applied)'), cells[1]);
    assert.ok(cells[2].startsWith(',gone.txt,,,a passage of a deleted file,') && cells[2].includes('correction: Page chrome (orphan)'), cells[2]);
  });

  it('Web Annotation: editing/linking annotations with our machine-readable body and a second target; W3C MUSTs hold', async () => {
    const doc = JSON.parse(await run('webannotation'));
    const items = doc.first.items as Array<Record<string, unknown> & { body: Array<Record<string, string>>; target: unknown }>;
    assert.equal(doc.label, 'Triangulate verdicts, notes and corrections');
    assert.deepEqual(items.map((i) => i.motivation), ['linking', 'editing', 'editing']);
    const link = items[0];
    assert.deepEqual(link.body.map((b) => [b.purpose, b.format, b.value]), [
      ['linking', 'text/plain', 'Contradicts'],
      ['tagging', 'text/plain', 'triangulate:contradicts'],
      ['linking', 'application/json', JSON.stringify({ kind: 'contradicts', subject: 'date' })],
    ]);
    const targets = link.target as Array<{ source: string; selector: Array<{ exact?: string }> }>;
    assert.equal(targets.length, 2);
    assert.ok(targets[0].source.endsWith(`/${H}`) && targets[1].source.endsWith(`/${C}`));
    assert.equal(targets[1].selector[0].exact, texts.get(C)!.slice(83, 239));
    assert.equal('correction' in link, false);
    if (!existsSync(VALIDATORS)) { return; }
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    const load = (d: string) => readdirSync(d).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.parse(readFileSync(path.join(d, f), 'utf8')) as { id: string; assertionType: string; expectedResult: string; errorMessage: string });
    for (const d of load(path.join(VALIDATORS, 'definitions'))) { ajv.addSchema(d as object); }
    const musts = load(path.join(VALIDATORS, 'annotations')).filter((s) => s.assertionType === 'must' && s.expectedResult === 'valid');
    for (const item of items) {
      const failed = musts.filter((s) => !ajv.validate(s as object, { '@context': 'http://www.w3.org/ns/anno.jsonld', ...item })).map((s) => s.id);
      assert.deepEqual(failed, [], String(item.id));
    }
    // A JSON-LD processor in safe mode drops nothing: every key of ours travels in the vocabulary.
    const context = JSON.parse(readFileSync(path.join(VALIDATORS, 'anno.jsonld'), 'utf8'));
    const documentLoader = async (url: string) => ({ contextUrl: undefined, documentUrl: url, document: context });
    const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
    assert.equal(expanded.length, 1);
  });

  it('Markdown: a Corrections section, article text escaped', async () => {
    const out = await run('markdown');
    const section = out.slice(out.indexOf('## Corrections'), out.indexOf('## Documents'));
    assert.deepEqual(section.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.replace(/: “.*?”/g, ': “…”')), [
      `- **Contradicts** (applied) — ${H} (147–315): “…”; with ${C} (83–239): “…”`,
      `- **Speaker: Inès Fournier** (applied) — ${H} (567–632): “…”`,
      '- **Page chrome** (orphan) — gone.txt: passage gone',
    ]);
  });

  it('ClaimReview: corrections give no review of their own (only verdicts do); the store\'s corrections are read', async () => {
    const doc = JSON.parse(await run('claimreview'));
    assert.deepEqual(doc['@graph'], []);
  });
});

describe('corrections: what the commands offer, and two writers', () => {
  it('linksAt: the links with a passage at the cursor, conflicts first', () => {
    const at = texts.get(C)!.indexOf('Sixteen people died') + 3;
    const found = linksAt(corpus.claims(), C, at).map((l) => [l.group, l.claim.doc, l.claim.start, l.claim.fact?.subject ?? null, l.evidence.doc, l.evidence.start]);
    assert.deepEqual(found, [
      ['conflicting', H, 147, 'killed (person), in Port Calder', C, 83],
      ['conflicting', H, 147, 'speed', C, 83],
      ['corroborating', H, 147, 'date', C, 83],
      ['related', H, 446, 'year built', C, 83],
    ]);
    const people = entityChoices(corpus.ids().map((id) => corpus.document(id)!), 'person');
    assert.deepEqual(people.map((p) => [p.key, p.name, p.sources]), [
      ['person:ines-fournier', 'Inès Fournier', 4], ['person:tomas-reyes', 'Tomas Reyes', 2], ['person:joel-amara', 'Joel Amara', 1],
    ]);
  });

  it('two writers correct the same link differently: both are kept in the file, the later wins', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tri-two-corr-'));
    const a = AnnotationStore.forFolder(dir);
    const b = AnnotationStore.forFolder(dir);
    await a.load();
    await b.load();
    const first = correction([H, 147, 315], { kind: 'not-same-fact', subject: 'speed' }, [C, 83, 239]);
    const second = correction([C, 83, 239], { kind: 'same-fact', subject: 'speed' }, [H, 147, 315]);
    await a.sync({ annotations: [first], deleted: [] });
    const merged = await b.sync({ annotations: [second], deleted: [] });
    assert.deepEqual(merged.state.annotations.map((x) => x.id), [first.id, second.id]);
    const onDisk = parseStoreFile(readFileSync(b.filePath, 'utf8'));
    assert.deepEqual(onDisk.annotations.map((x) => x.correction!.kind), ['not-same-fact', 'same-fact']);
    const r = apply(onDisk.annotations);
    assert.deepEqual(r.outcomes.map((o) => [o.correction.kind, o.status]), [['not-same-fact', 'superseded'], ['same-fact', 'applied']]);
    assert.deepEqual(claim(r.claims, H, 147, 'speed')!.conflicting.map((e) => [e.doc, e.correction]), [[C, second.id]]);
    // undoing the later one (a tombstone) brings the earlier one back into force
    const undone = await a.sync({ annotations: [first], deleted: [{ id: second.id, deleted: new Date(clock + 3_600_000).toISOString() }] });
    assert.deepEqual(undone.state.annotations.map((x) => x.id), [first.id]);
    assert.deepEqual(apply(undone.state.annotations).outcomes.map((o) => o.status), ['applied']);
  });
});
