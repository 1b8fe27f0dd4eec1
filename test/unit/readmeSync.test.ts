import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// The script is plain ESM JavaScript (it must run before anything is compiled), so it is loaded with a
// dynamic import and given a local type here instead of a declaration file.
interface ReadmeSync {
  commandsTable(pkg: unknown): string;
  keybindingsTable(pkg: unknown): string;
  settingsTable(pkg: unknown): string;
  formatKey(key: string): string;
  syncReadme(readme: string, pkg: unknown): { text: string; problems: string[] };
}

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts', 'readmeSync.mjs');

const fakePkg = {
  contributes: {
    commands: [
      { command: 'demo.run', title: 'Run | Fast', category: 'Demo' },
      { command: 'demo.plain', title: 'Plain' },
      { command: 'demo.internal', title: 'Internal', category: 'Demo' },
    ],
    menus: { commandPalette: [{ command: 'demo.internal', when: 'false' }, { command: 'demo.plain', when: 'editorFocus' }] },
    keybindings: [
      { command: 'demo.run', key: 'ctrl+alt+]', mac: 'cmd+alt+]', when: 'editorTextFocus' },
      { command: 'demo.plain', key: 'ctrl+k ctrl+p' },
    ],
    configuration: [
      {
        title: 'Second',
        order: 2,
        properties: {
          'demo.mode': { type: 'string', enum: ['fast', 'slow'], default: 'fast', description: 'How to run.' },
          'demo.old': { type: 'boolean', default: false, deprecationMessage: 'gone' },
        },
      },
      {
        title: 'First',
        order: 1,
        properties: {
          'demo.globs': { type: 'array', items: { type: 'string' }, default: ['**/*.txt', '**/*.md'], markdownDescription: 'Globs, `one` per\nline.' },
          'demo.limit': { type: ['number', 'null'], default: null, description: 'A limit.' },
          'demo.name': { type: 'string', description: 'No default.' },
        },
      },
    ],
  },
};

describe('readmeSync', () => {
  let mod: ReadmeSync;
  before(async () => {
    mod = (await import(pathToFileURL(script).href)) as ReadmeSync;
  });

  it('README.md tables match package.json (run `npm run readme:sync` to fix)', function () {
    const r = spawnSync(process.execPath, [script, '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  });

  it('formats keys and chords', () => {
    assert.equal(mod.formatKey('ctrl+alt+]'), 'Ctrl+Alt+]');
    assert.equal(mod.formatKey('cmd+shift+p'), 'Cmd+Shift+P');
    assert.equal(mod.formatKey('ctrl+k ctrl+c'), 'Ctrl+K Ctrl+C');
    assert.equal(mod.formatKey('shift+f12'), 'Shift+F12');
  });

  it('builds the commands table: category prefix, escaped pipes, keybindings, internal commands left out', () => {
    assert.equal(
      mod.commandsTable(fakePkg),
      [
        '| Command | ID | Keybinding |',
        '| --- | --- | --- |',
        '| Demo: Run \\| Fast | `demo.run` | `Ctrl+Alt+]`, `Cmd+Alt+]` on macOS |',
        '| Plain | `demo.plain` | `Ctrl+K Ctrl+P` |',
      ].join('\n'),
    );
  });

  it('builds the keybindings table with the macOS key falling back to the default key', () => {
    assert.equal(
      mod.keybindingsTable(fakePkg),
      [
        '| Key | macOS | Command | When |',
        '| --- | --- | --- | --- |',
        '| `Ctrl+Alt+]` | `Cmd+Alt+]` | Demo: Run \\| Fast (`demo.run`) | `editorTextFocus` |',
        '| `Ctrl+K Ctrl+P` | `Ctrl+K Ctrl+P` | Plain (`demo.plain`) |  |',
      ].join('\n'),
    );
  });

  it('builds the settings table: sections by order, array item types, union types, enums, no deprecated keys', () => {
    assert.equal(
      mod.settingsTable(fakePkg),
      [
        '| Setting | Type | Default | Description |',
        '| --- | --- | --- | --- |',
        '| `demo.globs` | string[] | `["**/*.txt", "**/*.md"]` | Globs, `one` per<br>line. |',
        '| `demo.limit` | number \\| null | `null` | A limit. |',
        '| `demo.name` | string |  | No default. |',
        '| `demo.mode` | string | `"fast"` | How to run. One of `"fast"`, `"slow"`. |',
      ].join('\n'),
    );
  });

  it('replaces only the text between markers, keeps CRLF, and is idempotent', () => {
    const readme = [
      '# Demo',
      'Intro prose.',
      '<!-- commands:start -->',
      'stale table',
      '<!-- commands:end -->',
      'Middle prose.',
      '<!-- keybindings:start --><!-- keybindings:end -->',
      '<!-- settings:start -->',
      '<!-- settings:end -->',
      'Outro.',
      '',
    ].join('\r\n');
    const { text, problems } = mod.syncReadme(readme, fakePkg);
    assert.deepEqual(problems, []);
    assert.ok(text.startsWith('# Demo\r\nIntro prose.\r\n<!-- commands:start -->\r\n| Command | ID | Keybinding |\r\n'));
    assert.ok(text.includes('`Ctrl+K Ctrl+P` |\r\n<!-- commands:end -->\r\nMiddle prose.\r\n<!-- keybindings:start -->\r\n| Key |'));
    assert.ok(text.endsWith('One of `"fast"`, `"slow"`. |\r\n<!-- settings:end -->\r\nOutro.\r\n'));
    assert.ok(!text.includes('stale table'));
    assert.ok(!/[^\r]\n/.test(text), 'every line break stays CRLF');
    assert.equal(mod.syncReadme(text, fakePkg).text, text);
  });

  it('reports missing, reversed and repeated markers instead of guessing', () => {
    const { text, problems } = mod.syncReadme(
      '# Demo\n<!-- keybindings:end -->\n<!-- keybindings:start -->\n<!-- settings:start -->\n<!-- settings:end -->\n<!-- settings:end -->\n',
      fakePkg,
    );
    assert.deepEqual(problems, [
      'README.md lacks the markers <!-- commands:start --> and <!-- commands:end --> (add both where the commands table belongs)',
      'README.md has misplaced or repeated keybindings markers (expected one <!-- keybindings:start --> before one <!-- keybindings:end -->)',
      'README.md has misplaced or repeated settings markers (expected one <!-- settings:start --> before one <!-- settings:end -->)',
    ]);
    assert.ok(text.startsWith('# Demo\n<!-- keybindings:end -->'));
  });
});
