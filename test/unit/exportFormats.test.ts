import * as assert from 'node:assert/strict';
import { renderClaimReviews, shortClaim } from '../../src/core/export/claimReview';
import { csvField, renderClaimsCsv } from '../../src/core/export/csv';
import { escapeHtml, renderHtmlReport } from '../../src/core/export/html';
import { renderWebAnnotations } from '../../src/core/export/webAnnotation';
import { annotatedSample } from './exportSample';

describe('exports: CSV of claims', () => {
  it('quotes per RFC 4180 and defuses formula cells', () => {
    assert.deepEqual(['plain', 'a,b', 'say "hi"', 'two\r\nlines', '=1+1', '-3%', 42].map(csvField),
      ['plain', '"a,b"', '"say ""hi"""', '"two\r\nlines"', "'=1+1", "'-3%", '42']);
  });

  it('updates and variants in their columns; formula-like values from articles defused', () => {
    const input = annotatedSample();
    const c = input.report.claims[0];
    c.updates = [{ doc: 'x.txt', start: 0, end: 5, text: 'later', score: 0.5, value: '=29', reported: '2026-10-15', focus: null }];
    c.variants = [{ doc: 'y.txt', start: 0, end: 5, text: 'other', score: 0.5, reason: 'word order', focus: null }];
    c.text = '@SUM(A1)';
    const row = parseCsv(renderClaimsCsv(input)).find((r) => r[0] === c.id)!;
    assert.equal(row[4], "'@SUM(A1)");
    assert.deepEqual(row.slice(16), ["'=29 (x.txt, 2026-10-15)", 'y.txt: word order']);
    assert.equal(csvField('  =1+1'), "'  =1+1");
  });

  it('one row per claim with verdict and notes, CRLF records, parseable back', () => {
    const input = annotatedSample();
    const csv = renderClaimsCsv(input);
    const rows = parseCsv(csv);
    // header, one row per claim, then the orphaned note (its passage is gone: no start/end)
    assert.equal(rows.length, input.report.claims.length + 2);
    assert.deepEqual(rows[rows.length - 1].slice(0, 12),
      ['', '01-harbour-herald.txt', '', '', 'A sentence that was deleted from the article since.', '', '', '', '', '', '', 'source?']);
    // the v1 columns in their order, then the report-v2 ones
    assert.deepEqual(rows[0], ['claim_id', 'source', 'start', 'end', 'claim', 'corroborating', 'conflicting',
      'conflicting_sources', 'conflict_reasons', 'verdict', 'verdict_label', 'notes',
      'fact', 'values', 'sources', 'independent_sources', 'updates', 'variants']);
    const conflict = input.report.claims.find((c) => c.conflicting.length)!;
    const row = rows.find((r) => r[0] === conflict.id)!;
    assert.deepEqual(row.slice(0, 5), [conflict.id, conflict.doc, String(conflict.start), String(conflict.end), conflict.text]);
    assert.deepEqual(row.slice(9, 12), ['refuted', 'Refuted', 'CSB bulletin #3 says 16.']);
    assert.equal(row[8], conflict.conflicting.map((x) => x.reason).join('; '));
    assert.deepEqual(row.slice(14, 16), [String(conflict.sources), String(conflict.independent ?? '')]);
    const toll = input.report.claims.find((c) => c.fact?.predicate === 'death' && c.conflicting.length)!;
    const tollRow = rows.find((r) => r[0] === toll.id)!;
    assert.equal(tollRow[12], toll.fact!.subject);
    assert.equal(tollRow[13], toll.fact!.values.map((v) => `${v.value} (${v.docs.length} source${v.docs.length === 1 ? '' : 's'})`).join('; '));
    assert.deepEqual([tollRow[14], tollRow[15]], [String(toll.sources), String(toll.independent)]);
    assert.ok(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv.replace(/"[^"]*"/g, '')), 'records end with CRLF');
  });
});

/** Minimal RFC 4180 reader for the round-trip check. */
function parseCsv(text: string): string[][] {
  assert.equal(text[0], '\uFEFF', 'starts with the UTF-8 BOM');
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') { quoted = false; } else { field += ch; }
    } else if (ch === '"') { quoted = true; } else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i++;
    } else { field += ch; }
  }
  return rows;
}

const IRI = /^(urn:uuid:[0-9a-f-]{36}|[a-z][a-z0-9+.-]*:\S+)$/i;
const W3C_MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing',
  'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];

describe('exports: W3C Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection whose items satisfy the Web Annotation model shape', () => {
    const input = annotatedSample();
    const doc = JSON.parse(renderWebAnnotations(input));
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, 5);
    assert.equal(doc.first.type, 'AnnotationPage');
    assert.equal(doc.first.startIndex, 0);
    assert.equal(doc.first.items.length, doc.total);
    for (const a of doc.first.items) {
      assert.match(a.id, /^urn:uuid:[0-9a-f-]{36}$/);
      assert.equal(a.type, 'Annotation');
      assert.ok(W3C_MOTIVATIONS.includes(a.motivation), a.motivation);
      assert.match(a.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      assert.match(a.target.source, IRI);
      assert.match(a.target.source, /^file:\/\/\/work\/samples\/storm-iris\/0\d-[a-z-]+\.txt$/);
      const [q, p] = a.target.selector;
      assert.deepEqual(Object.keys(q).sort(), ['exact', 'prefix', 'suffix', 'type']);
      assert.equal(q.type, 'TextQuoteSelector');
      assert.equal(p.type, 'TextPositionSelector');
      assert.ok(Number.isInteger(p.start) && p.end >= p.start);
      assert.ok(Array.isArray(a.body) && a.body.length >= 1);
      for (const b of a.body) {
        assert.equal(b.type, 'TextualBody');
        assert.equal(typeof b.value, 'string');
        assert.ok(W3C_MOTIVATIONS.includes(b.purpose), b.purpose);
      }
      if (a.creator) { assert.equal(a.creator.type, 'Person'); }
    }
    const refuted = doc.first.items.find((a: { body: Array<{ value: string }> }) => a.body[1]?.value === 'refuted');
    assert.equal(refuted.verdict, undefined, 'no key outside the anno.jsonld context');
    assert.deepEqual(refuted.body.map((b: { value: string; purpose: string }) => [b.purpose, b.value]),
      [['assessing', 'Refuted'], ['tagging', 'refuted']]);
  });
});

describe('exports: schema.org ClaimReview JSON-LD', () => {
  it('one ClaimReview per reviewed passage, in the shape Google Fact Check tools read', () => {
    const input = annotatedSample();
    const doc = JSON.parse(renderClaimReviews(input));
    assert.equal(doc['@context'], 'https://schema.org');
    assert.equal(doc['@graph'].length, 2);
    const conflict = input.report.claims.find((c) => c.conflicting.length)!;
    const refuted = doc['@graph'].find((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName === 'Refuted');
    assert.deepEqual(refuted, {
      '@type': 'ClaimReview',
      url: `#claim-${conflict.id}`,
      datePublished: '2026-11-23',
      claimReviewed: 'Storm Iris killed 14 people in Port Calder on Tuesday, October 13, 2026…',
      reviewRating: { '@type': 'Rating', alternateName: 'Refuted', name: 'Refuted', ratingValue: 1, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Harbour Herald' },
        text: conflict.text,
        appearance: [
          { '@type': 'CreativeWork', url: '01-harbour-herald.txt', headline: 'Storm Iris leaves 14 dead in Port Calder as sea wall gives way',
            publisher: { '@type': 'Organization', name: 'Harbour Herald' } },
          { '@type': 'CreativeWork', url: '03-daily-lantern.txt', headline: 'STORM IRIS: 14 KILLED AS WAVES BREACH PORT CALDER DEFENCES',
            publisher: { '@type': 'Organization', name: 'Daily Lantern' }, datePublished: '2026-10-13' },
          { '@type': 'CreativeWork', url: '04-evening-post.txt', headline: 'Port Calder mourns 14 after Storm Iris',
            publisher: { '@type': 'Organization', name: 'Evening Post' } },
        ],
        // two of the three articles say no date: the first appearance is the reviewed article itself
        firstAppearance: { '@type': 'CreativeWork', url: '01-harbour-herald.txt', headline: 'Storm Iris leaves 14 dead in Port Calder as sea wall gives way',
          publisher: { '@type': 'Organization', name: 'Harbour Herald' } },
      },
      author: { '@type': 'Person', name: 'Ana Reviewer' },
      reviewBody: 'CSB bulletin #3 says 16.',
    });
    // The HTML report's card of that claim carries the anchor the url names.
    assert.equal(renderHtmlReport(input).split(`<div class="card conflict" id="claim-${conflict.id}">`).length, 2);
  });

  it('claimReviewed: at most 75 characters, cut at a word boundary with an ellipsis', () => {
    assert.equal(shortClaim('Short enough.'), 'Short enough.');
    const long = 'The European Union pledged €40 million ($43 million) in emergency aid, according to the European Commission.';
    assert.equal(shortClaim(long), 'The European Union pledged €40 million ($43 million) in emergency aid…');
    assert.ok(shortClaim(long).length <= 75);
    assert.equal(shortClaim(`${'x'.repeat(100)} end`), `${'x'.repeat(74)}…`);
    assert.equal(shortClaim('a\n  b   c'), 'a b c');
  });
});

describe('exports: self-contained HTML report', () => {
  it('escapes every character that could open markup', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });

  it('has sources, conflicts with reasons, verdicts, notes and orphans; no script, no external asset', () => {
    const input = annotatedSample();
    const html = renderHtmlReport(input);
    assert.ok(html.startsWith('<!doctype html>'));
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"/);
    for (const d of input.report.documents) { assert.ok(html.includes(`<td class="src">${d.path}</td>`), `${d.path} in ${html.slice(html.indexOf("<tbody>"), html.indexOf("<tbody>") + 300)}`); }
    const conflict = input.report.claims.find((c) => c.conflicting.length)!;
    assert.ok(html.includes(escapeHtml(conflict.conflicting[0].reason.replace(/\s+/g, ' ').trim())));
    assert.ok(html.includes('<span class="badge b-refuted">Refuted</span>'));
    assert.ok(html.includes('<span class="badge b-supported">Supported</span>'));
    assert.ok(html.includes('Ask the &lt;b&gt;engineers&lt;/b&gt; &amp; &quot;CSB&quot;, =SUM(A1)'));
    assert.ok(html.includes('<h2>Orphaned annotations (1)</h2>'));
    assert.ok(html.includes('A sentence that was deleted from the article since.'));
  });

  it('shows each claim\'s fact with its competing values and sources; updates as a timeline; variants apart', () => {
    const input = annotatedSample();
    const toll = input.report.claims.find((c) => c.fact?.predicate === 'death' && c.conflicting.length)!;
    const html0 = renderHtmlReport(input);
    const values = toll.fact!.values.map((v) => `${escapeHtml(v.value)} — ${v.docs.length} source${v.docs.length === 1 ? '' : 's'}`).join(' · ');
    assert.ok(html0.includes(`<b>${escapeHtml(toll.fact!.subject)}: ${values}</b> <span class="count">${toll.sources} source${toll.sources === 1 ? '' : 's'}, ${toll.independent} independent</span>`));
    assert.doesNotMatch(html0, /<h2>Updates|<h2>Wording variants/, 'sections only when the corpus has them');
    toll.updates = [{ doc: '04-evening-post.txt', start: 0, end: 5, text: 'Toll <rises>', score: 0.5, value: '<29>', reported: '2026-10-15', focus: null }];
    toll.variants = [{ doc: '04-evening-post.txt', start: 0, end: 5, text: 'Other <words>', score: 0.5, reason: 'a word <dropped>', focus: null }];
    const html = renderHtmlReport(input);
    const i = (s: string) => { const k = html.indexOf(s); assert.ok(k >= 0, `missing ${s}`); return k; };
    assert.ok(i('<h2>Conflicts') < i('<h2>Updates (1)</h2>') && i('<h2>Updates (1)</h2>') < i('<h2>Corroborated claims'));
    assert.ok(i('<h2>Corroborated claims') < i('<h2>Wording variants (1)</h2>'));
    assert.ok(i('<span class="upd-l">&lt;29&gt;</span> <span class="src">04-evening-post.txt · 2026-10-15</span><br>“Toll &lt;rises&gt;”') > i('<h2>Updates'));
    assert.ok(i('<span class="var-l">a word &lt;dropped&gt;</span>') > i('<h2>Wording variants'));
    assert.equal(html.split('a word &lt;dropped&gt;').length, 2, 'a variant appears only in its own section');
    assert.doesNotMatch(html, /<rises>|<29>|<dropped>|<words>/);
  });

  it('article text cannot inject markup', () => {
    const input = annotatedSample();
    input.report.claims[0].text = '</blockquote><script>alert(1)</script>';
    input.report.documents[0].title = '<style>body{display:none}</style>';
    const html = renderHtmlReport(input);
    assert.doesNotMatch(html, /<script|<style>body/);
    assert.ok(html.includes('&lt;/blockquote&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});
