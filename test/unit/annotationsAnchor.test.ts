import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchorQuote, describeSpan } from '../../src/core/annotations/anchor';
import { createAnnotation, parseAnnotationFile, serializeAnnotationFile, validateAnnotation, type Annotation }
  from '../../src/core/annotations/annotation';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import { placeAnnotations, shiftSpan, verdictOn, withPosition } from '../../src/core/annotations/placement';

const samples = path.resolve(__dirname, '../../samples/storm-iris');
const herald = fs.readFileSync(path.join(samples, '01-harbour-herald.txt'), 'utf8');
const WALL = 'The sea wall, built in 1998, was designed for waves of up to 6 metres.';
const wallAt = herald.indexOf(WALL);

function at(text: string, s: { start: number; end: number } | null): string | null {
  return s && text.slice(s.start, s.end);
}

describe('annotation anchoring', () => {
  const { quote, position } = describeSpan(herald, wallAt, wallAt + WALL.length);

  it('describes a span with the exact text and 32 characters of context each side', () => {
    assert.equal(quote.exact, WALL);
    assert.equal(quote.prefix, herald.slice(wallAt - 32, wallAt));
    assert.equal(quote.suffix, herald.slice(wallAt + WALL.length, wallAt + WALL.length + 32));
    assert.equal(quote.prefix.length, 32);
    assert.deepEqual(position, { type: 'TextPositionSelector', start: wallAt, end: wallAt + WALL.length });
    const first = describeSpan(herald, 0, 4);
    assert.equal(first.quote.prefix, '');
  });

  it('unchanged text: found at its position', () => {
    assert.deepEqual(anchorQuote(herald, quote, position),
      { start: wallAt, end: wallAt + WALL.length, method: 'position', similarity: 1 });
  });

  it('an edit above the passage: found by quote at the shifted offset', () => {
    const added = 'UPDATE 18:00: death toll revised.\n\n';
    const edited = added + herald;
    const a = anchorQuote(edited, quote, position);
    assert.deepEqual(a, { start: wallAt + added.length, end: wallAt + added.length + WALL.length, method: 'quote', similarity: 1 });
  });

  it('deleting the passage orphans it; reverting places it again exactly', () => {
    const deleted = herald.slice(0, wallAt) + herald.slice(wallAt + WALL.length + 1);
    assert.equal(anchorQuote(deleted, quote, position), null);
    assert.deepEqual(anchorQuote(herald, quote, position)?.method, 'position');
  });

  it('an edit inside the passage: placed fuzzily on the edited sentence', () => {
    const edited = herald.replace(WALL, 'The sea wall, built in 1989, was designed for waves of up to 5 metres.');
    const a = anchorQuote(edited, quote, position)!;
    assert.equal(a.method, 'fuzzy');
    assert.equal(at(edited, a), 'The sea wall, built in 1989, was designed for waves of up to 5 metres.');
    assert.equal(a.start, wallAt);
    assert.ok(a.similarity > 0.9 && a.similarity < 1, String(a.similarity));
  });

  it('a passage rewritten in place: placed between its unchanged prefix and suffix', () => {
    const rewrite = 'Officials said the barrier had been rated for six-metre swells.';
    const edited = herald.replace(WALL, rewrite);
    const a = anchorQuote(edited, quote, position)!;
    assert.deepEqual({ method: a.method, text: at(edited, a) }, { method: 'context', text: rewrite });
  });

  it('a rewrite of very different length, with no fuzzy match: orphaned', () => {
    const edited = herald.replace(WALL, 'No comment.');
    assert.equal(anchorQuote(edited, quote, position), null);
  });

  it('the same words elsewhere: prefix and suffix pick the original, not the copy nearer the old offset', () => {
    const copy = `Quote of the day: ${WALL}\n`;
    const edited = herald.slice(0, wallAt - 10) + copy + herald.slice(wallAt - 10);
    const a = anchorQuote(edited, quote, position)!;
    assert.equal(a.start, wallAt + copy.length);
    assert.equal(a.method, 'quote');
  });

  it('short quotes are never fuzzy-matched', () => {
    const s = describeSpan(herald, herald.indexOf('CSB'), herald.indexOf('CSB') + 3);
    assert.equal(anchorQuote(herald.replace('(CSB)', '(CBS)').replace(/Coastal Safety Board/g, 'X'), s.quote, s.position), null);
  });

  it('works on CRLF text (02 is CRLF) with offsets into the text as read', () => {
    const crlf = fs.readFileSync(path.join(samples, '02-coastal-times.txt'), 'utf8');
    assert.ok(crlf.includes('\r\n'));
    const lines = crlf.split('\r\n');
    const target = lines.find((l) => l.length > 60)!;
    const start = crlf.indexOf(target);
    const d = describeSpan(crlf, start, start + target.length);
    const edited = 'Line added\r\n' + crlf;
    const a = anchorQuote(edited, d.quote, d.position)!;
    assert.equal(at(edited, a), target);
    assert.equal(a.start, start + 12);
  });
});

describe('shiftSpan (live edits)', () => {
  const span = { start: 10, end: 20 };
  const cases: Array<[string, { start: number; end: number; insertedLength: number }, { start: number; end: number }]> = [
    ['insert before', { start: 2, end: 2, insertedLength: 5 }, { start: 15, end: 25 }],
    ['insert at start', { start: 10, end: 10, insertedLength: 3 }, { start: 13, end: 23 }],
    ['delete before', { start: 0, end: 5, insertedLength: 0 }, { start: 5, end: 15 }],
    ['insert after', { start: 25, end: 25, insertedLength: 4 }, { start: 10, end: 20 }],
    ['insert at end', { start: 20, end: 20, insertedLength: 4 }, { start: 10, end: 20 }],
    ['replace inside', { start: 12, end: 14, insertedLength: 5 }, { start: 10, end: 23 }],
    ['delete across start', { start: 8, end: 12, insertedLength: 0 }, { start: 8, end: 16 }],
    ['delete across end', { start: 18, end: 25, insertedLength: 0 }, { start: 10, end: 18 }],
    ['delete all of it', { start: 5, end: 25, insertedLength: 0 }, { start: 5, end: 5 }],
  ];
  for (const [name, edit, want] of cases) {
    it(name, () => assert.deepEqual(shiftSpan(span, edit), want));
  }
});

function ann(id: string, modified: string, value = id, verdict?: 'supported' | 'refuted'): Annotation {
  const a = createAnnotation({
    id, source: 'a.txt', motivation: verdict ? 'assessing' : 'commenting', value, verdict,
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 1 },
    now: new Date(modified),
  });
  return a;
}

describe('annotation model, merge and lookups', () => {
  it('creates W3C annotations that validate and round-trip through the file format', () => {
    const a = ann('urn:uuid:1', '2026-01-01T00:00:00Z', 'Supported', 'supported');
    assert.equal(validateAnnotation(a), undefined);
    assert.deepEqual(a.body, { type: 'TextualBody', value: 'Supported', purpose: 'assessing', format: 'text/plain' });
    assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.deepEqual(parseAnnotationFile(serializeAnnotationFile([a])), { annotations: [a], skipped: [] });
    assert.match(createAnnotation({ ...a.target, source: 'a', quote: a.target.selector[0], position: a.target.selector[1],
      motivation: 'commenting', value: 'n' }).id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(validateAnnotation({ ...a, verdict: 'maybe' }), 'unknown verdict maybe');
    assert.throws(() => parseAnnotationFile('{'), /not valid JSON/);
  });

  it('three-way merge keeps additions from both sides, honours deletions, newer edit wins', () => {
    const base = [ann('a', '2026-01-01T00:00:00Z'), ann('b', '2026-01-01T00:00:00Z'), ann('c', '2026-01-01T00:00:00Z')];
    const ours = [ann('a', '2026-01-03T00:00:00Z', 'ours-newer'), ann('c', '2026-01-01T00:00:00Z'), ann('d', '2026-01-02T00:00:00Z')];
    const theirs = [ann('a', '2026-01-02T00:00:00Z', 'theirs'), ann('b', '2026-01-01T00:00:00Z'), ann('e', '2026-01-02T00:00:00Z')];
    const merged = mergeAnnotations({ base, ours, theirs });
    assert.deepEqual(merged.map((a) => `${a.id}:${a.body.value}`).sort(), ['a:ours-newer', 'd:d', 'e:e']);
  });

  it('verdictOn finds the newest verdict overlapping the claim span, with the notes on it', () => {
    const text = 'Alpha beta gamma delta. Epsilon zeta eta theta.';
    const v1 = ann('v1', '2026-01-01T00:00:00Z', 'Supported', 'supported');
    const v2 = ann('v2', '2026-01-02T00:00:00Z', 'Refuted', 'refuted');
    const n1 = ann('n1', '2026-01-01T00:00:00Z', 'see CSB report');
    const d = describeSpan(text, 0, 23);
    for (const a of [v1, v2, n1]) { a.target.selector = [d.quote, d.position]; }
    const placements = placeAnnotations([v1, v2, n1], text);
    const found = verdictOn(placements, { start: 0, end: 22 });
    assert.deepEqual({ verdict: found?.verdict, note: found?.note, id: found?.annotation.id },
      { verdict: 'refuted', note: 'see CSB report', id: 'v2' });
    assert.equal(verdictOn(placements, { start: 24, end: 47 }), undefined);
  });

  it('withPosition moves only the position selector and keeps the annotated quote', () => {
    const a = ann('p', '2026-01-01T00:00:00Z');
    const moved = withPosition(a, { start: 5, end: 6, method: 'fuzzy', similarity: 0.9 });
    assert.deepEqual(moved.target.selector[1], { type: 'TextPositionSelector', start: 5, end: 6 });
    assert.equal(moved.target.selector[0], a.target.selector[0]);
    assert.equal(withPosition(a, null), a);
  });
});
