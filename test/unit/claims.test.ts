import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import type { Claim, ConflictEvidence } from '../../src/core/model';
import { loadFolder, SAMPLES, sharedCorpusOrSkip, type LoadedDoc } from './support/loadCorpus';

function analyse(docs: LoadedDoc[]): { corpus: Corpus; claims: Claim[] } {
  const corpus = new Corpus();
  corpus.updateMany(docs);
  return { corpus, claims: corpus.claims() };
}

interface Pair {
  claim: Claim;
  a: { doc: string; text: string };
  b: { doc: string; text: string };
  conflict?: ConflictEvidence;
}

/** Every (claim passage, evidence passage) pair, in both orientations, for order-free assertions. */
function conflictPairs(claims: Claim[]): Pair[] {
  return claims.flatMap((c) => c.conflicting.map((e) => ({ claim: c, a: c, b: e, conflict: e })));
}

function corroborationPairs(claims: Claim[]): Pair[] {
  return claims.flatMap((c) => c.corroborating.map((e) => ({ claim: c, a: c, b: e })));
}

function between(pairs: Pair[], needleA: string, needleB: string): Pair[] {
  return pairs.filter(
    (p) => (p.a.text.includes(needleA) && p.b.text.includes(needleB)) || (p.a.text.includes(needleB) && p.b.text.includes(needleA)),
  );
}

function docsOfClaimWith(claims: Claim[], needle: string): Map<string, 'claim' | 'corroborating' | 'conflicting'> {
  const out = new Map<string, 'claim' | 'corroborating' | 'conflicting'>();
  for (const c of claims) {
    if (!c.text.includes(needle) && !c.corroborating.some((e) => e.text.includes(needle))) { continue; }
    if (c.text.includes(needle)) { out.set(c.doc, 'claim'); }
    for (const e of c.corroborating) { if (e.text.includes(needle)) { out.set(e.doc, 'corroborating'); } }
    for (const e of c.conflicting) { if (e.text.includes(needle) && !out.has(e.doc)) { out.set(e.doc, 'conflicting'); } }
  }
  return out;
}

describe('claims: sample corpus (samples/storm-iris)', () => {
  const { claims } = analyse(loadFolder(join(SAMPLES, 'storm-iris')));
  const conflicts = conflictPairs(claims);

  it('the death toll 14 vs 16 is a figure conflict', () => {
    const hits = conflicts.filter((p) => (p.a.text + p.b.text).includes('Sixteen people') && /killed/.test(p.conflict!.reason));
    assert.ok(hits.length >= 1, 'no 14 vs 16 conflict');
    assert.equal(hits[0].conflict!.kind, 'figure');
    assert.match(hits[0].conflict!.reason, /^(14|Fourteen|Sixteen) people vs (14|Fourteen|Sixteen) people: same killed \(person\)(, [^:]*)?, different value$/);
    assert.equal(hits[0].claim.fact!.predicate, 'death');
    assert.equal(hits[0].claim.fact!.measure, 'person');
  });

  it('the sea wall built in 1998 vs 1996 is a year conflict about the same event', () => {
    const hits = between(conflicts, 'built in 1998', 'built in 1996');
    assert.ok(hits.length >= 1, 'no 1998 vs 1996 conflict');
    assert.equal(hits[0].conflict!.kind, 'year');
    assert.match(hits[0].conflict!.reason, /199[68] vs 199[68]: same event \(built\), different year/);
  });

  it('winds of 160 km/h vs 190 km/h conflict', () => {
    const hits = between(conflicts, '160 km/h', '190 km/h');
    assert.ok(hits.length >= 1, 'no wind speed conflict');
    assert.equal(hits[0].conflict!.kind, 'figure');
  });

  it("the mayor's words are quoted differently, with a word-level difference", () => {
    const hits = between(conflicts, 'worst storm in a generation', 'worst storm in half a century');
    assert.ok(hits.length >= 1, 'no quote-wording conflict');
    const c = hits[0].conflict!;
    assert.equal(c.kind, 'quote-wording');
    const changed = c.diff!.filter((d) => d.op !== 'same').map((d) => `${d.op}:${d.text}`).sort();
    assert.ok(changed.includes('removed:a generation') || changed.includes('added:a generation'), JSON.stringify(changed));
    assert.ok(changed.includes('removed:half a century') || changed.includes('added:half a century'), JSON.stringify(changed));
  });

  it('port traffic 40% vs roughly 25% conflicts', () => {
    const hits = between(conflicts, 'fell 40%', 'roughly 25%');
    assert.ok(hits.length >= 1, 'no port-traffic conflict');
  });

  it('rainfall over the first 9 vs the first 10 months is a different window, not a conflict', () => {
    assert.deepEqual(between(conflicts, 'first 9 months', 'first 10 months'), []);
    const related = claims.flatMap((c) => (c.related ?? []).map((r) => ({ a: c.text, b: r.text, note: r.note })));
    const hit = related.find((r) => (r.a + r.b).includes('first 9 months') && (r.a + r.b).includes('first 10 months'));
    assert.ok(hit, 'rainfall windows not related');
    assert.match(hit.note, /different period/);
  });

  it('the breakwater began (2021) and was completed (2023): different events, not a conflict', () => {
    assert.deepEqual(between(conflicts, 'began in 2021', 'completed in 2023'), []);
  });

  it('the same aid amount in euros and dollars is corroborated, not a conflict', () => {
    assert.deepEqual(between(conflicts, '€40 million', '40 million euros'), []);
    assert.ok(between(corroborationPairs(claims), '€40 million', '40 million euros').length >= 1);
  });

  it('the unrelated sports story links to nothing', () => {
    for (const c of claims) {
      const docs = [c.doc, ...c.corroborating.map((e) => e.doc), ...c.conflicting.map((e) => e.doc), ...(c.related ?? []).map((e) => e.doc)];
      assert.ok(!docs.includes('05-sports-desk.txt'), `sports story linked: ${c.text}`);
    }
  });

  it('the claims are the facts a reader finds, with their values and sources (exact list)', () => {
    const rows = claims.map((c) => [c.fact?.subject ?? null,
      (c.fact?.values ?? []).map((v) => `${v.value}:${[...v.docs].sort().map((d) => d.slice(0, 2)).join('+')}`).join(' | '),
      c.conflicting.length, c.corroborating.length, (c.related ?? []).length, (c.updates ?? []).length, (c.variants ?? []).length]);
    assert.deepEqual(rows, [
      // conflicts: the Coastal Times against the three others, one claim per fact
      ['killed (person), in Port Calder', '14:01+03+04 | 16:02', 1, 5, 0, 0, 0],
      ['quote of Inès Fournier', '', 1, 2, 0, 0, 0],
      ['year built', '1998:01+03+04 | 1996:02', 1, 2, 1, 0, 0],
      ['speed', '160 km/h:01+03 | 190 km/h:02', 1, 1, 0, 0, 0],
      // "Port" is the entity layer's mistake ("Port traffic" read as a place), kept visible here
      ['fell (percent), Port, in the week after the storm', '40%:01+03 | roughly 25%:02', 1, 1, 0, 0, 0],
      // corroborated
      ['aid, European Union', '€40 million:01+02+03+04', 0, 3, 0, 0, 0],
      // the day the storm struck, as three reports name it (a sentence, not a dateline)
      ['date', 'Tuesday, October 13, 2026:01+02+04', 0, 2, 1, 0, 0],
      ['quote of Inès Fournier', '', 0, 1, 0, 0, 0],
      ['height', '9 m:01+03', 0, 1, 0, 0, 0],
      ['quote of Tomas Reyes', '', 0, 1, 0, 0, 0],
      ['year', '2019:01+03', 0, 1, 0, 0, 0],
      // related only: other windows and events, never conflicts
      ['rainfall (percent), first 9 months of 2026', '30%:01', 0, 0, 1, 0, 0],
      ['rainfall (percent), first 10 months of 2026', '35%:02', 0, 0, 1, 0, 0],
    ]);
  });

  it('every claim and evidence passage is the exact document text', () => {
    const docs = new Map(loadFolder(join(SAMPLES, 'storm-iris')).map((d) => [d.id, d.text]));
    for (const c of claims) {
      for (const p of [c, ...c.corroborating, ...c.conflicting, ...(c.related ?? [])]) {
        assert.equal(docs.get(p.doc)!.slice(p.start, p.end), p.text);
      }
    }
  });
});

describe('claims: vietnam-eu-2026 (five real outlets)', function () {
  let claims: Claim[] = [];
  before(function () {
    claims = analyse(sharedCorpusOrSkip(this, 'vietnam-eu-2026')).claims;
  });

  it('the free trade agreement signed in 2019 vs 2020 is a year conflict', () => {
    const hits = between(conflictPairs(claims), 'in 2019', 'signed a free trade agreement in 2020');
    assert.ok(hits.length >= 1, 'no 2019 vs 2020 conflict');
    assert.equal(hits[0].conflict!.kind, 'year');
    assert.match(hits[0].conflict!.reason, /20(19|20) vs 20(19|20): same event \(signed(, [^)]*)?\), different year/);
  });

  it('"signed in 2019" vs "entered into force in 2020" is not a conflict', () => {
    assert.deepEqual(between(conflictPairs(claims), 'signed in 2019', 'entered into force in 2020'), []);
  });

  it('trade growth of roughly 40% since 2019 vs roughly 50% between 2019 and 2024 is another window, not a conflict', () => {
    // One side states a calendar window the other does not: two quantities, shown as related.
    assert.deepEqual(between(conflictPairs(claims), '40%', 'roughly 50%').map((p) => p.conflict!.reason), []);
    const related = claims.flatMap((c) => (c.related ?? []).map((r) => ({ a: c.text, b: r.text, note: r.note })));
    const hit = related.find((r) => (r.a + r.b).includes('40%') && (r.a + r.b).includes('roughly 50%'));
    assert.ok(hit, 'the two trade-growth figures are not related');
    assert.match(hit.note, /different period/);
  });

  it("Costa's “reliable and predictable partners” is corroborated across the four articles that carry it", () => {
    const docs = docsOfClaimWith(claims, 'reliable and predictable partners');
    assert.deepEqual([...docs.keys()].sort(), [
      '000_5833580dd435a4f3.txt', '001_5df649c7d78cd482.txt', '002_605a54cf07c0d15b.txt', '003_46d761f11772601e.txt',
    ]);
    assert.ok(![...docs.values()].includes('conflicting'), JSON.stringify([...docs]));
  });

  it('the 11-month and 10-month figures are not reported as a plain conflict', () => {
    const bad = conflictPairs(claims).filter((p) => (p.a.text + p.b.text).includes('first 11 months') && (p.a.text + p.b.text).includes('first 10 months'));
    assert.deepEqual(bad.map((p) => p.conflict!.reason), []);
  });
});

describe('claims: wikiref220 (16 stories) @slow', function () {
  this.timeout(120_000);
  let claims: Claim[] = [];
  const story = (file: string) => file.replace(/\s*\(\d+\)\.txt$|\.\d+\.txt$|\.txt$/, '');
  before(function () {
    claims = analyse(sharedCorpusOrSkip(this, 'wikiref220')).claims;
  });

  it('under 2.5% of cross-document links join different stories, all of them "related": no agreement or conflict across stories', () => {
    let links = 0;
    let cross = 0;
    let crossJudged = 0;
    for (const c of claims) {
      for (const e of [...c.corroborating, ...c.conflicting, ...(c.updates ?? []), ...(c.related ?? [])]) {
        links++;
        if (story(e.doc) !== story(c.doc)) { cross++; }
      }
      // neighbouring stories (the Greek elections and the Greek debt crisis) may relate, and may agree on a
      // standing fact both state (the 300-seat parliament; the Obamas' profiles both give 20 January 2009 as
      // the day the 44th president and first lady took office); no two stories contradict, no others agree
      const neighbours = (a: string, b: string) => ['debt.crisis.greece|greek.elections', 'barack.obama|michelle.obama'].includes([a, b].sort().join('|'));
      for (const e of c.conflicting) { if (story(e.doc) !== story(c.doc)) { crossJudged++; } }
      for (const e of c.corroborating) { if (story(e.doc) !== story(c.doc) && !neighbours(story(e.doc), story(c.doc))) { crossJudged++; } }
    }
    assert.equal(crossJudged, 0, 'a corroboration or conflict joins two stories');
    console.log(`      wikiref220: ${claims.length} claims, ${links} links, ${cross} across stories (${((100 * cross) / Math.max(1, links)).toFixed(2)}%)`);
    assert.ok(links > 200, `too few links: ${links}`);
    assert.ok(cross / links < 0.025, `${cross}/${links} links join different stories`);
  });

  // Read by hand (test/eval/sets/paris.attacks.json): the overall toll grows 127 -> 128 -> 129 -> 130 across
  // reports of different days, and the Bataclan's 89 is a part of it; neither is a contradiction. The genuine
  // disagreement in this folder is Mohamed Abrini's age (30 in three reports, 29 in one).
  it('the Paris folder: the age disagreement is found, no toll is called a conflict with a part of it', () => {
    const paris = conflictPairs(claims).filter((p) => p.claim.doc.startsWith('ParisAttacks2015') && p.conflict!.kind === 'figure');
    assert.ok(paris.some((p) => /^(?:30 vs 29|29 vs 30): same age, Mohamed Abrini/.test(p.conflict!.reason)), paris.map((p) => p.conflict!.reason).join(' | '));
    assert.ok(!paris.some((p) => /\b89\b/.test(p.conflict!.reason)), paris.map((p) => p.conflict!.reason).join(' | '));
  });

  it('MH370’s 239 people on board is corroborated across at least five articles', () => {
    let best = 0;
    for (const c of claims) {
      if (!c.doc.startsWith('malaysia') || !/\b239\b/.test(c.text)) { continue; }
      const docs = new Set([c.doc, ...c.corroborating.filter((e) => /\b239\b/.test(e.text)).map((e) => e.doc)]);
      best = Math.max(best, docs.size);
    }
    assert.ok(best >= 5, `239 corroborated across only ${best} articles`);
  });

  it('the 220 files fed in reverse order give the same stories and claims', function () {
    const docs = sharedCorpusOrSkip(this, 'wikiref220');
    const a = new Corpus();
    a.updateMany(docs);
    const b = new Corpus();
    b.updateMany([...docs].reverse());
    assert.deepEqual(b.stories(), a.stories());
    assert.deepEqual(b.claims(), a.claims());
  });

  it('no conflict pairs the 239 with figures about other aircraft', () => {
    const bad = conflictPairs(claims).filter((p) => /\b239\b/.test(p.conflict!.reason) && /\b(228|298|447|AF447|MH17)\b/.test(p.a.text + p.b.text));
    assert.deepEqual(bad.map((p) => p.conflict!.reason), []);
  });
});

describe('claims: incremental update / remove / rename', () => {
  const docs = loadFolder(join(SAMPLES, 'storm-iris'));
  const windConflict = (claims: Claim[]) => between(conflictPairs(claims), '160 km/h', '190 km/h').filter((p) => /km\/h/.test(p.conflict!.reason));

  it('editing a figure re-links: the wind conflict disappears when 190 becomes 160, and returns', () => {
    const corpus = new Corpus();
    corpus.updateMany(docs);
    assert.equal(windConflict(corpus.claims()).length, 1);
    const d02 = docs.find((d) => d.id === '02-coastal-times.txt')!;
    corpus.update({ id: d02.id, text: d02.text.replace('190 km/h', '160 km/h'), version: 2 });
    const after = corpus.claims();
    assert.equal(between(conflictPairs(after), '160 km/h', '190 km/h').length, 0);
    assert.ok(conflictPairs(after).every((p) => !/km\/h/.test(p.conflict!.reason)), 'a km/h conflict survived the edit');
    corpus.update({ id: d02.id, text: d02.text, version: 3 });
    assert.equal(windConflict(corpus.claims()).length, 1);
  });

  it('an update gives the same conflicts as analysing the edited corpus from scratch', () => {
    const edited = docs.map((d) => (d.id === '03-daily-lantern.txt' ? { ...d, text: d.text.replace('killed 14 people', 'killed 15 people') } : d));
    const incremental = new Corpus();
    incremental.updateMany(docs);
    incremental.claims();
    incremental.update(edited.find((d) => d.id === '03-daily-lantern.txt')!);
    const fresh = new Corpus();
    fresh.updateMany(edited);
    const reasons = (cs: Claim[]) => conflictPairs(cs).map((p) => [p.a.doc, p.b.doc].sort().join('|') + ' ' + p.conflict!.kind).sort();
    assert.deepEqual(reasons(incremental.claims()), reasons(fresh.claims()));
    assert.ok(conflictPairs(incremental.claims()).some((p) => (p.a.text + p.b.text).includes('15 people') && /\b15 people vs|vs 15 people/.test(p.conflict!.reason)));
  });

  it('removing a document removes every link to it; renaming keeps its claims under the new name', () => {
    const corpus = new Corpus();
    corpus.updateMany(docs);
    corpus.remove('02-coastal-times.txt');
    const ids = (cs: Claim[]) => new Set(cs.flatMap((c) => [c.doc, ...c.corroborating.map((e) => e.doc), ...c.conflicting.map((e) => e.doc)]));
    assert.ok(!ids(corpus.claims()).has('02-coastal-times.txt'));
    assert.deepEqual(between(conflictPairs(corpus.claims()), '14 people', 'Sixteen people'), []);
    corpus.updateMany([docs.find((d) => d.id === '02-coastal-times.txt')!]);
    corpus.rename('02-coastal-times.txt', 'renamed/coastal.txt');
    const claims = corpus.claims();
    assert.ok(ids(claims).has('renamed/coastal.txt'));
    assert.ok(between(conflictPairs(claims), '14 people', 'Sixteen people').length >= 1);
  });
});

describe('claims: a story that develops (invented reports)', () => {
  // three reports of one quake, none dated: the toll grows by orders, and one report says the magnitude was revised
  const docs = [
    { id: 'a.txt', text: 'Quake strikes Varna coast\n\nA 7.1-magnitude earthquake struck the Varna coast on Friday. Rescuers reported four confirmed deaths in the port town of Lenk as night fell.\n' },
    { id: 'b.txt', text: 'Varna quake toll climbs\n\nThe 7.2-magnitude earthquake that struck the Varna coast has killed 90 people, officials said. Rescuers in Lenk are still searching the rubble.\n' },
    { id: 'c.txt', text: 'Varna quake: hundreds dead\n\nThe earthquake, now rated 7.3 magnitude, upgraded from 7.2, has killed 420 people along the Varna coast, officials said. Rescuers in Lenk fear the toll will rise.\n' },
  ];
  const { claims } = analyse(docs);
  const claimOf = (needle: string) => claims.find((c) => [c, ...(c.updates ?? [])].some((p) => p.text.includes(needle)) && c.fact?.predicate === (needle.includes('magnitude') ? 'magnitude' : 'death'));

  it('a running toll an order apart in each report is one timeline of updates, never a conflict', () => {
    const c = claimOf('killed 90 people');
    assert.ok(c, JSON.stringify(claims.map((x) => x.text)));
    const all = [c, ...(c.updates ?? [])].map((p) => p.doc).sort();
    assert.deepEqual(all, ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(c.conflicting.length, 0);
  });

  it('a magnitude one report says was revised is an update in every report, not a conflict', () => {
    const c = claimOf('7.2-magnitude');
    assert.ok(c);
    assert.equal(c.conflicting.length, 0, JSON.stringify(c.conflicting.map((e) => e.reason)));
    assert.deepEqual([c, ...(c.updates ?? [])].map((p) => p.doc).sort(), ['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('claims: the same statement without a figure (invented reports)', () => {
  it('two sentences sharing two phrases of their own corroborate; a sentence sharing one does not', () => {
    const docs = [
      { id: 'a.txt', text: 'Profile of the new Calder harbour chief\n\nHer father, Tomas Brandt, worked for decades as a crane operator for the harbour maintenance department, despite a long illness that kept him from the docks in winter.\n' },
      { id: 'b.txt', text: 'Who is the Calder harbour chief?\n\nThe new chief grew up in Calder, where her father, Tomas Brandt, was a crane operator for the harbour maintenance department and a union steward.\n' },
      { id: 'c.txt', text: 'Calder harbour chief named\n\nThe Calder harbour board named a new chief on Monday after a long search that began when a crane fell at the docks in winter.\n' },
    ];
    const { claims } = analyse(docs);
    const pairs = corroborationPairs(claims).map((p) => [p.a.doc, p.b.doc].sort().join('+'));
    assert.ok(pairs.includes('a.txt+b.txt'), JSON.stringify(pairs));
    assert.ok(!pairs.some((p) => p.includes('c.txt')), JSON.stringify(pairs));
  });
});

describe('claims: a revision elsewhere in the story does not excuse a disagreement', () => {
  it('"revised from 9 deaths" in one report leaves 14 vs 16 in two others a conflict', () => {
    const docs = [
      { id: 'a.txt', text: 'Flood in Varna\n\nThe flood in Varna has killed 14 people, the mayor of Varna said on Friday.\n' },
      { id: 'b.txt', text: 'Varna flood\n\nRescuers said on Friday that the flood in Varna had killed 16 people, most of them in their homes.\n' },
      { id: 'c.txt', text: 'Varna flood toll\n\nThe flood death toll in Varna, revised from 9 deaths, now stands at 12 deaths, the mayor of Varna said.\n' },
    ];
    const { claims } = analyse(docs);
    assert.equal(between(conflictPairs(claims), 'killed 14 people', 'killed 16 people, most').length, 1, JSON.stringify(claims.map((c) => [c.text, c.conflicting.map((e) => e.reason), (c.updates ?? []).map((e) => e.text)])));
  });
});

describe('claims: one value per value group (invented reports)', () => {
  // "at least 10" agrees with 12 and with 30, yet 12 and 30 are two values of the toll (reports of two days)
  const docs = [
    { id: 'a.txt', text: 'Ledger · Sunday 1 March 2026\n\nFlood in Varna\n\nThe flood in Varna has killed 12 people, the mayor of Varna said.\n' },
    { id: 'b.txt', text: 'Wire · Tuesday 3 March 2026\n\nVarna flood toll\n\nThe flood in Varna has killed 30 people, the mayor of Varna said.\n' },
    { id: 'c.txt', text: 'Varna flood\n\nThe flood in Varna has killed at least 10 people, the mayor of Varna said.\n' },
  ];
  const { claims } = analyse(docs);
  const text = (p: { doc: string; focus?: { start: number; end: number } }) => docs.find((d) => d.id === p.doc)!.text.slice(p.focus!.start, p.focus!.end);
  const show = () => JSON.stringify(claims.map((c) => [text(c), c.corroborating.map(text), (c.updates ?? []).map(text), c.conflicting.map((e) => e.reason)]));

  it('12 and 30 never corroborate each other through "at least 10"; the later value is an update', () => {
    const c = claims.find((x) => x.fact?.predicate === 'death');
    assert.ok(c, show());
    const values = [text(c), ...c.corroborating.map(text)];
    assert.ok(!(values.some((v) => v.startsWith('12')) && values.some((v) => v.startsWith('30'))), show());
    assert.deepEqual([c, ...c.corroborating, ...(c.updates ?? [])].map((p) => p.doc).sort(), ['a.txt', 'b.txt', 'c.txt'], show());
    assert.equal(c.conflicting.length, 0, show());
  });
});

describe('claims: small counts known only by what they count', () => {
  const conflictsOf = (a: string, b: string) => {
    const corpus = new Corpus();
    corpus.updateMany([{ id: 'a.txt', text: a }, { id: 'b.txt', text: b }]);
    return corpus.claims().flatMap((c) => c.conflicting.map((k) => (k as ConflictEvidence).reason));
  };
  const head = 'Ferry Aldwin sails without six travellers\n\nThe Aldwin left Vellmouth harbour on Friday night for the island crossing. ';
  it('conflict where both sentences say the same of them (two shared phrases)', () => {
    assert.deepEqual(conflictsOf(
      head + 'The operator said five passengers who checked in for the crossing never boarded the Aldwin.',
      'Aldwin crossing: questions over missing travellers\n\nIslanders waited on Friday night as the Aldwin came in from Vellmouth harbour after the island crossing. A spokeswoman said four passengers who checked in for the crossing never boarded, and their bags were taken off.'),
    ['five passengers vs four passengers: same passenger, different value']);
  });
  it('no conflict where they only count the same kind of thing', () => {
    assert.deepEqual(conflictsOf(
      head + 'Five passengers watched the harbour lights from the upper deck.',
      head + 'Four passengers later complained about the delayed crossing to the operator.'), []);
  });
});

describe('claims: a rank by a superlative (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Varna quake shakes Lenk\n\nThe Varna quake shook Lenk on Friday and cut power to the port. The tremor was the third strongest worldwide in the past century.\n' },
    { id: 'b.txt', text: 'Varna quake shakes Lenk\n\nThe Varna quake shook Lenk on Friday and cut power to the port. It was the third-largest in the world since 1900.\n' },
    { id: 'c.txt', text: 'Varna: the first lady visits Lenk\n\nThe first lady visited the Varna coast on Friday and met rescuers in Lenk after the quake.\n' },
  ];
  const { claims } = analyse(docs);

  it('two reports of one rank by a superlative agree, written two ways; a rank that names a thing ("first lady") links nothing', () => {
    assert.equal(between(corroborationPairs(claims), 'third strongest worldwide', 'third-largest in the world').length, 1);
    assert.equal(claims.filter((c) => [c, ...c.corroborating].some((p) => p.text.includes('first lady'))).length, 0);
  });
});

describe('claims: one camera spec in four invented reviews', () => {
  const docs = [
    { id: 'a.txt', text: 'Vanta X review: the camera phone\n\nThe Vanta X includes a 24MP rear camera with a flash and a 3.0MP front camera for video calls. The Vanta X goes on sale in May.\n' },
    { id: 'b.txt', text: 'Vanta X hands-on\n\nSpecs of the Vanta X: 3.2 megapixels up front, 24 megapixels on the rear camera. The Vanta X goes on sale in May.\n' },
    { id: 'c.txt', text: 'Vanta X first look\n\nThere is also a 3-megapixel front-facing camera on the Vanta X. The Vanta X goes on sale in May.\n' },
    { id: 'd.txt', text: 'Vanta X preview\n\nLastly, there is also a 3.0-megapixel camera on the front. The Vanta X goes on sale in May.\n' },
  ];
  const { claims } = analyse(docs);
  const row = (c: Claim) => [c.fact?.subject, (c.fact?.values ?? []).map((v) => `${v.value} — ${v.docs.join(' ')}`).join(' · '), c.doc,
    c.corroborating.map((e) => e.doc).join(' '), c.conflicting.map((e) => `${e.doc}: ${e.reason}`).join(' '), (c.related ?? []).map((e) => `${e.doc}: ${e.note}`).join(' ')];

  it('the two cameras are two facts; the front one conflicts 3.0 vs 3.2, and the rounded "3-megapixel" sits beside it as allowing both', () => {
    assert.deepEqual(claims.map(row), [
      ['front camera', '3.0MP — a.txt d.txt · 3.2 megapixels — b.txt', 'a.txt', 'd.txt', 'b.txt: 3.0MP vs 3.2 megapixels: same front camera, different value',
        'c.txt: allows both: 3-megapixel agrees with 3.0MP and with 3.2 megapixels'],
      ['rear camera', '24 MP — a.txt b.txt', 'a.txt', 'b.txt', '', ''],
    ]);
  });
});

describe('claims: a whole and a part in one sentence (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Raid on the Lenk depot\n\nNine gunmen are dead, and six died when their truck overturned near the Lenk depot, police said.\n' },
    { id: 'b.txt', text: 'Lenk depot raid ends\n\nSeven gunmen were killed in the raid on the Lenk depot, police said.\n' },
  ];
  const { claims } = analyse(docs);

  it('the whole contradicts the other report\'s count; the part of it is shown as a part, not as agreement', () => {
    assert.equal(between(conflictPairs(claims), 'Nine gunmen are dead', 'Seven gunmen were killed').length, 1);
    assert.equal(between(corroborationPairs(claims), 'Nine gunmen are dead', 'Seven gunmen were killed').length, 0);
  });
});

describe('claims: a small count of one named holder (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Norland votes again\n\nThe Unity party was in power in 2011 when Norland signed the first of its two loan deals with foreign lenders. Voters return to the polls on Sunday.\n' },
    { id: 'b.txt', text: 'Norland election: what is at stake\n\nThe vote will decide the fate of Norland\'s two rescue packages, a poll of farmers suggests. Voters return to the polls on Sunday.\n' },
    { id: 'c.txt', text: 'Norland: the other story\n\nThe Harbour club signed two players from Vell on Friday. Voters return to the polls on Sunday.\n' },
  ];
  const { claims } = analyse(docs);

  it('two deals of Norland, named two ways, agree; two players of nobody named do not join them', () => {
    assert.equal(between(corroborationPairs(claims), 'two loan deals', 'two rescue packages').length, 1);
    assert.equal(claims.filter((c) => [c, ...c.corroborating].some((p) => p.text.includes('two players'))).length, 0);
  });
});

describe('claims: round amounts under other verbs (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Harbour league money\n\nThe Harbour club recouped about £50m from transfers this season, the league said. The island fund for ferry safety holds €3m this year.\n' },
    { id: 'b.txt', text: 'Harbour league finances\n\nThe winning club of the league will net £50m from broadcasting this season, Harbour officials said. Councillors cut the island fund for ferry safety to €3m.\n' },
  ];
  const { claims } = analyse(docs);

  it('"£50m" recouped and "£50m" won are two amounts; one fund named alike in both is one', () => {
    assert.equal(between(corroborationPairs(claims), 'recouped about £50m', 'net £50m').length, 0);
    assert.equal(between(corroborationPairs(claims), 'holds €3m', 'to €3m').length, 1);
  });
});

describe('claims: a person named in full and by a first name (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Michaela Varga profile\n\nAt the old harbour college, where Michaela Varga graduated in 1991, teachers still speak of her debating.\n' },
    { id: 'b.txt', text: 'A life at sea\n\nAs a girl Michaela sold rope at the chandlery with her father. Michaela graduated in 1991 from the harbour college and went to sea.\n' },
  ];
  const { claims } = analyse(docs);

  it('one dated event of "Michaela Varga" and of "Michaela" is found and agrees', () => {
    assert.equal(between(corroborationPairs(claims), 'Michaela Varga graduated in 1991', 'Michaela graduated in 1991').length, 1);
  });
});

describe('claims: a small count in a report that also gives the whole (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Tarrow attacks: the toll\n\nThe attacks in Tarrow killed 129 people, officials said on Sunday. In a later police raid on a flat in the harbour district, three people died.\n' },
    { id: 'b.txt', text: 'Tarrow mourns\n\nThe Tarrow attacks have killed 130 people, the prosecutor said. Families gathered at the harbour to mourn.\n' },
  ];
  const { claims } = analyse(docs);

  it('"three people died" in the raid is no earlier stage of the toll of 129-130: never on its timeline', () => {
    const toll = claims.find((c) => [c, ...c.corroborating, ...(c.updates ?? [])].some((p) => p.text.includes('killed 130')));
    assert.ok(toll, JSON.stringify(claims.map((x) => x.text)));
    assert.ok(![toll, ...toll.corroborating, ...(toll.updates ?? []), ...toll.conflicting].some((p) => p.text.includes('three people died')),
      JSON.stringify(toll));
  });
});

describe('claims: close wording chains no further than most of a group reads alike (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Aldermoor divers return\n\nDivers from the Norland coastguard reached the flooded vehicle deck of the Aldermoor wreck on Sunday morning.\n' },
    { id: 'b.txt', text: 'Aldermoor wreck surveyed\n\nNorland coastguard divers reached the flooded vehicle deck of the Aldermoor wreck on Sunday.\n' },
    { id: 'c.txt', text: 'Aldermoor survey\n\nNorland coastguard divers reached the flooded vehicle deck of the Aldermoor, where the fire started in a refrigerated lorry.\n' },
    { id: 'd.txt', text: 'Aldermoor fire cause\n\nInvestigators believe the fire started in a refrigerated lorry, the Aldermoor operator told reporters.\n' },
  ];
  const { claims } = analyse(docs);

  it('the three reports of the divers are one statement; the one on the fire, close to one of them only, is not theirs', () => {
    const divers = claims.find((c) => [c, ...c.corroborating].some((p) => p.text.includes('vehicle deck')));
    assert.ok(divers, JSON.stringify(claims.map((x) => x.text)));
    assert.deepEqual([divers, ...divers.corroborating].map((p) => p.doc).sort(), ['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('claims: the tally of an operation that goes on (invented reports, no dates)', () => {
  const docs = [
    { id: 'a.txt', text: 'Norland raids continue\n\nThe interior minister of Norland said police had carried out 168 raids and placed 104 people under house arrest across the country.\n' },
    { id: 'b.txt', text: 'Norland emergency powers extended\n\nPolice in Norland have put 118 people under house arrest under the emergency powers, the interior minister of Norland said.\n' },
  ];
  const { claims } = analyse(docs);

  it('two reports of house arrests under the emergency are two stages of one tally: an update, never a conflict', () => {
    const c = claims.find((x) => [x, ...(x.updates ?? [])].some((p) => p.text.includes('118 people')) && x.fact?.predicate === 'confinement');
    assert.ok(c, JSON.stringify(claims.map((x) => [x.text, x.fact?.predicate])));
    assert.deepEqual([c, ...(c.updates ?? [])].map((p) => p.doc).sort(), ['a.txt', 'b.txt']);
    assert.equal(c.conflicting.length, 0);
  });
});

describe('claims: one exact count of one event, whatever noun counts it (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Ferry search widens\n\nInvestigators have looked into the backgrounds of the 286 people on board, including the two pilots. Divers searched the wreck of the Aldermoor again on Sunday.\n' },
    { id: 'b.txt', text: 'Aldermoor: the agency steps in\n\nA new agency will coordinate the efforts to raise the Aldermoor, which sank in the sound carrying 286 passengers and crew. Divers searched the wreck again.\n' },
  ];
  const { claims } = analyse(docs);

  it('"the 286 people on board" and "carrying 286 passengers and crew" are found and agree, though their sentences share few words', () => {
    assert.equal(between(corroborationPairs(claims), '286 people on board', 'carrying 286 passengers').length, 1, JSON.stringify(claims.map((c) => [c.text, c.corroborating.map((e) => e.text)])));
  });
});

describe('claims: sentences worded alike about two nationalities (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Tarrow attacks: the passports\n\nA Danish passport was found near the body of an attacker outside the stadium in Tarrow, a police source said.\n' },
    { id: 'b.txt', text: 'Tarrow attacks: the evidence\n\nA Swedish passport was found near the body of an attacker outside the stadium in Tarrow, a police source said.\n' },
    { id: 'c.txt', text: 'Tarrow attacks: what was found\n\nA Danish passport was found next to the body of an attacker outside the stadium in Tarrow, police sources said.\n' },
  ];
  const { claims } = analyse(docs);

  it('one nationality\'s passport is one statement; another nationality\'s is not', () => {
    const pairs = corroborationPairs(claims);
    assert.equal(between(pairs, 'A Danish passport was found near', 'A Danish passport was found next').length, 1, JSON.stringify(pairs));
    assert.equal(between(pairs, 'A Swedish passport', 'A Danish passport').length, 0, JSON.stringify(pairs));
  });
});

describe('claims: one value two reports state alike, never paired by retrieval (test/eval/corpora/ferry-fire)', () => {
  const { claims } = analyse(loadFolder(join(__dirname, '../eval/corpora/ferry-fire')));

  it('"The ship, built in 1998" and "the 1998-built Aldermoor" are one value against "built in 2001"', () => {
    const built = claims.filter((c) => c.fact?.predicate === 'build');
    assert.equal(built.length, 1, JSON.stringify(built.map((c) => c.fact)));
    assert.deepEqual(built[0].fact!.values.map((v) => [v.value, [...v.docs].sort()]).sort(),
      [['1998', ['03-sound-gazette.txt', '07-the-meridian.txt']], ['2001', ['04-northern-ledger.txt']]]);
  });
});

describe('claims: one line quoted where one report names no speaker (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Fair opens\n\nThe first evening of the convention featured Lina Marsh talking about her grandmother, the bakery, winter floods, the tram line and her brother, and saying "That is why I love this harbour town."\n' },
    { id: 'b.txt', text: 'Marsh answers critics\n\nDismissing questions on taxes, schools and the deficit, Marsh said, "I love this harbour town" in a rebuttal to remarks made earlier in the campaign.\n' },
  ];
  const { claims } = analyse(docs);

  it('the shorter quotation inside the longer one agrees, found by three words in a row', () => {
    assert.equal(between(corroborationPairs(claims), 'That is why I love', 'I love this harbour town" in').length, 1, JSON.stringify(claims.map((c) => [c.text, c.corroborating.map((e) => e.text)])));
  });
});

describe('claims: amounts given roughly under two verbs (invented reports)', () => {
  const docs = [
    { id: 'a.txt', text: 'Play-off riches\n\nThe Harlow League play-off final is probably the richest game in the world, worth around £34m to the winners. Last year Ismael Varo scored twice for Tarrow in it.\n' },
    { id: 'b.txt', text: 'Record signing\n\nVela Rovers have signed the striker Ismael Varo from Tarrow for a club record fee of about £35m.\n' },
    { id: 'c.txt', text: 'Varo joins Rovers\n\nTarrow sold Ismael Varo to Vela Rovers for a fee of £35m, a club record.\n' },
  ];
  const { claims } = analyse(docs);

  it('"worth around £34m" and "a fee of about £35m" are two amounts; "about £35m" and "£35m" of one fee agree', () => {
    const pairs = corroborationPairs(claims);
    assert.equal(between(pairs, 'around £34m', 'about £35m').length, 0, JSON.stringify(claims.map((c) => [c.text, c.corroborating.map((e) => e.text)])));
    assert.equal(between(pairs, 'about £35m', 'fee of £35m').length, 1, JSON.stringify(claims.map((c) => [c.text, c.corroborating.map((e) => e.text)])));
  });
});

describe('claims: an identifier a headline names is what the story is about, not a spec (invented reports)', () => {
  const b = { id: 'b.txt', text: 'Testers unhappy\n\nTesters found that the Vireo X2 phone cracks when dropped from a table.\n\nIt is IP68 rated against dust and water.\n' };
  const c = { id: 'c.txt', text: 'Spring sales\n\nSales of the Vireo X2 phone fell sharply in the spring across the north.\n\nThe case is IP68 rated, the maker says.\n' };
  const a = { id: 'a.txt', text: 'Vireo X2 review: a tough phone\n\nThe new phone from Vireo lasts two days on one charge.\n' };
  const pairs = (corpus: Corpus) => corroborationPairs(corpus.claims());

  it('two sentences naming "X2" agree by it only while no headline of the corpus names it; "IP68" rated agrees either way', () => {
    const { corpus } = analyse([b, c]);
    assert.equal(between(pairs(corpus), 'cracks when dropped', 'fell sharply').length, 1, 'before the headline');
    corpus.update(a);
    assert.equal(between(pairs(corpus), 'cracks when dropped', 'fell sharply').length, 0, 'after the headline');
    assert.equal(between(pairs(corpus), 'IP68 rated against', 'IP68 rated, the maker').length, 1);
    corpus.remove(a.id);
    assert.equal(between(pairs(corpus), 'cracks when dropped', 'fell sharply').length, 1, 'the headline gone');
  });
});

describe('claims: one folder, one result, whatever order its files come in', () => {
  it('the sample corpus and the ferry-fire fixtures give the same stories and claims fed in reverse order', () => {
    for (const dir of [join(SAMPLES, 'storm-iris'), join(__dirname, '../eval/corpora/ferry-fire')]) {
      const docs = loadFolder(dir);
      const a = new Corpus();
      a.updateMany(docs);
      const b = new Corpus();
      b.updateMany([...docs].reverse());
      assert.deepEqual(b.stories(), a.stories(), dir);
      assert.deepEqual(b.claims(), a.claims(), dir);
    }
  });
});

describe('claims: a small count of one specific thing (invented reports)', () => {
  it('"targeted six sites" and "at six attack sites" agree though the sentences share no phrase; "two sites" would need one', () => {
    const docs = [
      { id: 'a.txt', text: 'Night of attacks in Lenk\n\nIn the nearly simultaneous raids on Friday night, the gunmen targeted six sites, the deadliest being the market hall.\n' },
      { id: 'b.txt', text: 'Lenk mourns\n\nThe victims at six attack sites — a stadium, the covered market and two cafes in the old town — included a nurse from Tarrow.\n' },
    ];
    const { claims } = analyse(docs);
    assert.equal(between(corroborationPairs(claims), 'targeted six sites', 'six attack sites').length, 1, JSON.stringify(claims.map((c) => [c.text, c.corroborating.map((e) => e.text)])));
  });
});

describe('claims: a speaker named alike is no statement alike (invented reports)', () => {
  it('two sentences sharing only "prime minister Lina Marsh" and a word or two do not corroborate', () => {
    const docs = [
      { id: 'a.txt', text: 'Marsh warns of long fight\n\nLina Marsh, the prime minister, on Wednesday warned that Norland’s war on smuggling would last a long time amid a permanent threat of more attacks.\n' },
      { id: 'b.txt', text: 'Attacks planned abroad\n\nNorland’s prime minister, Lina Marsh, said on Monday that the attacks were conceived, organised and planned in Vell.\n' },
    ];
    const { claims } = analyse(docs);
    assert.equal(between(corroborationPairs(claims), 'war on smuggling', 'conceived, organised').length, 0, JSON.stringify(claims.map((c) => [c.text, c.corroborating.map((e) => e.text)])));
  });
});

describe('claims: one value group, one named place (invented reports)', () => {
  it('"three gunmen killed" in Lenk and in Tarrow never agree through a third report that names no place', () => {
    const docs = [
      { id: 'a.txt', text: 'Night of attacks\n\nThree gunmen were killed in Lenk on Friday night, police said.\n' },
      { id: 'b.txt', text: 'Night of attacks\n\nThree gunmen were killed in Tarrow on Friday night, police said.\n' },
      { id: 'c.txt', text: 'Night of attacks\n\nThree gunmen were killed on Friday night, police said.\n' },
    ];
    const { claims } = analyse(docs);
    // (one claim's passages all state its value: Lenk's and Tarrow's are never in one claim's group)
    const together = claims.filter((c) => [c, ...c.corroborating].some((p) => p.text.includes('in Lenk')) && [c, ...c.corroborating].some((p) => p.text.includes('in Tarrow')));
    assert.deepEqual(together.map((c) => c.text), []);
    assert.ok(claims.some((c) => [c, ...c.corroborating].some((p) => p.text.includes('in Lenk')) && [c, ...c.corroborating].some((p) => p.doc === 'c.txt')), 'the report naming no place agrees with one of them');
  });
});
