import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import type { Claim, DocumentAnalysis } from '../../src/core/model';
import {
  claimsOfDocument, claimsTouching, conflictSites, conflictSpans, entitySummary, itemsAt, otherSources,
  sortClaims, stepSite, wordDiff,
} from '../../src/core/query';
import { commandLink, escapeMarkdown, excerptMarkdown } from '../../src/vscode/hovers/markdownText';

// A small hand-made corpus: a.txt claims "14 people", b.txt says 16 (conflict), c.txt agrees.
const A = 'Storm Iris killed 14 people in Port Calder.';
const B = 'Sixteen people died in Port Calder.';
const C = 'Storm Iris killed 14 people, officials said.';
const claims: Claim[] = [
  {
    id: 'c1', doc: 'a.txt', start: 0, end: A.length, text: A,
    corroborating: [{ doc: 'c.txt', start: 0, end: C.length, text: C, score: 0.9 }],
    conflicting: [{
      doc: 'b.txt', start: 0, end: B.length, text: B, score: 0.8, kind: 'figure',
      reason: '14 vs 16: same count of people, different value', ours: { start: 18, end: 27 }, theirs: { start: 0, end: 14 },
    }],
  },
  {
    id: 'c2', doc: 'a.txt', start: 100, end: 140, text: 'x'.repeat(40),
    corroborating: [{ doc: 'b.txt', start: 50, end: 60, text: 'y'.repeat(10), score: 0.5 }], conflicting: [],
    related: [{ doc: 'c.txt', start: 70, end: 80, text: 'z'.repeat(10), score: 0.4, note: 'different period' }],
  },
];

function doc(id: string, text: string, extra: Partial<DocumentAnalysis> = {}): DocumentAnalysis {
  return { id, length: text.length, title: null, titleSpan: null, boilerplate: [], sentences: [], quotes: [], figures: [], entities: [], ...extra };
}

describe('query: what other sources say', () => {
  it('from the claim passage: agreeing and conflicting passages, conflicts first, with reason and focus', () => {
    const got = otherSources(claims, 'a.txt', { start: 18, end: 27 });
    assert.deepStrictEqual(got.map((o) => [o.relation, o.doc, o.start, o.end, o.reason, o.focus]), [
      ['conflicts', 'b.txt', 0, B.length, '14 vs 16: same count of people, different value', { start: 0, end: 14 }],
      ['agrees', 'c.txt', 0, C.length, undefined, undefined],
    ]);
  });
  it('skips a conflict about another figure of the same sentence', () => {
    const got = otherSources(claims, 'a.txt', { start: 31, end: 42 }); // "Port Calder", not the count
    assert.deepStrictEqual(got.map((o) => [o.relation, o.doc]), [['agrees', 'c.txt']]);
  });
  it('from a corroborating passage: the claim agrees, the dissenter conflicts', () => {
    const got = otherSources(claims, 'c.txt', { start: 18, end: 27 });
    assert.deepStrictEqual(got.map((o) => [o.relation, o.doc, o.start]), [['conflicts', 'b.txt', 0], ['agrees', 'a.txt', 0]]);
  });
  it('from the conflicting passage: the claim and the supporters stating the same figure conflict', () => {
    const got = otherSources(claims, 'b.txt', { start: 0, end: 14 });
    assert.deepStrictEqual(got.map((o) => [o.relation, o.doc, o.reason, o.focus]), [
      ['conflicts', 'a.txt', '14 vs 16: same count of people, different value', { start: 18, end: 27 }],
      ['conflicts', 'c.txt', '14 vs 16: same count of people, different value', { start: 18, end: 27 }],
    ]);
  });
  it('from the conflicting passage: a supporter about another detail is left out', () => {
    const other: Claim[] = [{ ...claims[0], corroborating: [{ doc: 'c.txt', start: 0, end: 20, text: 'Port Calder mourns.', score: 1 }] }];
    assert.deepStrictEqual(otherSources(other, 'b.txt', { start: 0, end: 14 }).map((o) => o.doc), ['a.txt']);
  });
  it('from the conflicting passage, another figure of that sentence is not about the conflict', () => {
    assert.deepStrictEqual(otherSources(claims, 'b.txt', { start: 23, end: 34 }), []);
  });
  it('a related passage is shown with its note, never as a conflict', () => {
    const got = otherSources(claims, 'a.txt', { start: 110, end: 112 });
    assert.deepStrictEqual(got.map((o) => [o.relation, o.doc, o.reason]), [['agrees', 'b.txt', undefined], ['related', 'c.txt', 'different period']]);
  });
  it('claimsTouching and claimsOfDocument', () => {
    assert.deepStrictEqual(claimsTouching(claims, 'b.txt', { start: 55, end: 56 }).map((c) => c.id), ['c2']);
    assert.deepStrictEqual(claimsTouching(claims, 'b.txt', { start: 5, end: 5 }).map((c) => c.id), ['c1']);
    assert.deepStrictEqual(claimsOfDocument(claims, 'c.txt').map((c) => c.id), ['c1', 'c2']);
    assert.deepStrictEqual(claimsOfDocument(claims, 'd.txt'), []);
  });
  it('sortClaims puts conflicts first', () => {
    assert.deepStrictEqual(sortClaims([claims[1], claims[0]]).map((c) => c.id), ['c1', 'c2']);
  });
});

describe('query: conflicts for decorations and navigation', () => {
  it('conflictSpans maps ours/theirs onto the extracted figures', () => {
    const figA = { start: 18, end: 27, text: '14 people', kind: 'count' as const, value: 14, unit: null, iso: null };
    const figB = { start: 0, end: 14, text: 'Sixteen people', kind: 'count' as const, value: 16, unit: null, iso: null };
    assert.deepStrictEqual(conflictSpans(claims, doc('a.txt', A, { figures: [figA] })), [figA]);
    assert.deepStrictEqual(conflictSpans(claims, doc('b.txt', B, { figures: [figB] })), [figB]);
    assert.deepStrictEqual(conflictSpans(claims, doc('c.txt', C, { figures: [figA] })), []);
  });
  it('conflictSites are ordered by document and offset; stepSite wraps both ways', () => {
    const sites = conflictSites(claims);
    assert.deepStrictEqual(sites.map((s) => [s.doc, s.start]), [['a.txt', 0], ['b.txt', 0]]);
    assert.deepStrictEqual(stepSite(sites, 'a.txt', 0, 1)?.doc, 'b.txt');
    assert.deepStrictEqual(stepSite(sites, 'b.txt', 0, 1)?.doc, 'a.txt');
    assert.deepStrictEqual(stepSite(sites, 'a.txt', 0, -1)?.doc, 'b.txt');
    assert.deepStrictEqual(stepSite(sites, 'c.txt', 5, -1)?.doc, 'b.txt');
    assert.deepStrictEqual(stepSite(sites, undefined, 0, 1)?.doc, 'a.txt');
    assert.strictEqual(stepSite([], 'a.txt', 0, 1), undefined);
  });
});

describe('query: items, entities, wording', () => {
  const a = doc('a.txt', A, {
    figures: [{ start: 18, end: 27, text: '14 people', kind: 'count', value: 14, unit: null, iso: null }],
    entities: [{ start: 31, end: 42, text: 'Port Calder', type: 'place', key: 'place:port-calder' }],
  });
  const b = doc('b.txt', B, { entities: [{ start: 23, end: 34, text: 'Port Calder', type: 'place', key: 'place:port-calder' },
    { start: 0, end: 4, text: 'Calder', type: 'place', key: 'place:port-calder' }] });
  it('itemsAt finds the item under the offset (end exclusive)', () => {
    assert.strictEqual(itemsAt(a, 18).figure?.text, '14 people');
    assert.strictEqual(itemsAt(a, 27).figure, undefined);
    assert.strictEqual(itemsAt(a, 41).entity?.text, 'Port Calder');
  });
  it('entitySummary: longest name, every alias, mentions per document', () => {
    assert.deepStrictEqual(entitySummary([a, b], 'place:port-calder'), {
      key: 'place:port-calder', type: 'place', name: 'Port Calder', aliases: ['Port Calder', 'Calder'],
      mentions: { 'a.txt': 1, 'b.txt': 2 },
    });
    assert.strictEqual(entitySummary([a], 'person:nobody'), undefined);
  });
  it('wordDiff marks the changed words', () => {
    assert.deepStrictEqual(wordDiff('the worst storm in a generation', 'the worst storm in half a century')
      .filter((d) => d.op !== 'same').map((d) => [d.op, d.text.trim()]),
    [['added', 'half'], ['removed', 'generation'], ['added', 'century']]);
  });
});

describe('hover Markdown escaping (rendered with markdown-it, html and linkify on)', () => {
  const md = new MarkdownIt({ html: true, linkify: true });
  const hostile = [
    '[x](command:workbench.action.quit)',
    '<img src=x onerror=alert(1)>',
    '<a href="command:workbench.action.quit">here</a>',
    '![pic](command:workbench.action.quit) https://evil.example/x www.evil.example mail@evil.example',
    '`code` **bold** # heading\n- list\n> quote | table |',
    '<script>alert(1)</script> &lt;already&gt; \\[escaped\\]',
  ];
  for (const text of hostile) {
    it(`renders inert: ${JSON.stringify(text).slice(0, 50)}`, () => {
      const html = md.renderInline(escapeMarkdown(text));
      assert.ok(!/<(a|img|script|code|strong|em|h\d|li)\b/i.test(html), html);
      // The reader still sees the original characters (whitespace collapsed).
      const shown = html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      assert.strictEqual(shown, text.replace(/\s+/g, ' '));
    });
  }
  it('the only link is the one we build', () => {
    const link = commandLink('a [b](command:x).txt', 'triangulate.openPassage', [{ uri: 'file:///a', start: 1, end: 2 }]);
    const html = md.renderInline(link);
    assert.strictEqual((html.match(/<a /g) ?? []).length, 1);
    assert.match(html, /^<a href="command:triangulate\.openPassage\?%5B%7B%22uri%22/);
  });
  it('excerptMarkdown bolds the focus and cuts on word boundaries', () => {
    const text = 'Port traffic fell by roughly 25% after the storm, according to shipping data.';
    assert.strictEqual(excerptMarkdown(text, 180, { start: 29, end: 32 }),
      'Port traffic fell by roughly **25%** after the storm, according to shipping data\\.');
    assert.strictEqual(excerptMarkdown(text, 30), 'Port traffic fell by roughly…');
  });
});
