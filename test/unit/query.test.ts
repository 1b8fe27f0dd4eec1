import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import type { Claim, DocumentAnalysis, Figure, Span } from '../../src/core/model';
import {
  claimSubject, claimSummary, claimValues, claimsOfDocument, claimsTouching, conflictSites, conflictSpans, entitySummary,
  itemsAt, otherSources, sortClaims, stepSite, updateTimeline, wordDiff,
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
    // c.txt corroborates the contradicted 14: its "14 people" is contradicted by b.txt as well.
    assert.deepStrictEqual(conflictSpans(claims, doc('c.txt', C, { figures: [figA] })), [figA]);
    assert.deepStrictEqual(conflictSpans([claims[1]], doc('c.txt', C, { figures: [figA] })), []);
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

// ---------------------------------------------------------------- the fact model (issue 11)
// One sentence with two facts yields two claims, each with the span of its fact (`focus`); the
// evidence passages carry the span of the same fact in theirs. A third, sentence-level claim (no
// fact) links the whole sentence to another article.
const S = 'Storm Iris killed 14 people and injured 30 on Tuesday.';
const T = 'Sixteen people died and 30 were hurt.';
const U = 'Officials said 14 people died and 30 were injured.';
const V = 'Thirty people were injured.';
const W = 'Storm Iris struck on Tuesday.';
const WALL = 'The sea wall, built in 1998, gave way.';
const WALL_B = 'The wall was built in 1996.';
const WALL_C = 'A 1998 sea wall failed.';
const at = (text: string, needle: string, base = 0): Span => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return { start: base + i, end: base + i + needle.length };
};
const fig = (text: string, needle: string, kind: Figure['kind'], value: number, base = 0): Figure =>
  ({ ...at(text, needle, base), text: needle, kind, value, unit: null, iso: null });

const killed: Claim = {
  id: 'k1', doc: 'a.txt', start: 0, end: S.length, text: S, focus: at(S, '14 people'),
  fact: { subject: 'killed (person)', kind: 'figure', factId: 'f1', measure: 'person', predicate: 'death', holder: null,
    values: [{ value: '14 people', docs: ['a.txt', 'c.txt'] }, { value: 'Sixteen people', docs: ['b.txt'] }] },
  sources: 2, independent: 2,
  corroborating: [{ doc: 'c.txt', start: 0, end: U.length, text: U, score: 0.9, focus: at(U, '14 people') }],
  conflicting: [{ doc: 'b.txt', start: 0, end: T.length, text: T, score: 0.8, kind: 'figure', reason: '14 vs 16',
    ours: at(S, '14 people'), theirs: at(T, 'Sixteen people'), focus: at(T, 'Sixteen people') }],
};
const injured: Claim = {
  id: 'k2', doc: 'a.txt', start: 0, end: S.length, text: S, focus: at(S, '30'),
  fact: { subject: 'injured (person)', kind: 'figure', factId: 'f2', measure: 'person', predicate: 'injury', holder: null,
    values: [{ value: '30', docs: ['a.txt', 'd.txt'] }] },
  sources: 2, independent: 2,
  corroborating: [{ doc: 'd.txt', start: 0, end: V.length, text: V, score: 0.7, focus: at(V, 'Thirty people') }],
  conflicting: [],
};
const sentenceLevel: Claim = {
  id: 'k0', doc: 'a.txt', start: 0, end: S.length, text: S,
  corroborating: [{ doc: 'e.txt', start: 0, end: W.length, text: W, score: 0.5 }], conflicting: [],
};
const built: Claim = {
  id: 'k3', doc: 'a.txt', start: 100, end: 100 + WALL.length, text: WALL, focus: at(WALL, '1998', 100),
  fact: { subject: 'year built (sea wall)', kind: 'date', factId: 'f3', measure: null, predicate: 'build', holder: 'np:sea wall',
    values: [{ value: '1998', docs: ['a.txt', 'c.txt'] }, { value: '1996', docs: ['b.txt'] }] },
  // c.txt's corroborating passage carries no focus: the disputed "1998" is found in its text.
  corroborating: [{ doc: 'c.txt', start: 200, end: 200 + WALL_C.length, text: WALL_C, score: 0.8 }],
  conflicting: [{ doc: 'b.txt', start: 100, end: 100 + WALL_B.length, text: WALL_B, score: 0.8, kind: 'year',
    reason: '1998 vs 1996: same event (built), different year', ours: at(WALL, '1998', 100), theirs: at(WALL_B, '1996', 100) }],
};
const factClaims = [killed, injured, sentenceLevel, built];

describe('query: the fact model (one claim per fact, focus spans)', () => {
  const rows = (xs: ReturnType<typeof otherSources>) => xs.map((o) => [o.relation, o.doc, o.claimId, o.focus]);

  it('a hovered figure lists exactly the passages about its fact, not another figure of the sentence', () => {
    assert.deepStrictEqual(rows(otherSources(factClaims, 'a.txt', at(S, '14 people'))), [
      ['conflicts', 'b.txt', 'k1', at(T, 'Sixteen people')],
      ['agrees', 'c.txt', 'k1', at(U, '14 people')],
    ]);
    assert.deepStrictEqual(rows(otherSources(factClaims, 'a.txt', at(S, '30'))), [
      ['agrees', 'd.txt', 'k2', at(V, 'Thirty people')],
    ]);
  });
  it('a span of the sentence that is no fact falls back to the sentence-level claim', () => {
    assert.deepStrictEqual(rows(otherSources(factClaims, 'a.txt', at(S, 'Tuesday'))), [['agrees', 'e.txt', 'k0', undefined]]);
  });
  it('from a corroborator: only where its focus is', () => {
    assert.deepStrictEqual(rows(otherSources(factClaims, 'c.txt', at(U, '14 people'))), [
      ['conflicts', 'b.txt', 'k1', at(T, 'Sixteen people')],
      ['agrees', 'a.txt', 'k1', at(S, '14 people')],
    ]);
    // "30" in c.txt is not c.txt's focus in any claim: nothing is said about it.
    assert.deepStrictEqual(otherSources(factClaims, 'c.txt', at(U, '30')), []);
  });
  it('from the dissenter: the claim and its corroborators conflict, at their focus', () => {
    assert.deepStrictEqual(rows(otherSources(factClaims, 'b.txt', at(T, 'Sixteen people'))), [
      ['conflicts', 'a.txt', 'k1', at(S, '14 people')],
      ['conflicts', 'c.txt', 'k1', at(U, '14 people')],
    ]);
    assert.deepStrictEqual(otherSources(factClaims, 'b.txt', at(T, '30')), []);
  });
  it('kinds: a figure hover ignores quote facts and a quote hover figure facts', () => {
    assert.deepStrictEqual(otherSources(factClaims, 'a.txt', at(S, '14 people'), { kinds: ['quote'] }).map((o) => o.claimId), ['k0']);
    assert.deepStrictEqual(otherSources(factClaims, 'a.txt', at(S, '14 people'), { kinds: ['figure', 'date'] }).map((o) => o.doc), ['b.txt', 'c.txt']);
  });

  it('conflictSpans: ours, theirs and the corroborators\' focus, exactly; the other fact is not marked', () => {
    const spans = (d: DocumentAnalysis) => conflictSpans(factClaims, d).map((x) => ({ start: x.start, end: x.end }));
    const a = doc('a.txt', S, { figures: [fig(S, '14 people', 'count', 14), fig(S, '30', 'count', 30), fig(WALL, '1998', 'year', 1998, 100)] });
    assert.deepStrictEqual(spans(a), [at(S, '14 people'), at(WALL, '1998', 100)]);
    // b.txt: the extractor did not list 1996 as a figure; the contradicted year is marked all the same.
    const b = doc('b.txt', T, { figures: [fig(T, 'Sixteen people', 'count', 16), fig(T, '30', 'count', 30)] });
    assert.deepStrictEqual(spans(b), [at(T, 'Sixteen people'), at(WALL_B, '1996', 100)]);
    // c.txt corroborates the contradicted 14 (focus) and 1998 (found in its text), not its 30.
    const c = doc('c.txt', U, { figures: [fig(U, '14 people', 'count', 14), fig(U, '30', 'count', 30), fig(WALL_C, '1998', 'year', 1998, 200)] });
    assert.deepStrictEqual(spans(c), [at(U, '14 people'), at(WALL_C, '1998', 200)]);
    assert.deepStrictEqual(conflictSpans(factClaims, doc('d.txt', V, { figures: [fig(V, 'Thirty people', 'count', 30)] })), []);
  });

  it('tree text: subject first, competing values with source counts, sources and independence', () => {
    assert.strictEqual(claimSubject(killed), 'killed (person)');
    assert.strictEqual(claimSubject(sentenceLevel, 30), 'Storm Iris killed 14 people…');
    assert.strictEqual(claimSummary(killed), '14 people — 2 sources · Sixteen people — 1 source');
    assert.strictEqual(claimSummary(injured), '30 — 2 sources, 2 independent');
    assert.strictEqual(claimSummary(sentenceLevel), '2 sources');
    assert.strictEqual(claimSummary(built), '1998 — 2 sources · 1996 — 1 source');
  });
  it('claimValues without the engine\'s list: read from focus, ours and theirs', () => {
    const q: Claim = { ...killed, fact: { ...killed.fact!, values: [] } };
    assert.deepStrictEqual(claimValues(q), [{ value: '14 people', docs: ['a.txt', 'c.txt'] }, { value: 'Sixteen people', docs: ['b.txt'] }]);
  });
  it('sortClaims: conflicts, then updates, then corroborated; facts of one sentence in sentence order', () => {
    assert.deepStrictEqual(sortClaims([sentenceLevel, injured, toll, built, killed]).map((c) => c.id), ['k1', 'k3', 'k4', 'k0', 'k2']);
  });
});

// A developing figure: 27 on the 14th, 29 on the 15th, 31 on the 16th (listed out of order).
const F = 'The death toll rose to 27 on Saturday.';
const G = 'The toll now stands at 29.';
const H = 'At least 31 people are now known to have died.';
const toll: Claim = {
  id: 'k4', doc: 'f.txt', start: 0, end: F.length, text: F, focus: at(F, '27'),
  fact: { subject: 'death toll (person)', kind: 'figure', factId: 'f1', measure: 'person', predicate: 'death', holder: null,
    values: [{ value: '27', docs: ['f.txt'] }, { value: '29', docs: ['g.txt'] }, { value: 'At least 31 people', docs: ['h.txt'] }] },
  corroborating: [], conflicting: [],
  updates: [
    { doc: 'h.txt', start: 0, end: H.length, text: H, score: 0.7, value: 'At least 31 people', reported: '2026-03-16', ours: at(F, '27'), theirs: at(H, 'At least 31 people') },
    { doc: 'g.txt', start: 0, end: G.length, text: G, score: 0.8, value: '29', reported: '2026-03-15', ours: at(F, '27'), theirs: at(G, '29') },
  ],
};
const reportedOf = (d: string) => ({ 'f.txt': '2026-03-14', 'g.txt': '2026-03-15', 'h.txt': '2026-03-16' } as Record<string, string>)[d] ?? null;

describe('query: updates and wording variants', () => {
  it('updateTimeline and the summary run oldest first, the claim\'s own report first', () => {
    assert.deepStrictEqual(updateTimeline(toll, reportedOf).map((e) => [e.value, e.doc, e.reported, e.own]), [
      ['27', 'f.txt', '2026-03-14', true], ['29', 'g.txt', '2026-03-15', false], ['At least 31 people', 'h.txt', '2026-03-16', false],
    ]);
    assert.strictEqual(claimSummary(toll, reportedOf), '27 → 29 → At least 31 people');
    // a value two later reports give is one step of the summary (the tree's description stays short)
    const again = { ...toll, updates: [...toll.updates!, { ...toll.updates![1], doc: 'g2.txt', start: 1 }] };
    assert.strictEqual(claimSummary(again, (d) => reportedOf(d === 'g2.txt' ? 'g.txt' : d)), '27 → 29 → At least 31 people');
  });
  it('the hover of the first report lists the later ones as updates, by date, with value and date', () => {
    assert.deepStrictEqual(otherSources([toll], 'f.txt', at(F, '27'), { reportedOf }).map((o) => [o.relation, o.doc, o.value, o.reported, o.focus]), [
      ['updates', 'g.txt', '29', '2026-03-15', at(G, '29')],
      ['updates', 'h.txt', 'At least 31 people', '2026-03-16', at(H, 'At least 31 people')],
    ]);
  });
  it('the hover of a later report lists the claim and the other updates', () => {
    assert.deepStrictEqual(otherSources([toll], 'g.txt', at(G, '29'), { reportedOf }).map((o) => [o.relation, o.doc, o.value, o.reported]), [
      ['updates', 'f.txt', '27', '2026-03-14'], ['updates', 'h.txt', 'At least 31 people', '2026-03-16'],
    ]);
    assert.deepStrictEqual(otherSources([toll], 'g.txt', at(G, 'toll')), []);
  });
  it('updates are not conflicts: nothing is marked red', () => {
    assert.deepStrictEqual(conflictSpans([toll], doc('f.txt', F, { figures: [fig(F, '27', 'count', 27)] })), []);
    assert.deepStrictEqual(conflictSites([toll]), []);
  });
  it('a quote worded differently is a variant, with its reason', () => {
    const Q = 'Fournier said: "We will rebuild every street."';
    const R = 'Fournier said: "Every street we will rebuild."';
    const quote: Claim = {
      id: 'k5', doc: 'a.txt', start: 0, end: Q.length, text: Q, focus: at(Q, '"We will rebuild every street."'),
      fact: { subject: 'quote of Inès Fournier', kind: 'quote', factId: 'f9', measure: null, predicate: 'said', holder: 'person:ines-fournier', values: [] },
      corroborating: [], conflicting: [],
      variants: [{ doc: 'i.txt', start: 0, end: R.length, text: R, score: 0.9, reason: 'word order', ours: at(Q, '"We will rebuild every street."'), theirs: at(R, '"Every street we will rebuild."') }],
    };
    assert.deepStrictEqual(otherSources([quote], 'a.txt', at(Q, 'rebuild'), { kinds: ['quote'] }).map((o) => [o.relation, o.doc, o.reason]),
      [['variant', 'i.txt', 'word order']]);
    assert.deepStrictEqual(otherSources([quote], 'i.txt', at(R, 'street')).map((o) => [o.relation, o.doc, o.reason]), [['variant', 'a.txt', 'word order']]);
    assert.deepStrictEqual(otherSources([quote], 'a.txt', at(Q, 'rebuild'), { kinds: ['figure', 'date'] }), []);
    assert.strictEqual(claimSummary(quote), '"We will rebuild every street." — 1 source worded differently');
    assert.deepStrictEqual(claimsOfDocument([quote], 'i.txt').map((c) => c.id), ['k5']);
  });
});
