// Decorations and hovers in the real VS Code, on the fixture workspace (test/fixtures/workspace:
// the fictional Storm Iris articles plus 99-injection.txt, full of Markdown/HTML/command: bait).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../src/extension';
import { fileUri, openFile, ready, until } from './support/harness';


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
