// Cross-document entity keys: the EntityRegistry on real articles, our samples and fixtures.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Entity } from '../../src/core/model';
import { buildContext } from '../../src/core/text/context';
import { extractEntities } from '../../src/core/extract/entities';
import { EntityRegistry } from '../../src/core/extract/aliases';
import { slug } from '../../src/core/extract/keys';
import { loadFolder, SAMPLES, sharedCorpusOrSkip, type LoadedDoc } from './support/loadCorpus';

interface Doc { id: string; text: string; ents: Entity[] }

/** The mention spells the key's name, or is the acronym of it ("BBC" for british-broadcasting-corp). */
function writtenAs(text: string, key: string): boolean {
  const name = key.slice(key.indexOf(':') + 1);
  if (slug(text) === name) { return true; }
  const letters = text.replace(/\./g, '');
  return letters === letters.toUpperCase() && letters.toLowerCase() === name.split('-').map((w) => w[0]).join('');
}

function register(docs: readonly LoadedDoc[], reg = new EntityRegistry()): Doc[] {
  return docs.map((d) => {
    const ents = extractEntities(buildContext(d.text));
    reg.set(d.id, ents);
    return { ...d, ents };
  });
}

/** Canonical keys of every mention whose text is one of `needles`, across all documents. */
function canonicalOf(reg: EntityRegistry, docs: readonly Doc[], needles: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const e of d.ents) {
      if (!needles.includes(e.text)) { continue; }
      const s = out.get(e.text) ?? new Set<string>();
      s.add(reg.canonical(d.id, e.key));
      out.set(e.text, s);
    }
  }
  return out;
}

function expectOneKey(reg: EntityRegistry, docs: readonly Doc[], needles: readonly string[], key: string): void {
  const got = canonicalOf(reg, docs, needles);
  assert.deepEqual([...got.keys()].sort(), [...needles].sort(), 'every spelling is found');
  for (const [n, keys] of got) { assert.deepEqual([...keys], [key], n); }
}

describe('aliases: vietnam-eu-2026', function () {
  let docs: Doc[];
  const reg = new EntityRegistry();
  before(function () {
    docs = register(sharedCorpusOrSkip(this, 'vietnam-eu-2026'), reg);
  });

  it('EU and European Union are one key across the five articles', () => {
    expectOneKey(reg, docs, ['EU', 'European Union'], 'organization:european-union');
  });

  it('Antonio Costa, António Costa and Costa are one person', () => {
    expectOneKey(reg, docs, ['Antonio Costa', 'António Costa', 'Costa'], 'person:antonio-costa');
    const info = reg.info('person:antonio-costa')!;
    assert.equal(info.type, 'person');
    assert.equal(info.name, 'António Costa');
    assert.deepEqual([...info.aliases].sort(), ['Antonio Costa', 'António Costa', 'Costa']);
    assert.deepEqual(Object.keys(info.mentions).sort(), docs.map((d) => d.id).sort());
  });

  it('US, U.S. and United States are one place', () => {
    expectOneKey(reg, docs, ['US', 'U.S.', 'United States'], 'place:united-states');
  });

  it('places and organizations keep their own keys', () => {
    for (const [n, k] of [
      ['Hanoi', 'place:hanoi'], ['Vietnam', 'place:vietnam'], ['Brussels', 'place:brussels'], ['Singapore', 'place:singapore'],
      ['European Council', 'organization:european-council'], ['European Commission', 'organization:european-commission'],
      ['Chatham House', 'organization:chatham-house'], ['University of Vienna', 'organization:university-of-vienna'],
      ['Boston University', 'organization:boston-university'],
    ]) { expectOneKey(reg, docs, [n], k); }
  });

  it('every person named in the articles is typed person, with one key per person', () => {
    const people: Array<[string[], string]> = [
      [['Pham Minh Chinh'], 'person:pham-minh-chinh'], [['Luong Cuong', 'Cuong'], 'person:luong-cuong'],
      [['To Lam', 'Lam'], 'person:to-lam'], [['Khang Vu', 'Vu'], 'person:khang-vu'], [['Alfred Gerstl'], 'person:alfred-gerstl'],
      [['Khac Giang Nguyen', 'Giang'], 'person:khac-giang-nguyen'], [['Bill Hayton', 'Hayton'], 'person:bill-hayton'],
      [['Julien Guerrier', 'Guerrier'], 'person:julien-guerrier'], [['Donald Trump'], 'person:donald-trump'],
    ];
    for (const [names, key] of people) { expectOneKey(reg, docs, names, key); }
  });
});

describe('aliases: samples/storm-iris', () => {
  const reg = new EntityRegistry();
  const docs = register(loadFolder(join(SAMPLES, 'storm-iris')), reg);

  it('Inès Fournier, Ines Fournier, Fournier and "Mayor Fournier" are one person', () => {
    expectOneKey(reg, docs, ['Inès Fournier', 'Ines Fournier', 'Fournier'], 'person:ines-fournier');
    const info = reg.info('person:ines-fournier')!;
    assert.equal(info.name, 'Inès Fournier');
    assert.deepEqual(Object.keys(info.mentions).sort(), ['01-harbour-herald.txt', '02-coastal-times.txt', '03-daily-lantern.txt', '04-evening-post.txt']);
  });

  it('CSB is the Coastal Safety Board; Port Calder is a place in every spelling', () => {
    expectOneKey(reg, docs, ['CSB', 'Coastal Safety Board'], 'organization:coastal-safety-board');
    expectOneKey(reg, docs, ['Port Calder', 'PORT CALDER'], 'place:port-calder');
  });

  it('the unrelated sports story shares no key with the storm stories', () => {
    const sports = new Set(docs[4].ents.map((e) => reg.canonical(docs[4].id, e.key)));
    const storm = new Set(docs.slice(0, 4).flatMap((d) => d.ents.map((e) => reg.canonical(d.id, e.key))));
    assert.deepEqual([...sports].filter((k) => storm.has(k)), []);
  });
});

describe('aliases: fixtures', () => {
  const e = (text: string, type: Entity['type'], key: string): Entity => ({ start: 0, end: text.length, text, type, key });

  it('an acronym joins the one expansion with its initials; an ambiguous one stays alone', () => {
    const reg = new EntityRegistry();
    reg.set('a', [e('Coastal Safety Board', 'organization', 'organization:coastal-safety-board')]);
    reg.set('b', [e('CSB', 'organization', 'organization:csb'), e('IMF', 'organization', 'organization:imf')]);
    reg.set('c', [e('Inland Marine Fund', 'organization', 'organization:inland-marine-fund'), e('International Monetary Fund', 'organization', 'organization:international-monetary-fund')]);
    assert.equal(reg.canonical('b', 'organization:csb'), 'organization:coastal-safety-board');
    assert.equal(reg.canonical('b', 'organization:imf'), 'organization:imf');
  });

  it('a surname joins one full name; two full names with that surname keep it apart; first names never join', () => {
    const reg = new EntityRegistry();
    reg.set('a', [e('Antonio Costa', 'person', 'person:antonio-costa'), e('Barack Obama', 'person', 'person:barack-obama')]);
    reg.set('b', [e('Michelle Obama', 'person', 'person:michelle-obama')]);
    reg.set('c', [e('Costa', 'person', 'person:costa'), e('Obama', 'person', 'person:obama'), e('Antonio', 'person', 'person:antonio')]);
    assert.equal(reg.canonical('c', 'person:costa'), 'person:antonio-costa');
    assert.equal(reg.canonical('c', 'person:obama'), 'person:obama');
    assert.equal(reg.canonical('c', 'person:antonio'), 'person:antonio');
  });

  it('one name in two spellings across documents is one person: transliterations, another order; consonants stay', () => {
    const reg = new EntityRegistry();
    reg.set('a', [e('Ismael Omar Mostefai', 'person', 'person:ismael-omar-mostefai'), e('Salah Abdeslam', 'person', 'person:salah-abdeslam'),
      e('Ibrahim Abdeslam', 'person', 'person:ibrahim-abdeslam'), e('John Reyes', 'person', 'person:john-reyes')]);
    reg.set('b', [e('Omar Ismail Mostefai', 'person', 'person:omar-ismail-mostefai'), e('Abdeslam Salah', 'person', 'person:abdeslam-salah'),
      e('Brahim Abdeslam', 'person', 'person:brahim-abdeslam'), e('Joan Reyes', 'person', 'person:joan-reyes')]);
    const one = (x: string, y: string) => reg.canonical('a', x) === reg.canonical('b', y);
    assert.ok(one('person:ismael-omar-mostefai', 'person:omar-ismail-mostefai'));
    assert.ok(one('person:salah-abdeslam', 'person:abdeslam-salah'));
    assert.ok(one('person:ibrahim-abdeslam', 'person:brahim-abdeslam'));
    assert.ok(!one('person:john-reyes', 'person:joan-reyes'));
    assert.ok(!one('person:salah-abdeslam', 'person:brahim-abdeslam'));
  });

  it('a fuller form one report wrote once is a variant of the full name many reports write, and is named by it', () => {
    const reg = new EntityRegistry();
    const tomas = e('Tomas Reyes', 'person', 'person:tomas-reyes');
    reg.set('a', [e('Marine Tomas Reyes', 'person', 'person:marine-tomas-reyes')]);
    reg.set('b', [tomas, tomas]);
    reg.set('c', [tomas, tomas]);
    reg.set('d', [tomas]);
    assert.equal(reg.canonical('a', 'person:marine-tomas-reyes'), 'person:tomas-reyes');
    assert.equal(reg.canonical('b', 'person:tomas-reyes'), 'person:tomas-reyes');
    assert.equal(reg.info('person:tomas-reyes')!.name, 'Tomas Reyes');
    assert.deepEqual(reg.info('person:tomas-reyes')!.aliases.sort(), ['Marine Tomas Reyes', 'Tomas Reyes']);
    // the fuller name of two reports stays the name
    reg.set('e', [e('Marine Tomas Reyes', 'person', 'person:marine-tomas-reyes')]);
    assert.equal(reg.canonical('b', 'person:tomas-reyes'), 'person:marine-tomas-reyes');
  });

  it('one type per name: the country list wins, else the most mentions', () => {
    const reg = new EntityRegistry();
    reg.set('a', [e('Port Calder', 'place', 'place:port-calder'), e('Port Calder', 'place', 'place:port-calder')]);
    reg.set('b', [e('Port Calder', 'person', 'person:port-calder'), e('Georgia', 'person', 'person:georgia')]);
    reg.set('c', [e('Georgia', 'organization', 'organization:georgia'), e('Georgia', 'place', 'place:georgia')]);
    assert.equal(reg.canonical('b', 'person:port-calder'), 'place:port-calder');
    assert.equal(reg.canonical('b', 'person:georgia'), 'place:georgia');
    assert.equal(reg.info('place:port-calder')!.mentions.b, 1);
  });

  it('set and delete are incremental: the map follows the documents present', () => {
    const reg = new EntityRegistry();
    reg.set('c', [e('Fournier', 'person', 'person:fournier')]);
    assert.equal(reg.canonical('c', 'person:fournier'), 'person:fournier');
    reg.set('a', [e('Inès Fournier', 'person', 'person:ines-fournier')]);
    assert.equal(reg.canonical('c', 'person:fournier'), 'person:ines-fournier');
    reg.set('b', [e('Paul Fournier', 'person', 'person:paul-fournier')]);
    assert.equal(reg.canonical('c', 'person:fournier'), 'person:fournier', 'ambiguous now');
    reg.delete('b');
    assert.equal(reg.canonical('c', 'person:fournier'), 'person:ines-fournier');
    reg.delete('a');
    assert.equal(reg.canonical('c', 'person:fournier'), 'person:fournier');
    assert.equal(reg.info('person:ines-fournier'), undefined);
    assert.deepEqual(reg.info('person:fournier'), { key: 'person:fournier', type: 'person', name: 'Fournier', aliases: ['Fournier'], mentions: { c: 1 } });
  });
});

describe('aliases: wikiref220 precision @slow', function () {
  let docs: Doc[];
  const reg = new EntityRegistry();
  const story = (id: string) => id.replace(/ ?\(\d+\)/, '').replace(/\.\d+\.txt$|\.txt$/, '');
  before(function () {
    docs = register(sharedCorpusOrSkip(this, 'wikiref220'), reg);
  });

  it('every span is exact and spans never overlap', () => {
    for (const d of docs) {
      let last = -1;
      for (const x of d.ents) {
        assert.equal(x.text, d.text.slice(x.start, x.end), d.id);
        assert.ok(x.start >= last, d.id);
        last = x.end;
      }
    }
  });

  it('MH370 and Paris-attacks articles share only entities both really name (no spurious joins)', () => {
    const inStory = (s: string) => docs.filter((d) => story(d.id) === s);
    const keysOf = (s: string) => new Set(inStory(s).flatMap((d) => d.ents.map((x) => reg.canonical(d.id, x.key))));
    const mh = keysOf('malaysia.airlines.flight');
    const paris = keysOf('ParisAttacks2015');
    const shared = [...mh].filter((k) => paris.has(k) && !k.startsWith('place:')).sort();
    // Each shared key is written (under one of its aliases) in both stories: an agency, a
    // politician or a place both cite, never a surname or acronym joined to the wrong name.
    for (const k of shared) {
      for (const s of ['malaysia.airlines.flight', 'ParisAttacks2015']) {
        const written = inStory(s).some((d) => d.ents.some((x) => reg.canonical(d.id, x.key) === k && writtenAs(x.text, k)));
        assert.ok(written, `${k} in ${s}`);
      }
    }
    const people = shared.filter((k) => k.startsWith('person:'));
    assert.ok(people.includes('person:barack-obama'));
    assert.ok(people.every((k) => k.includes('-')), `only full names join stories: ${people.join(', ')}`);
    assert.ok(shared.length <= 15, shared.join(', '));
  });
});
