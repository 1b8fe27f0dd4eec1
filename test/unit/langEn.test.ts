// The English language layer (src/core/lang/en): every table is data with a test (no duplicates,
// normalized entries, generated inflections), a copy of the bundle passed as AnalyseOptions.language
// changes behaviour with one edit in one table, and hostile documents (all caps, 10,000 names, mixed
// scripts, emoji, RTL) neither crash nor grow faster than linearly.
import * as assert from 'node:assert/strict';
import { analyseDocument } from '../../src/core/analyse';
import { compile, verbForms, type LanguageBundle } from '../../src/core/lang/bundle';
import { en } from '../../src/core/lang/en';
import * as cues from '../../src/core/lang/en/entityCues';
import { ATTRIBUTION_AFTER } from '../../src/core/lang/en/facts';
import { formsOf, inflect } from '../../src/core/lang/en/inflect';
import { NAME_PARTICLES } from '../../src/core/lang/en/names';
import { PRONOUNS } from '../../src/core/lang/en/pronouns';
import * as quoteWords from '../../src/core/lang/en/quoteWords';
import { REPORTING_VERBS } from '../../src/core/lang/en/reporting';
import { TITLE_ABBREVIATIONS, TITLES } from '../../src/core/lang/en/titles';
import { checkAnalysis } from './support/spanChecks';
import { stemWord } from '../../src/core/claims/lexicon';

function noDuplicates(name: string, items: readonly string[]): void {
  const seen = new Set<string>();
  const dups = items.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
  assert.deepEqual(dups, [], `${name}: duplicates`);
}
const LOWER = /^[a-z][a-z.'-]*$/;
const FORM_CODES = /^(?!.*(.).*\1)[bsdg]+$/;

describe('lang/en: stems of the two spellings of -ize verbs', () => {
  it('"radicalised" and "radicalized", "organisation" and "organization" stem alike; other words stay apart', () => {
    for (const [gb, us] of [['radicalised', 'radicalized'], ['organisation', 'organization'], ['recognising', 'recognizing'], ['criticises', 'criticizes'], ['mobiliser', 'mobilizer']]) {
      assert.equal(stemWord(gb), stemWord(us), `${gb} / ${us}`);
    }
    assert.notEqual(stemWord('promise'), stemWord('premise'));
    assert.notEqual(stemWord('raised'), stemWord('realised'));
    assert.equal(stemWord('crisis'), 'crisi');
  });
});

describe('lang/en: inflection generator', () => {
  it('regular, doubled, -y, -e, sibilant and irregular forms', () => {
    const t = (lemma: string, past?: string) => { const f = inflect(lemma, past); return [f.b, f.s, f.d, f.g].join(' '); };
    assert.equal(t('say', 'said'), 'say says said saying');
    assert.equal(t('tell', 'told'), 'tell tells told telling');
    assert.equal(t('write', 'wrote'), 'write writes wrote writing');
    assert.equal(t('add'), 'add adds added adding');
    assert.equal(t('state'), 'state states stated stating');
    assert.equal(t('reply'), 'reply replies replied replying');
    assert.equal(t('testify'), 'testify testifies testified testifying');
    assert.equal(t('stress'), 'stress stresses stressed stressing');
    assert.equal(t('echo'), 'echo echoes echoed echoing');
    assert.equal(t('admit'), 'admit admits admitted admitting');
    assert.equal(t('dub'), 'dub dubs dubbed dubbing');
    assert.equal(t('quip'), 'quip quips quipped quipping');
    assert.equal(t('vow'), 'vow vows vowed vowing');
    assert.equal(t('shout'), 'shout shouts shouted shouting');
    assert.equal(t('agree'), 'agree agrees agreed agreeing');
    assert.deepEqual(formsOf(inflect('say', 'said'), 'sd'), ['says', 'said']);
    assert.throws(() => formsOf(inflect('say'), 'x'));
  });
});

describe('lang/en: tables', () => {
  it('reporting verbs: one row per lemma, lower-case lemmas, valid form codes, said/says/saying/told/tells generated', () => {
    noDuplicates('reporting verbs', REPORTING_VERBS.map((v) => v.lemma));
    for (const v of REPORTING_VERBS) {
      assert.match(v.lemma, LOWER, v.lemma);
      for (const codes of [v.quote, v.weak, v.person, v.source]) { if (codes !== undefined) { assert.match(codes, FORM_CODES, v.lemma); } }
      if (v.naming || v.particle) { assert.ok(v.quote, `${v.lemma}: naming/particle apply to quote forms`); }
      assert.ok(v.quote || v.person || v.source, `${v.lemma}: a row with no use`);
    }
    const q = compile(en).quotes;
    for (const w of ['say', 'says', 'said', 'saying', 'told', 'tells', 'telling', 'quipped', 'admitted', 'replied']) { assert.ok(q.cues.has(w), w); }
    assert.ok(!q.cues.has('continuing'), 'a row lists only the forms it uses');
    assert.equal(q.cueParticles.get('pointed'), 'out');
    assert.equal(q.cueParticles.get('shot'), 'back');
    assert.ok(q.namingCues.has('dubbed') && !q.namingCues.has('said'));
    assert.ok(q.weakCues.has('remarks') && !q.weakCues.has('said'));
    const e = compile(en).entities;
    for (const w of ['said', 'says', 'told', 'thought', 'believes', 'cited']) { assert.ok(e.cueVerbs.has(w), w); }
    assert.ok(!e.cueVerbs.has('say') && !e.cueVerbs.has('cite'));
    // the fact model's attribution ("police said 14 died": police is the source, not the holder) reads the
    // rows' source forms
    const source = verbForms(REPORTING_VERBS, (v) => v.source);
    assert.deepEqual(source, ['says', 'said', 'told', 'added', 'stated', 'noted', 'wrote', 'claimed', 'warned', 'announced', 'confirmed', 'reported', 'estimated']);
    for (const w of source) { assert.ok(ATTRIBUTION_AFTER.test(` also ${w} 14`), w); }
    assert.ok(!ATTRIBUTION_AFTER.test(' saying 14') && !ATTRIBUTION_AFTER.test(' thought 14'));
  });

  it('titles: one row per title, lower case, known uses; speaker/name/modifier sets derived as written', () => {
    noDuplicates('titles', TITLES.map((t) => t.title));
    for (const t of TITLES) {
      assert.match(t.title, LOWER, t.title);
      for (const u of t.uses.split(' ').filter(Boolean)) { assert.ok(['speaker', 'name', 'modifier'].includes(u), `${t.title}: ${u}`); }
      if (t.written) { assert.equal(t.written.toLowerCase(), t.title); }
      assert.ok(t.uses || t.gender, `${t.title}: a row with no use`);
    }
    const L = compile(en);
    assert.ok(L.quotes.titles.has('president') && L.quotes.titles.has('analyst'));
    assert.ok(L.entities.titles.has('President') && L.entities.titles.has('CEO') && !L.entities.titles.has('Analyst'),
      'role nouns are stripped from speakers but do not type entity runs');
    assert.ok(L.entities.titleModifiers.has('Prime') && L.entities.titleModifiers.has('Foreign'));
    assert.ok(L.quotes.maleHonorifics.has('mr') && L.quotes.femaleHonorifics.has('ms') && L.quotes.maleHonorifics.has('brother'));
    assert.equal(L.quotes.honorificBefore.exec('said Ms. ')?.[1], 'Ms');
  });

  it('title abbreviations: one row each, lower case, uses name/sentence/cue; the cue set is case-sensitive as written', () => {
    noDuplicates('abbreviations', TITLE_ABBREVIATIONS.map((a) => a.abbr));
    for (const a of TITLE_ABBREVIATIONS) {
      assert.match(a.abbr, LOWER, a.abbr);
      assert.ok(a.uses.split(' ').every((u) => ['name', 'sentence', 'cue'].includes(u)), a.abbr);
    }
    const L = compile(en);
    assert.ok(L.quotes.titleAbbreviations.has('dr') && L.sentenceAbbreviations.has('dr') && L.quotes.writtenAbbreviations.has('Dr'));
    assert.ok(L.sentenceAbbreviations.has('jan') && !L.quotes.titleAbbreviations.has('jan'), 'months end no name run');
    assert.ok(L.quotes.writtenAbbreviations.has('vs') && !L.quotes.writtenAbbreviations.has('Vs'));
  });

  it('pronouns: one row each, lower case, gender only on persons', () => {
    noDuplicates('pronouns', PRONOUNS.map((p) => p.pronoun));
    for (const p of PRONOUNS) {
      assert.match(p.pronoun, LOWER);
      if (p.gender) { assert.equal(p.refers, 'person', p.pronoun); }
    }
    const q = compile(en).quotes;
    assert.deepEqual([...q.personPronouns], ['he', 'she']);
    assert.deepEqual([...q.groupPronouns], ['they', 'we']);
  });

  it('name particles: one row each, lower case, uses quote/entity', () => {
    noDuplicates('particles', NAME_PARTICLES.map((p) => p.particle));
    for (const p of NAME_PARTICLES) {
      assert.match(p.particle, /^[a-z]+$/);
      assert.ok(p.uses.split(' ').every((u) => u === 'quote' || u === 'entity') && p.uses.length > 0, p.particle);
    }
    const L = compile(en);
    assert.ok(L.quotes.nameParticles.has('von') && L.entities.nameParticles.has('von'));
  });

  it('quote word classes: no duplicates, lower case', () => {
    for (const [name, list] of Object.entries(quoteWords)) {
      noDuplicates(name, list);
      for (const w of list) { assert.match(w, LOWER, `${name}: ${w}`); }
    }
  });

  it('entity cues: no duplicates; heads, prefixes and sentence starters capitalized as the rules read them; lower-case prepositions', () => {
    const capital = ['ORG_HEADS', 'OF_HEADS', 'PLACE_HEADS', 'PLACE_PREFIXES', 'THING_HEADS', 'STOPWORDS', 'IRREGULAR_DEMONYMS'] as const;
    const lower = ['ROLE_NOUNS', 'PLACE_PREPOSITIONS', 'GLUE_WORDS'] as const;
    for (const name of [...capital, ...lower, 'THING_PREFIXES', 'NON_ENTITY_ACRONYMS', 'ORG_REGIONS'] as const) { noDuplicates(name, cues[name]); }
    for (const name of capital) { for (const w of cues[name]) { assert.match(w, /^\p{Lu}/u, `${name}: ${w}`); } }
    for (const name of lower) { for (const w of cues[name]) { assert.match(w, /^[a-z]+$/, `${name}: ${w}`); } }
    for (const w of cues.NON_ENTITY_ACRONYMS) { assert.match(w, /^[A-Z][A-Za-z]*$/, w); }
    for (const [acr, code] of Object.entries(cues.EXTRA_REGION_ACRONYMS)) { assert.match(acr, /^[A-Z]{2,4}$/); assert.match(code, /^[A-Z]{2}$/); }
  });

  it('fact classes: no duplicate class; event classes are classes', () => {
    const names = en.facts.predicateClasses.map(([c]) => c);
    noDuplicates('predicate classes', names);
    for (const e of en.facts.eventClasses) { assert.ok(names.includes(e), e); }
    for (const [, stems] of en.facts.predicateClasses) { for (const s of stems) { assert.match(s, /^[a-z][a-z/-]*\*?$/, s); } }
  });

  it('compiles once per bundle object, not per document', () => {
    assert.equal(compile(en), compile(en));
    assert.notEqual(compile({ ...en }), compile(en));
  });
});

describe('lang/en: one edit in one table, passed as AnalyseOptions.language', () => {
  it('an invented reporting verb ("blorted") attributes a quote once its row is added', () => {
    const text = 'The storm hit the coast on Monday.\n\n"We will rebuild the sea wall," blorted Ana Sol.\n';
    const before = analyseDocument('d', text).quotes[0];
    assert.equal(before.speaker, null);
    const language: LanguageBundle = { ...en, reportingVerbs: [...en.reportingVerbs, { lemma: 'blort', quote: 'bsdg' }] };
    const after = analyseDocument('d', text, { language }).quotes[0];
    assert.equal(after.quoteKind, 'speech');
    assert.equal(after.speaker, 'Ana Sol');
    assert.equal(after.cue, 'blorted');
    // The default bundle is untouched: no module-global state carries the edit over.
    assert.equal(analyseDocument('d', text).quotes[0].speaker, null);
  });

  it('an invented title ("Grand Vizier") is stripped from the speaker once its row is added', () => {
    const text = 'The storm hit the coast on Monday.\n\n"We will rebuild the sea wall," said Vizier Ana Sol.\n';
    assert.equal(analyseDocument('d', text).quotes[0].speaker, 'Vizier Ana Sol');
    const language: LanguageBundle = { ...en, titles: [...en.titles, { title: 'vizier', uses: 'speaker' }] };
    assert.equal(analyseDocument('d', text, { language }).quotes[0].speaker, 'Ana Sol');
    assert.equal(analyseDocument('d', text).quotes[0].speaker, 'Vizier Ana Sol');
  });
});

/** CPU milliseconds of one analysis (as fuzzScaling.test.ts measures). */
function cpuOf(text: string): number {
  const c0 = process.cpuUsage();
  const a = analyseDocument('big', text);
  const c = process.cpuUsage(c0);
  checkAnalysis(a, text);
  return (c.user + c.system) / 1000;
}
const KB = 1024;
/** Linear growth from 1/4 of the input gives 4x; quadratic gives 16x. Failing needs both. */
const MAX_GROWTH = 8;
const HANG_MS = 3000;

function assertLinear(make: (bytes: number) => string): void {
  const s = cpuOf(make(256 * KB));
  const b = cpuOf(make(1024 * KB));
  const growth = b / Math.max(s, 1);
  assert.ok(b < HANG_MS || growth < MAX_GROWTH, `1 MB took ${b.toFixed(0)} ms, x${growth.toFixed(1)} the 256 KB time: superlinear`);
}

const fill = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('lang/en: bad input (issue 12)', function () {
  this.timeout(300_000);

  it('an all-caps document: no crash, its quote still attributed', () => {
    const text = 'STORM HITS PORT CALDER\n\n"WE WILL REBUILD THE SEA WALL," SAID MAYOR ANA SOL. THE STORM KILLED 14 PEOPLE ON MONDAY.\n';
    const a = analyseDocument('caps', text);
    checkAnalysis(a, text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.figures.filter((f) => f.value === 14).length, 1);
  });

  it('a list of 10,000 names: no crash, one entity per distinct name at most, linear time @slow', () => {
    const first = ['Ana', 'Tomas', 'Joao', 'Khang', 'Maria', 'Lena', 'Omar', 'Yuki', 'Priya', 'Ivan'];
    const last = ['Sol', 'Reyes', 'Pereira', 'Vu', 'Costa', 'Berg', 'Haddad', 'Sato', 'Nair', 'Petrov'];
    const names = (n: number): string => {
      const out: string[] = [];
      for (let i = 0, len = 0; len < n; i++) {
        const line = `${first[i % 10]} ${last[Math.floor(i / 10) % 10]}${i >= 100 ? ' ' + String.fromCharCode(65 + (i % 26)) + '.' : ''}\n`;
        out.push(line);
        len += line.length;
      }
      return out.join('').slice(0, n);
    };
    const ten = Array.from({ length: 10_000 }, (_, i) => `${first[i % 10]} ${last[Math.floor(i / 10) % 10]}`).join('\n') + '\n';
    const a = analyseDocument('names', ten);
    checkAnalysis(a, ten);
    const keys = new Set(a.entities.map((e) => e.key));
    assert.ok(keys.size <= 100 + 10, `${keys.size} distinct entities from 100 distinct names`);
    assertLinear(names);
  });

  it('mixed scripts, emoji and RTL text: no crash, the English quote survives, linear time @slow', () => {
    const unit = 'Hà Nội 河内 Ханой هانوي 🌊🌀 "We will rebuild," said Ana Sol. 14 people 👨‍👩‍👧 died. שלום עולם \u202Eevil\u202C ';
    const a = analyseDocument('mixed', unit);
    checkAnalysis(a, unit);
    assert.equal(a.quotes.filter((q) => q.speaker === 'Ana Sol').length, 1);
    const rtl = 'قال الرئيس "سنعيد البناء" يوم الاثنين. ' + 'אמר ראש העיר "נבנה מחדש". ';
    checkAnalysis(analyseDocument('rtl', rtl), rtl);
    assertLinear(fill(unit));
    assertLinear(fill('STORM HITS PORT CALDER, SAID MAYOR ANA SOL. '));
  });
});
