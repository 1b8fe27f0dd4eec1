// The ClaimReview export checked against Google's property table for fact checks
// (developers.google.com/search/docs/appearance/structured-data/factcheck, "Structured data type
// definitions"): every required property present with its expected type, and every recommended one
// present unless the data does not exist (an article that gives no date; a "not enough information"
// rating, which has no place on a numeric scale).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeSpan } from '../../src/core/annotations/anchor';
import { createAnnotation, type Annotation } from '../../src/core/annotations/annotation';
import { correctionLabel, correctionMotivation, type Correction } from '../../src/core/annotations/correction';
import { renderClaimReviews, shortClaim } from '../../src/core/export/claimReview';
import { placeForReport } from '../../src/core/export/annotatedReport';
import { articleUrl } from '../../src/core/text/articleUrl';
import { annotatedSample, verdict } from './exportSample';

type Expected = 'Text' | 'URL' | 'Rating' | 'Claim' | 'Organization|Person' | 'Date' | 'Number' | 'URL|CreativeWork';
type Row = [type: 'ClaimReview' | 'Claim' | 'Rating', property: string, status: 'required' | 'recommended', expected: Expected];

/** Google's table, as published: the properties it reads, whether they are required, and their types. */
const GOOGLE_TABLE: Row[] = [
  ['ClaimReview', 'claimReviewed', 'required', 'Text'],
  ['ClaimReview', 'reviewRating', 'required', 'Rating'],
  ['ClaimReview', 'url', 'required', 'URL'],
  ['ClaimReview', 'author', 'recommended', 'Organization|Person'],
  ['ClaimReview', 'datePublished', 'recommended', 'Date'],
  ['ClaimReview', 'itemReviewed', 'recommended', 'Claim'],
  ['Claim', 'appearance', 'recommended', 'URL|CreativeWork'],
  ['Claim', 'author', 'recommended', 'Organization|Person'],
  ['Claim', 'datePublished', 'recommended', 'Date'],
  ['Claim', 'firstAppearance', 'recommended', 'URL|CreativeWork'],
  ['Rating', 'alternateName', 'required', 'Text'],
  ['Rating', 'bestRating', 'recommended', 'Number'],
  ['Rating', 'name', 'recommended', 'Text'],
  ['Rating', 'ratingValue', 'recommended', 'Number'],
  ['Rating', 'worstRating', 'recommended', 'Number'],
];

type Node = Record<string, unknown>;

/** A URL Google can read: absolute http(s), or a reference relative to the page publishing the markup. */
function isUrl(v: unknown): boolean {
  if (typeof v !== 'string' || !v || /\s/.test(v)) { return false; }
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) { return /^https?:\/\/[^/]+\.[^/]+/.test(v); }
  return true;
}

function hasType(v: unknown, expected: Expected): boolean {
  const node = v as Node;
  switch (expected) {
    case 'Text': return typeof v === 'string' && v.trim().length > 0;
    case 'URL': return isUrl(v);
    case 'Number': return typeof v === 'number' && Number.isFinite(v);
    case 'Date': return typeof v === 'string' && /^\d{4}-\d\d-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d))?$/.test(v);
    case 'Rating': return node?.['@type'] === 'Rating';
    case 'Claim': return node?.['@type'] === 'Claim';
    case 'Organization|Person': return ['Organization', 'Person'].includes(String(node?.['@type'])) && hasType(node.name, 'Text');
    case 'URL|CreativeWork': return (Array.isArray(v) ? v : [v]).every((w) => isUrl(w) ||
      ((w as Node)?.['@type'] === 'CreativeWork' && isUrl((w as Node).url)));
  }
}

/** Each object of the review checked against its rows: "missing <type>.<property>" / "wrong type ...". */
function checkTable(review: Node): { missingRequired: string[]; missingRecommended: string[]; wrongType: string[] } {
  const objects: Record<Row[0], Node | undefined> = {
    ClaimReview: review, Claim: review.itemReviewed as Node | undefined, Rating: review.reviewRating as Node | undefined,
  };
  const out = { missingRequired: [] as string[], missingRecommended: [] as string[], wrongType: [] as string[] };
  for (const [type, prop, status, expected] of GOOGLE_TABLE) {
    const v = objects[type]?.[prop];
    if (v === undefined) {
      (status === 'required' ? out.missingRequired : out.missingRecommended).push(`${type}.${prop}`);
    } else if (!hasType(v, expected)) {
      out.wrongType.push(`${type}.${prop}: ${JSON.stringify(v)}`);
    }
  }
  return out;
}

const OWN_URL = 'https://harbour-herald.example/2026/10/13/storm-iris-port-calder';

/** The sample with a line giving the Herald's own address at the end, and a "not enough information"
 *  verdict on Tomas Rey's quote (a quote claim: its author is the speaker). */
function reviewedSample(): ReturnType<typeof annotatedSample> {
  const input = annotatedSample((p, t) => (p === '01-harbour-herald.txt' ? `${t}\nCanonical URL: ${OWN_URL}?utm_source=x#ixzzAbC1\n` : t));
  const quote = input.report.claims.find((c) => c.fact?.kind === 'quote' && c.text.startsWith('"We warned'))!;
  input.annotations.push(verdict(input.texts, quote.doc, quote.start, quote.end, 'not-enough-info', 'Cy Editor'));
  input.placements = placeForReport(input.annotations, (p) => input.texts.get(p));
  return input;
}

describe('ClaimReview against Google\'s property table', () => {
  let graph: Node[];
  let json: string;
  before(() => {
    json = renderClaimReviews(reviewedSample());
    graph = JSON.parse(json)['@graph'];
  });

  it('three reviews (Refuted, Supported, Not enough information); every required property present and typed', () => {
    assert.deepEqual(graph.map((r) => (r.reviewRating as Node).alternateName), ['Refuted', 'Supported', 'Not enough information']);
    for (const r of graph) {
      const { missingRequired, wrongType } = checkTable(r);
      assert.deepEqual([missingRequired, wrongType], [[], []], String(r.claimReviewed));
      assert.ok((r.claimReviewed as string).length <= 75, String(r.claimReviewed));
    }
  });

  it('recommended properties missing only where the data does not exist', () => {
    assert.deepEqual(graph.map((r) => checkTable(r).missingRecommended), [
      ['Claim.datePublished'], // the Herald gives no date
      ['Claim.datePublished'],
      ['Claim.datePublished', 'Rating.bestRating', 'Rating.ratingValue', 'Rating.worstRating'],
    ]);
  });

  it('a numeric rating lies on its scale; "not enough information" is textual only', () => {
    for (const r of graph.slice(0, 2)) {
      const { ratingValue, bestRating, worstRating } = r.reviewRating as Record<string, number>;
      assert.ok(worstRating <= ratingValue && ratingValue <= bestRating);
    }
    assert.deepEqual(graph[2].reviewRating, { '@type': 'Rating', alternateName: 'Not enough information', name: 'Not enough information' });
  });

  it('the claim\'s author is the quote\'s speaker, else the outlet; the article is named by its own URL when it gives one', () => {
    assert.deepEqual((graph[2].itemReviewed as Node).author, { '@type': 'Person', name: 'Tomas Reyes' });
    assert.deepEqual((graph[0].itemReviewed as Node).author, { '@type': 'Organization', name: 'Harbour Herald' });
    const first = (graph[2].itemReviewed as Node).firstAppearance as Node;
    assert.equal(first.url, `${OWN_URL}?utm_source=x`, 'the tracker fragment is dropped');
    const urls = graph.flatMap((r) => [(r.itemReviewed as Node).appearance].flat() as Node[]).map((w) => w.url);
    assert.deepEqual([...new Set(urls)].sort(),
      ['02-coastal-times.txt', '03-daily-lantern.txt', '04-evening-post.txt', `${OWN_URL}?utm_source=x`]);
    assert.doesNotMatch(json, /file:/);
    assert.deepEqual(graph.map((r) => r.url), ['#claim-c1', '#claim-c6', '#claim-c10']);
  });

  it('the table check has teeth: a review without url or alternateName, or with a file:// appearance, fails', () => {
    const bad = JSON.parse(JSON.stringify(graph[0])) as Node;
    delete bad.url;
    delete (bad.reviewRating as Node).alternateName;
    ((bad.itemReviewed as Node).firstAppearance as Node).url = 'file:///home/ana/articles/01.txt';
    const r = checkTable(bad);
    assert.deepEqual(r.missingRequired, ['ClaimReview.url', 'Rating.alternateName']);
    assert.deepEqual(r.wrongType.map((w) => w.split(':')[0]), ['Claim.firstAppearance']);
  });
});

describe('ClaimReview in a page\'s <script type="application/ld+json">', () => {
  it('an article\'s </script> or <!-- cannot end the element: every < is \\u003c, the parsed text exact', () => {
    const hostile = 'Storm Iris leaves 14 dead </script><script>alert(1)</script><!--';
    const input = annotatedSample((p, t) => (p === '01-harbour-herald.txt' ? t.replace('Storm Iris leaves 14 dead', hostile) : t));
    const json = renderClaimReviews(input);
    assert.doesNotMatch(json, /</);
    assert.ok(json.includes('"headline": "Storm Iris leaves 14 dead \\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!-- in Port Calder as sea wall gives way"'));
    const first = JSON.parse(json)['@graph'][0].itemReviewed.firstAppearance as Node;
    assert.equal(first.headline, `${hostile} in Port Calder as sea wall gives way`);
  });
});

describe('claimReviewed summary and the article\'s own URL', () => {
  it('shortClaim keeps whole words and marks the cut', () => {
    assert.equal(shortClaim('Storm Iris killed 14 people in Port Calder on Tuesday, October 13, 2026, after winds of 160 km/h broke'),
      'Storm Iris killed 14 people in Port Calder on Tuesday, October 13, 2026…');
    assert.equal(shortClaim('x'.repeat(75)), 'x'.repeat(75));
  });

  it('articleUrl: labelled lines and tracker links are the article\'s own; a link in the story is not', () => {
    assert.equal(articleUrl('Headline\nURL: https://news.example/a/b.html\n\nStory.'), 'https://news.example/a/b.html');
    assert.equal(articleUrl('Story.\n\nRead more: http://www.daily.example/x-y.html#ixzz3XTfqwkuX\n'), 'http://www.daily.example/x-y.html');
    assert.equal(articleUrl('The report (https://agency.example/report.pdf) says 14.'), null);
    assert.equal(articleUrl('URL: javascript:alert(1)\nURL: file:///etc/passwd\nURL: https://user:pw@site.example/p'), 'https://site.example/p');
    assert.equal(articleUrl(`URL: https://site.example/${'a'.repeat(3000)}`), null);
    assert.equal(articleUrl(`URL: https://localhost/x`), null);
  });

  it('articleUrl on real saved pages: the Daily Mail\'s "Read more" and the FT\'s share link', function () {
    const dir = path.resolve(__dirname, '../../../shared/corpus/wikiref220');
    if (!fs.existsSync(dir)) { this.skip(); }
    const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
    assert.equal(articleUrl(read('premier.league.89.txt')),
      'http://www.dailymail.co.uk/sport/football/article-493532/Its-official--Tottenham-worst-defence-Premier-League-history.html');
    assert.equal(articleUrl(read('ParisAttacks2015 (22).txt')), 'http://www.ft.com/cms/s/2/f2135be4-8ac5-11e5-a549-b89a1dfede9b.html');
    // a page that links to another (a gallery of its own site) names none
    assert.equal(articleUrl(read('malaysia.airlines.flight.86.txt')), null);
  });
});

describe('ClaimReview with the user\'s corrections (read from the corrected report, never applied again)', () => {
  const H = '01-harbour-herald.txt';
  const C = '02-coastal-times.txt';
  const S = '05-sports-desk.txt';
  const TOLL = 'killed (person), in Port Calder';
  const AID = 'aid, European Union';
  type At = [doc: string, start: number, end: number];
  let clock = Date.parse('2026-11-20T09:00:00Z');
  /** A correction as the editor stores it: on `at`, the second passage `other`, by Ana Reviewer. */
  const correction = (texts: Map<string, string>, at: At, c: Correction, other?: At): Annotation => {
    const full: Correction = { ...c };
    if (other) {
      const d = describeSpan(texts.get(other[0])!, other[1], other[2]);
      full.other = { source: other[0], selector: [d.quote, d.position] };
    }
    clock += 60_000;
    return createAnnotation({ source: at[0], ...describeSpan(texts.get(at[0])!, at[1], at[2]), motivation: correctionMotivation(c.kind),
      value: correctionLabel(full), correction: full, creator: 'Ana Reviewer', now: new Date(clock) });
  };
  const sentence = (texts: Map<string, string>, doc: string, needle: string): At => {
    const start = texts.get(doc)!.indexOf(needle);
    assert.ok(start >= 0, needle);
    return [doc, start, start + needle.length];
  };
  const reviews = (input: ReturnType<typeof annotatedSample>) => JSON.parse(renderClaimReviews(input))['@graph'] as Node[];
  const urls = (r: Node) => ([(r.itemReviewed as Node).appearance].flat() as Node[]).map((w) => w.url);
  const plain = reviews(annotatedSample());

  it('the engine\'s reviews this block relies on: Refuted on the toll (a conflict with the Coastal Times), Supported on the aid', () => {
    assert.deepEqual(plain.map((r) => [r.url, (r.reviewRating as Node).alternateName, urls(r), r.reviewBody]), [
      ['#claim-c1', 'Refuted', [H, '03-daily-lantern.txt', '04-evening-post.txt'], 'CSB bulletin #3 says 16.'],
      ['#claim-c6', 'Supported', [H, C, '03-daily-lantern.txt', '04-evening-post.txt'], undefined],
    ]);
  });

  it('a dismissed conflict and a corroboration turned into a contradiction: said in reviewBody; the contradicting article is no appearance', () => {
    const input = annotatedSample(undefined, (t) => [
      correction(t, [H, 147, 315], { kind: 'not-same-fact', subject: TOLL }, [C, 83, 239]),
      correction(t, [H, 700, 808], { kind: 'contradicts', subject: AID }, [C, 524, 598]),
    ]);
    // the report holds the corrected links; the ClaimReview reads them from there
    assert.deepEqual(input.report.claims.find((c) => c.id === 'c1')!.conflicting, []);
    const [toll, aid] = reviews(input);
    assert.deepEqual(toll, { ...plain[0],
      reviewBody: 'CSB bulletin #3 says 16.\n\nCorrected by the user: Not the same fact — Coastal Times (killed (person), in Port Calder).' });
    assert.deepEqual(aid, { ...plain[1],
      itemReviewed: { ...(plain[1].itemReviewed as Node), appearance: ([(plain[1].itemReviewed as Node).appearance].flat() as Node[]).filter((w) => w.url !== C) },
      reviewBody: 'Corrected by the user: Contradicts — Coastal Times (aid, European Union).' });
    assert.deepEqual(urls(aid), [H, '03-daily-lantern.txt', '04-evening-post.txt']);
  });

  it('links the user added count: a corroborating article becomes an appearance; a conflicting one is named, never an appearance', () => {
    const input = annotatedSample(undefined, (t) => [
      correction(t, [H, 147, 315], { kind: 'link-corroborating' }, sentence(t, S, 'The club said 40% of its tickets had been sold to local families.')),
      correction(t, [H, 700, 808], { kind: 'link-conflicting' }, sentence(t, S, 'The club said 40% of its tickets had been sold to local families.')),
    ]);
    const [toll, aid] = reviews(input);
    assert.deepEqual(urls(toll), [H, '03-daily-lantern.txt', '04-evening-post.txt', S]);
    assert.deepEqual(([(toll.itemReviewed as Node).appearance].flat() as Node[]).at(-1), { '@type': 'CreativeWork', url: S,
      headline: 'Calder Rovers win the cup' });
    assert.equal(toll.reviewBody, 'CSB bulletin #3 says 16.\n\nCorrected by the user: Linked as corroborating — 05-sports-desk.txt (killed (person), in Port Calder).');
    assert.deepEqual(urls(aid), urls(plain[1]));
    assert.equal(aid.reviewBody, 'Corrected by the user: Linked as conflicting — 05-sports-desk.txt (aid, European Union).');
  });

  it('only the correction in force is said: a later "Same fact" made from the other article supersedes "Contradicts"', () => {
    const input = annotatedSample(undefined, (t) => [
      correction(t, [H, 700, 808], { kind: 'contradicts', subject: AID }, [C, 524, 598]),
      // made on the Coastal Times' claim: the far end, seen from the Herald's review, is still the Coastal Times
      correction(t, [C, 524, 598], { kind: 'same-fact', subject: AID }, [H, 700, 808]),
    ]);
    assert.deepEqual(input.report.corrections!.map((c) => [c.kind, c.status]), [['contradicts', 'superseded'], ['same-fact', 'applied']]);
    const aid = reviews(input)[1];
    assert.deepEqual(urls(aid), urls(plain[1]));
    assert.equal(aid.reviewBody, 'Corrected by the user: Same fact — Coastal Times (aid, European Union).');
  });

  it('a speaker the user set is the claim\'s author; a correction of a passage nobody reviewed changes no review', () => {
    const input = annotatedSample(undefined, (t) => {
      const quote = sentence(t, H, '"We warned the council');
      return [
        correction(t, [H, quote[1] + 1, quote[1] + 10], { kind: 'set-speaker', speaker: 'Inès Fournier', speakerKey: 'person:ines-fournier' }),
        correction(t, [H, 446, 516], { kind: 'not-same-fact', subject: 'year built' }, [C, 243, 364]),
      ];
    });
    const quote = input.report.claims.find((c) => c.fact?.kind === 'quote' && c.text.startsWith('"We warned'))!;
    assert.equal(quote.fact!.subject, 'quote of Inès Fournier');
    input.annotations.push(verdict(input.texts, quote.doc, quote.start, quote.end, 'not-enough-info', 'Cy Editor'));
    input.placements = placeForReport(input.annotations, (p) => input.texts.get(p));
    const graph = reviews(input);
    assert.deepEqual(graph.slice(0, 2), plain, 'the year built was corrected, not reviewed');
    assert.deepEqual([(graph[2].itemReviewed as Node).author, graph[2].reviewBody], [{ '@type': 'Person', name: 'Inès Fournier' },
      'Corrected by the user: Speaker: Inès Fournier (quote of Inès Fournier).']);
    for (const r of graph) { assert.deepEqual([checkTable(r).missingRequired, checkTable(r).wrongType], [[], []]); }
  });
});
