// Decorations and hovers in the real VS Code, on the fixture workspace (test/fixtures/workspace:
// the fictional Storm Iris articles plus 99-injection.txt, full of Markdown/HTML/command: bait).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { openFile, ready, until } from './support/harness';


/** Hover Markdown as plain text: escapes removed, entities decoded. */
function plain(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|~=^$])/g, '$1').replace(/&#58;/g, ':').replace(/&#64;/g, '@')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

async function hoverAt(editor: vscode.TextEditor, needle: string, delta = 1): Promise<string[]> {
  const offset = editor.document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in ${editor.document.fileName}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider',
    editor.document.uri, editor.document.positionAt(offset + delta));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .filter((v) => v.includes('**'));
}

function texts(doc: vscode.TextDocument, ranges: readonly vscode.Range[] | undefined): string[] {
  return (ranges ?? []).map((r) => doc.getText(r));
}

/** The "Other sources" entries of a hover: relation, file and the words in bold (the fact there). */
function otherSourcesOf(md: string): Array<{ relation: string; file: string; bold: string }> {
  const lines = md.split('\n');
  const out: Array<{ relation: string; file: string; bold: string }> = [];
  lines.forEach((l, i) => {
    const m = /^- \$\([\w-]+\) ([^·]+?) · \[(.+?)\]\(command:/.exec(l);
    if (!m) { return; }
    const bold = /\*\*(.+?)\*\*/.exec(lines[i + 1] ?? '')?.[1] ?? '';
    out.push({ relation: m[1], file: plain(m[2]), bold: plain(bold) });
  });
  return out;
}

describe('Decorations (what the controller last applied)', function () {
  this.timeout(60000);
  let api: TriangulateApi;
  before(async () => { api = await ready(); });

  it('05-sports-desk.txt: exact ranges per category; nothing marked as conflict', async () => {
    const editor = await openFile('05-sports-desk.txt');
    const applied = await until('decorations of 05', () => api.decorations.lastApplied(editor.document.uri));
    const d = editor.document;
    assert.deepStrictEqual(texts(d, applied.quotes), ['"This is for the whole town,"']);
    assert.deepStrictEqual(texts(d, applied.figures), ['1987', 'two goals', '14,000 fans', '40%']);
    assert.deepStrictEqual(texts(d, applied.organization), ['Calder Rovers', 'Calder Rovers', 'Northfield United']);
    assert.deepStrictEqual(texts(d, applied.person), ['Joel Amara']);
    assert.deepStrictEqual(texts(d, applied.place), []);
    assert.deepStrictEqual(texts(d, applied.conflicts), []);
    assert.deepStrictEqual(applied.figures.map((r) => d.offsetAt(r.start)), [129, 197, 237, 265]);
  });

  it('01-harbour-herald.txt: page chrome dimmed, places and organizations distinguished', async () => {
    const editor = await openFile('01-harbour-herald.txt');
    const applied = await until('decorations of 01', () => api.decorations.lastApplied(editor.document.uri));
    const d = editor.document;
    assert.deepStrictEqual(texts(d, applied.boilerplate)[0], 'Home | News | Business | Sport | Weather | Contact');
    assert.ok(texts(d, applied.boilerplate).some((t) => t.startsWith('Copyright')), 'footer dimmed');
    assert.ok(texts(d, applied.place).includes('Port Calder'));
    assert.ok(texts(d, applied.organization).includes('Coastal Safety Board'));
    assert.ok(!texts(d, applied.person).includes('Port Calder'));
  });

  it('02-coastal-times.txt (CRLF): the contradicted figures get the conflict decoration, not the figure one', async () => {
    const editor = await openFile('02-coastal-times.txt');
    const applied = await until('decorations of 02', () => api.decorations.lastApplied(editor.document.uri));
    const conflicts = texts(editor.document, applied.conflicts);
    for (const t of ['Sixteen people', '190 km/h', '1996', '25%']) {
      assert.ok(conflicts.includes(t), `${t} should be marked as conflicting; conflicts: ${JSON.stringify(conflicts)}`);
      assert.ok(!texts(editor.document, applied.figures).includes(t), `${t} also painted as a plain figure`);
    }
    for (const t of ['35%', '2023', '40 million euros']) {
      assert.ok(!conflicts.includes(t), `${t} is not a conflict (different window / event / same amount)`);
    }
  });

  it('every contradicted figure, year and quote is red in every document involved', async () => {
    // The five disputed facts (death toll, sea-wall year, wind speed, the mayor's words, port traffic)
    // in each article that states them, the corroborators of the contradicted value included.
    const expected: Record<string, string[]> = {
      '01-harbour-herald.txt': ['14 dead', '14 people', '160 km/h', '"the worst storm in a generation"', '1998', '40%'],
      '02-coastal-times.txt': ['Sixteen people', '190 km/h', '1996', '"the worst storm in half a century"', '25%'],
      '03-daily-lantern.txt': ['14 KILLED', '14 people', '1998', '"the worst storm in a generation"', '160 km/h', '40%'],
      // the headline's "mourns 14" and the body's "Fourteen people"
      '04-evening-post.txt': ['14', 'Fourteen people', '"the worst storm in a generation"', '1998'],
      '99-injection.txt': ['1998', '14 people', '160 km/h'],
      '05-sports-desk.txt': [],
    };
    const failures: string[] = [];
    for (const [file, want] of Object.entries(expected)) {
      const editor = await openFile(file);
      const applied = await until(`decorations of ${file}`, () => api.decorations.lastApplied(editor.document.uri));
      const got = texts(editor.document, applied.conflicts);
      if (JSON.stringify(got) !== JSON.stringify(want)) { failures.push(`${file}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`); }
      for (const t of got) {
        if (texts(editor.document, applied.figures).includes(t)) { failures.push(`${file}: ${t} also painted as a plain figure`); }
      }
    }
    assert.deepStrictEqual(failures, []);
  });

  it('toggling figures by command clears and restores them', async () => {
    const editor = await openFile('05-sports-desk.txt');
    await vscode.commands.executeCommand('triangulate.toggleFigures');
    await until('figures off', () => api.decorations.lastApplied(editor.document.uri)?.figures.length === 0);
    await vscode.commands.executeCommand('triangulate.toggleFigures');
    const back = await until('figures on', () => {
      const a = api.decorations.lastApplied(editor.document.uri);
      return a && a.figures.length === 4 && a;
    });
    assert.deepStrictEqual(texts(editor.document, back.figures), ['1987', 'two goals', '14,000 fans', '40%']);
  });
});

describe('Hovers (vscode.executeHoverProvider)', function () {
  this.timeout(60000);
  before(async () => { await ready(); });

  it('a figure: normalized value; the unrelated story links to nothing', async () => {
    const editor = await openFile('05-sports-desk.txt');
    const [md] = await hoverAt(editor, '14,000 fans');
    assert.ok(md, 'no hover');
    assert.match(plain(md), /^\*\*Figure\*\* 14,000 fans/);
    assert.ok(plain(md).includes('count · value **14,000**'), md);
    assert.ok(md.includes('_No other source says anything about this yet._'), md);
  });

  it('a figure in conflict: what the other sources say, with file links that open the passage', async () => {
    const editor = await openFile('02-coastal-times.txt');
    const [md] = await hoverAt(editor, '190 km/h');
    assert.ok(md, 'no hover');
    assert.ok(plain(md).includes('value **190** km/h'), md);
    assert.ok(md.includes('$(warning) conflicts'), `no conflict listed: ${md}`);
    // file names are escaped like all article-derived text ("-" and "." may come backslashed)
    assert.ok(/\[01\\?-harbour\\?-herald\\.txt\]\(command:triangulate\.openPassage\?/.test(md), md);
    assert.ok(plain(md).includes('**160 km/h**'), 'the other value is highlighted');
  });

  it('the hover of a figure lists exactly the passages about the same fact', async () => {
    // 02's first sentence holds two disputed facts: "Sixteen people" and "190 km/h". Each hover lists
    // the passages about its own fact only, with that fact in bold.
    const coastal = await openFile('02-coastal-times.txt');
    const [wind] = await hoverAt(coastal, '190 km/h');
    assert.deepStrictEqual(otherSourcesOf(wind), [
      { relation: 'conflicts', file: '01-harbour-herald.txt', bold: '160 km/h' },
      { relation: 'conflicts', file: '03-daily-lantern.txt', bold: '160 km/h' },
      { relation: 'conflicts', file: '99-injection.txt', bold: '160 km/h' },
    ], wind);
    const [toll] = await hoverAt(coastal, 'Sixteen people');
    const tollSources = otherSourcesOf(toll);
    // (an article may state the toll twice, in its headline and its body: one row per article here)
    const perFile = (xs: Array<{ relation: string; file: string }>) => [...new Set(xs.map((o) => `${o.relation} ${o.file}`))];
    assert.deepStrictEqual(perFile(tollSources), [
      'conflicts 01-harbour-herald.txt', 'conflicts 03-daily-lantern.txt', 'conflicts 04-evening-post.txt', 'conflicts 99-injection.txt',
    ], toll);
    for (const o of tollSources) { assert.match(o.bold, /^(14|Fourteen)( (people|dead|KILLED))?$/i, toll); }
    // 01's first sentence: the death toll, the date and the wind. The wind's hover has no death toll in it.
    const herald = await openFile('01-harbour-herald.txt');
    const [herald160] = await hoverAt(herald, '160 km/h');
    assert.deepStrictEqual(otherSourcesOf(herald160), [
      { relation: 'conflicts', file: '02-coastal-times.txt', bold: '190 km/h' },
      { relation: 'agrees', file: '03-daily-lantern.txt', bold: '160 km/h' },
      { relation: 'agrees', file: '99-injection.txt', bold: '160 km/h' },
    ], herald160);
    // And the death toll of that sentence: agreed by 03, 04 and 99, contradicted by 02's sixteen.
    const [herald14] = await hoverAt(herald, '14 people');
    assert.deepStrictEqual(perFile(otherSourcesOf(herald14)), [
      'conflicts 02-coastal-times.txt', 'agrees 03-daily-lantern.txt', 'agrees 04-evening-post.txt', 'agrees 99-injection.txt',
    ], herald14);
  });

  it('a quote: speaker, cue and the other wording with the differences marked', async () => {
    const editor = await openFile('02-coastal-times.txt');
    const [md] = await hoverAt(editor, '"the worst storm in half a century"', 3);
    assert.ok(md, 'no hover');
    assert.match(plain(md), /^\*\*Quote\*\* · \*\*Ines Fournier\*\* · cue “told” · reported speech/);
    assert.ok(plain(md).includes('> the worst storm in half a century'));
    assert.ok(md.includes('~~half~~') || md.includes('**generation'), `no word diff: ${md}`);
  });

  it('an entity: type, canonical name, aliases and mentions per source', async () => {
    const editor = await openFile('02-coastal-times.txt');
    const [md] = await hoverAt(editor, 'Fournier said');
    assert.ok(md, 'no hover');
    const p = plain(md);
    assert.match(p, /^\*\*Person\*\* · In[eè]s Fournier/);
    assert.ok(p.includes('key person:ines-fournier'), p);
    assert.ok(/Also written: .*Fournier/.test(p) && p.includes('Ines Fournier'), p);
    assert.ok(p.includes('02-coastal-times.txt: 2'), p);
    assert.ok(p.includes('01-harbour-herald.txt: 1'), p);
  });

  it('the injection article renders inert: no foreign command link, no HTML, brackets escaped', async () => {
    const editor = await openFile('99-injection.txt');
    const text = editor.document.getText();
    const needles = ['1998', '€12 million', '14 people', '160 km/h', 'Ines Fournier', 'Tomas Reyes', 'European Union',
      'for the [full', 'The worst storm in a generation <script>'];
    let seen = 0;
    for (const n of needles) {
      assert.ok(text.includes(n), n);
      for (const md of await hoverAt(editor, n)) {
        seen++;
        const links = [...md.matchAll(/\]\((\w+):([^)?]*)/g)].map((m) => `${m[1]}:${m[2]}`);
        assert.ok(links.every((l) => l === 'command:triangulate.openPassage'), `foreign link in ${md}`);
        assert.ok(!/<[a-z!/]/i.test(md), `raw HTML in ${md}`);
        assert.ok(!/[^\\]\[(full story|pic|after dark|who paid|€12 million)\]/.test(md), `unescaped link text in ${md}`);
        assert.ok(!md.includes('command:workbench'), `a workbench command survived: ${md}`);
      }
    }
    assert.ok(seen >= 6, `only ${seen} hovers rendered`);
  });
});
