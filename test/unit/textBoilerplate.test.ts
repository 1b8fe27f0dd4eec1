import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../../src/core/text/decode';
import { detectBoilerplate, findTitle, normalizeLine } from '../../src/core/text/boilerplate';
import { buildContext } from '../../src/core/text/context';
import type { Boilerplate } from '../../src/core/model';
import { sharedCorpusPath } from './support/loadCorpus';

const VN = sharedCorpusPath('vietnam-eu-2026');
const SAMPLES = path.resolve(__dirname, '../../samples/storm-iris');

function read(file: string): string {
  return decodeText(readFileSync(file)).text;
}

function vn(ctx: Mocha.Context, prefix: string): string {
  if (!existsSync(VN)) { ctx.skip(); }
  return read(path.join(VN, readdirSync(VN).find((f) => f.startsWith(prefix))!));
}

/** The span of `first` .. `last` (inclusive) in text, located by needles. */
function span(text: string, first: string, last = first, from = 0): { start: number; end: number } {
  const start = text.indexOf(first, from);
  assert.ok(start >= 0, `needle not found: ${first}`);
  const l = text.indexOf(last, start);
  assert.ok(l >= 0, `needle not found: ${last}`);
  return { start, end: l + last.length };
}

function has(bp: Boilerplate[], text: string, reason: Boilerplate['reason'], s: { start: number; end: number }): void {
  const hit = bp.find((b) => b.start === s.start && b.end === s.end);
  assert.ok(hit, `no boilerplate span ${JSON.stringify(text.slice(s.start, s.end))}; got ${JSON.stringify(bp.map((b) => [b.reason, text.slice(b.start, b.end)]))}`);
  assert.equal(hit.reason, reason);
}

function sane(bp: Boilerplate[], text: string): void {
  for (let i = 0; i < bp.length; i++) {
    assert.ok(bp[i].start < bp[i].end && bp[i].end <= text.length);
    if (i) { assert.ok(bp[i - 1].end <= bp[i].start, 'sorted, not overlapping'); }
  }
}

function titleOf(text: string): string | null {
  const t = findTitle(text, detectBoilerplate(text));
  return t && text.slice(t.start, t.end);
}

describe('text/boilerplate: vietnam-eu-2026', () => {
  it('000: photo credit at the end of the caption, copyright footer; title', function () {
    const t = vn(this, '000_');
    const bp = detectBoilerplate(t);
    sane(bp, t);
    has(bp, t, 'credit', span(t, 'Credit: Belga / AFP'));
    has(bp, t, 'footer', span(t, 'Copyright © 2026 The Brussels Times. All Rights Reserved.'));
    assert.equal(bp.length, 2);
    assert.equal(titleOf(t), 'Vietnam and EU strengthen ties amid US uncertainty');
  });

  it('001: the related-headline list at the end, from the first "-" to the last headline', function () {
    const t = vn(this, '001_');
    const bp = detectBoilerplate(t);
    sane(bp, t);
    has(bp, t, 'related', { start: t.indexOf('-\nTesla drops Model X'), end: t.trimEnd().length });
    assert.equal(bp.length, 1);
    assert.ok(!buildContext(t).inBoilerplate(t.indexOf('$66.8 billion')));
  });

  it('002: no chrome at all', function () {
    const t = vn(this, '002_');
    assert.deepEqual(detectBoilerplate(t), []);
  });

  it('003 (DW): each video prompt is its own sentence span inside the paragraph; the byline at the end', function () {
    const t = vn(this, '003_');
    const bp = detectBoilerplate(t);
    sane(bp, t);
    const prompt = 'To view this video please enable JavaScript, and consider upgrading to a web browser thatsupports HTML5 video';
    const videos = bp.filter((b) => b.reason === 'video');
    assert.equal(videos.length, 4);
    let from = 0;
    for (const v of videos) {
      const at = t.indexOf(prompt, from);
      assert.deepEqual({ start: v.start, end: v.end }, { start: at, end: at + prompt.length });
      from = at + 1;
    }
    has(bp, t, 'credit', span(t, 'Edited by: Darko Janjevic'));
    assert.equal(bp.length, 5);
    // The sentences around a prompt stay content.
    const ctx = buildContext(t);
    assert.ok(!ctx.inBoilerplate(t.indexOf('The European Council chaired by Costa')));
  });

  it('004: date, weather, hotline and widget lines at the top, the updated line, share/slug/comments at the end', function () {
    const t = vn(this, '004_');
    const bp = detectBoilerplate(t);
    sane(bp, t);
    has(bp, t, 'dateline', span(t, 'Tuesday, 27/01/2026'));
    has(bp, t, 'widget', span(t, 'Bắc Ninh 21 °C / 19 - 21 °C', 'Hotline: +84.889.859.666'));
    has(bp, t, 'dateline', span(t, 'Updated: 10:41, 27/01/2026'));
    has(bp, t, 'other', span(t, 'vietnam-eu-set-to-elevate-ties-to-comprehensive-strategic-partnership-postid438013.bbg'));
    has(bp, t, 'footer', span(t, "Reader's comments (0)", 'Your comment...'));
    // Everything above the headline is chrome.
    const head = t.indexOf('Vietnam, EU set to elevate ties');
    const ctx = buildContext(t);
    for (let i = 0; i < head; i++) {
      if (!/\s/.test(t[i])) { assert.ok(ctx.inBoilerplate(i), `offset ${i} (${JSON.stringify(t[i])}) above the title is chrome`); }
    }
    assert.equal(titleOf(t), 'Vietnam, EU set to elevate ties to Comprehensive Strategic Partnership');
    assert.equal(ctx.titleSpan?.start, head);
  });
});

describe('text/boilerplate: samples/storm-iris', () => {
  const s = (f: string) => read(path.join(SAMPLES, f));

  it('01: menu, byline, related headlines with their header, video line, copyright', () => {
    const t = s('01-harbour-herald.txt');
    const bp = detectBoilerplate(t);
    sane(bp, t);
    assert.deepEqual(bp.map((b) => [b.reason, t.slice(b.start, b.end)]), [
      ['navigation', 'Home | News | Business | Sport | Weather | Contact'],
      ['credit', 'By Marta Quill, Harbour Herald'],
      ['related', 'Related headlines\n- Fishing fleet counts its losses\n- Schools to reopen on Monday\n- Five things to know about storm season'],
      ['video', 'Watch: To view this video please enable JavaScript'],
      ['footer', 'Copyright © 2026 Harbour Herald. All rights reserved.'],
    ]);
    assert.equal(titleOf(t), 'Storm Iris leaves 14 dead in Port Calder as sea wall gives way');
  });

  it('02 (CRLF): menu, share + hotline widgets, © footer', () => {
    const t = s('02-coastal-times.txt');
    assert.deepEqual(detectBoilerplate(t).map((b) => [b.reason, t.slice(b.start, b.end)]), [
      ['navigation', 'Coastal Times | Subscribe | Log in'],
      ['widget', 'Share this article: Facebook | X | Email\r\nHotline: +351 21 555 0199'],
      ['footer', '© 2026 Coastal Times'],
    ]);
    assert.equal(titleOf(t), 'Port Calder counts the cost of Storm Iris');
  });

  it('03: weather and date lines, photo credit, comments', () => {
    const t = s('03-daily-lantern.txt');
    assert.deepEqual(detectBoilerplate(t).map((b) => [b.reason, t.slice(b.start, b.end)]), [
      ['widget', 'Lisbon 18 °C / 12 - 19 °C'],
      ['dateline', 'Tuesday, 13/10/2026'],
      ['credit', 'Photo: Daily Lantern / Ana Sol'],
      ['footer', "Reader's comments (0)"],
    ]);
  });

  it('04 (Windows-1252, CRLF): the masthead above the headline', () => {
    const t = s('04-evening-post.txt');
    assert.deepEqual(detectBoilerplate(t).map((b) => [b.reason, t.slice(b.start, b.end)]), [['navigation', 'Evening Post - Port Calder']]);
    assert.equal(titleOf(t), 'Port Calder mourns 14 after Storm Iris');
  });

  it('05: a plain article has none', () => {
    assert.deepEqual(detectBoilerplate(s('05-sports-desk.txt')), []);
  });
});

describe('text/boilerplate: signals', () => {
  it('short lines repeated in other documents are chrome; repeated sentences are not', () => {
    const t = 'Big news today\nAdvertisement\nThe council met on Monday to vote.\n';
    const repeated = new Set([normalizeLine('Advertisement'), normalizeLine('The council met on Monday to vote.')]);
    assert.deepEqual(detectBoilerplate(t, { repeatedLines: repeated }).map((b) => [b.reason, t.slice(b.start, b.end)]), [['repeated', 'Advertisement']]);
    assert.equal(normalizeLine('  Read   MORE \t'), 'read more');
  });

  it('content look-alikes stay content: subheadings with colons, tables, "by" fragments, numbers', () => {
    const t = [
      'Title of the story', '', 'The key points:', 'Pros:', 'by a satellite on March 23', '7.8',
      'Talk time \tUp to 16 h', 'Music play \tUp to 46 h', 'Colours \tBlack, Gold, Blue', 'The end of the article.',
    ].join('\n');
    assert.deepEqual(detectBoilerplate(t), []);
  });

  it('results tables and standings at the end of an article are content, not related headlines', () => {
    const body = 'The league resumed on Saturday after the summer break, and the champions won again.';
    for (const table of [
      ['Division one', 'Bradford 1 Tranmere 0', 'Grimsby 0 Portsmouth 1', 'Huddersfield 1 Crystal Palace 1', 'Port Vale 2 Oxford 0'],
      ['W D L G / F G / A P', 'Puchon 3 1 0 6 1 10', 'Chonan 3 0 1 13 10 9', 'Pohang 2 1 1 11 10 7'],
      ['1. Ian Woosnam 510,258 pounds sterling', '2. Colin Montgomerie 442,201', '3. Robert Allenby (Australia) 407,748'],
      ['Women\'s singles', 'Amy Frazier (U.S.) beat Larisa Neiland (Latvia) 6-1 6-3', 'Lisa Raymond (U.S.) beat Lori McNeil (U.S.) 7-6 6-3', 'Sandra Dopfer (Austria) beat Zina Garrison Jackson (U.S.) 2-6 6-3'],
      ['Olivier Panis (France) Ligier', 'Johnny Herbert (Britain) Sauber', 'Heinz-Harald Frentzen (Germany) Sauber'],
    ]) {
      const t = [body, '', ...table].join('\n');
      assert.deepEqual(detectBoilerplate(t), [], table[0]);
    }
    // Headlines of other stories stay chrome even when one of them has a number.
    const t = [body, '', 'Fishing fleet counts its losses', 'Georgia principal accused of nearly 100 Walmart thefts', 'Schools to reopen on Monday', 'Five things to know about storm season'].join('\n');
    assert.deepEqual(detectBoilerplate(t).map((b) => b.reason), ['related']);
  });

  it('a 1 MB line of quotes, digits or dots, and many short lines, stay linear @slow', function () {
    this.timeout(20000); // guards against catastrophic backtracking only; not a benchmark
    for (const s of ['"'.repeat(1e6), '1'.repeat(1e6), '.'.repeat(1e6), 'Home | News\n'.repeat(20000), '-\n'.repeat(50000)]) {
      const ctx = buildContext(s);
      assert.ok(Array.isArray(ctx.boilerplate));
    }
  });
});
