// Invariants every analysis and every claim list must satisfy, whatever the input: spans inside
// the text, text === slice(start, end), no overlaps within a kind (quotes may nest, never cross).
import * as assert from 'node:assert/strict';
import type { Claim, DocumentAnalysis, Span } from '../../../src/core/model';

function inside(s: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets ${s.start}-${s.end}`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, `${what}: ${s.start}-${s.end} inside 0-${length}`);
}

function sliced(s: Span & { text: string }, text: string, what: string): void {
  inside(s, text.length, what);
  assert.equal(s.text, text.slice(s.start, s.end), `${what}: text === slice(${s.start}, ${s.end})`);
}

/** Sorted by start, each span ends at or before the next one starts. */
function disjoint(spans: readonly Span[], what: string): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i - 1].end <= sorted[i].start,
      `${what} overlap: ${sorted[i - 1].start}-${sorted[i - 1].end} and ${sorted[i].start}-${sorted[i].end}`);
  }
}

/** Any two spans are disjoint or one lies inside the other's inner part (quotes nest, never cross). */
function laminar(quotes: ReadonlyArray<Span & { inner: Span }>, what: string): void {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Array<Span & { inner: Span }> = [];
  for (const q of sorted) {
    while (open.length && open[open.length - 1].end <= q.start) { open.pop(); }
    const parent = open[open.length - 1];
    if (parent) {
      assert.ok(q.start >= parent.inner.start && q.end <= parent.inner.end,
        `${what} cross: ${parent.start}-${parent.end} and ${q.start}-${q.end} (nested ones must sit inside the inner part)`);
    }
    open.push(q);
  }
}

/** Every invariant of one analysis against its text. */
export function checkAnalysis(a: DocumentAnalysis, text: string): void {
  assert.equal(a.length, text.length, 'length');
  for (const b of a.boilerplate) { inside(b, text.length, 'boilerplate'); }
  for (const s of a.sentences) { inside(s, text.length, 'sentence'); }
  disjoint(a.boilerplate, 'boilerplate');
  disjoint(a.sentences, 'sentences');
  if (a.titleSpan) {
    inside(a.titleSpan, text.length, 'titleSpan');
    assert.equal(a.title, text.slice(a.titleSpan.start, a.titleSpan.end), 'title === slice(titleSpan)');
    assert.ok(!/[\r\n]/.test(a.title!), `the title is one line: ${JSON.stringify(a.title)}`);
  } else {
    assert.equal(a.title, null, 'no titleSpan, no title');
  }
  for (const q of a.quotes) {
    sliced(q, text, 'quote');
    inside(q.inner, text.length, 'quote inner');
    assert.ok(q.inner.start >= q.start && q.inner.end <= q.end, `quote inner ${q.inner.start}-${q.inner.end} inside ${q.start}-${q.end}`);
    if (q.speakerSpan) { inside(q.speakerSpan, text.length, 'speakerSpan'); }
    // A descriptive speaker ("a spokesperson") has no key; a key never comes without a speaker.
    assert.ok(q.speakerKey === null || q.speaker !== null, 'speakerKey only with a speaker');
  }
  for (const f of a.figures) {
    sliced(f, text, 'figure');
    assert.ok(f.value === null || Number.isFinite(f.value), `figure value finite: ${f.value} (${f.text})`);
  }
  for (const e of a.entities) {
    sliced(e, text, 'entity');
    assert.ok(e.key.startsWith(`${e.type}:`), `entity key ${e.key} of type ${e.type}`);
  }
  // extractQuotes emits a quote inside a quote as its own (scare) quote, so quotes may nest but
  // never cross; figures and entities are flat.
  laminar(a.quotes, 'quotes');
  disjoint(a.figures, 'figures');
  disjoint(a.entities, 'entities');
  checkFacts(a, text);
}

/** Facts: inside the text and inside their sentence; figure and date facts never in page chrome;
 *  value intervals ordered; ids unique. */
export function checkFacts(a: DocumentAnalysis, text: string): void {
  const ids = new Set<string>();
  for (const f of a.facts ?? []) {
    inside(f, text.length, 'fact');
    inside(f.sentence, text.length, 'fact sentence');
    assert.ok(!ids.has(f.id), `fact id ${f.id} unique`);
    ids.add(f.id);
    assert.ok(f.sentence.start <= f.start && f.start < Math.max(f.sentence.end, f.start + 1), `fact ${f.id} starts in its sentence`);
    if (f.kind !== 'quote') {
      assert.ok(!a.boilerplate.some((b) => b.start < f.end && f.start < b.end), `fact ${f.id} (${text.slice(f.start, f.end)}) inside page chrome`);
      if (f.value && !Number.isNaN(f.value.lo)) { assert.ok(f.value.lo <= f.value.hi, `fact ${f.id} interval ${f.value.lo}..${f.value.hi}`); }
    }
  }
}


export function checkClaims(claims: readonly Claim[], textOf: (id: string) => string | undefined): void {
  const ids = new Set<string>();
  for (const c of claims) {
    assert.ok(!ids.has(c.id), `claim id ${c.id} unique`);
    ids.add(c.id);
    const t = textOf(c.doc);
    assert.ok(t !== undefined, `claim doc ${c.doc} is in the corpus`);
    sliced(c, t, `claim ${c.id}`);
    for (const e of [...c.corroborating, ...c.conflicting, ...(c.related ?? [])]) {
      const et = textOf(e.doc);
      assert.ok(et !== undefined, `evidence doc ${e.doc} is in the corpus`);
      sliced(e, et, `evidence of ${c.id}`);
      assert.notEqual(e.doc, c.doc, 'evidence comes from another document');
      assert.ok(Number.isFinite(e.score), 'evidence score finite');
    }
    for (const e of c.conflicting) {
      if (e.ours) { inside(e.ours, t.length, 'conflict ours'); }
      if (e.theirs) { inside(e.theirs, textOf(e.doc)!.length, 'conflict theirs'); }
    }
  }
}

