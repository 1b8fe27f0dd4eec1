// The manifest's promises to the editor: quiet activation, declared capabilities, scoped settings, localisable
// strings, no chord that shadows a built-in, colours that stay visible in high-contrast themes.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const c = pkg.contributes;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') { out.push(v); } else if (Array.isArray(v)) { v.forEach((x) => strings(x, out)); } else if (v && typeof v === 'object') { Object.values(v).forEach((x) => strings(x, out)); }
  return out;
}

describe('manifest (package.json)', () => {
  it('activates only on article folders and files and a restored Fact matrix (commands, the view and the language are implicit)', () => {
    assert.deepEqual(pkg.activationEvents, [
      'workspaceContains:.triangulate/**',
      'workspaceContains:**/*.news',
      'workspaceContains:**/*.article.txt',
      'onLanguage:plaintext',
      // the Fact matrix panel, restored after a reload (its serializer must be registered)
      'onWebviewPanel:triangulate.factMatrix',
    ]);
  });

  it('declares Restricted Mode, virtual workspaces and where it runs', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['triangulate.annotations.file']);
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
    assert.match(nls['capabilities.virtualWorkspaces.description'], /file system API, without the lock/);
    assert.deepEqual(pkg.extensionKind, ['workspace']);
    // the web build: VS Code's web worker extension host loads this one where there is no Node host
    assert.equal(pkg.browser, './dist/web/extension.js');
  });

  it('every setting has a scope; path and glob settings are per folder', () => {
    const scopes: Record<string, string> = {};
    for (const s of c.configuration) { for (const [k, v] of Object.entries<{ scope?: string }>(s.properties)) { scopes[k] = v.scope ?? ''; } }
    assert.deepEqual(Object.entries(scopes).filter(([, v]) => !v).map(([k]) => k), []);
    for (const k of ['triangulate.files.include', 'triangulate.files.exclude', 'triangulate.files.plainText', 'triangulate.annotations.file']) {
      assert.equal(scopes[k], 'resource', k);
    }
  });

  it('every %key% resolves in package.nls.json and every key there is used', () => {
    const used = strings(pkg).flatMap((s) => [...s.matchAll(/^%([^%]+)%$/g)].map((m) => m[1]));
    assert.deepEqual(used.filter((k) => nls[k] === undefined), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.includes(k)), []);
    assert.equal(c.commands.filter((x: { title: string }) => !x.title.startsWith('%')).length, 0, 'command titles are localisable');
  });

  it('no keybinding shadows the macOS Fold/Unfold chords, and each applies only in analysed files', () => {
    // VS Code 1.139 binds cmd+alt+[ / ] to editor.fold / editor.unfold on macOS (ctrl+shift+[ / ] elsewhere).
    const builtIns = new Set(['cmd+alt+[', 'cmd+alt+]', 'ctrl+shift+[', 'ctrl+shift+]']);
    for (const k of c.keybindings) {
      for (const key of [k.key, k.mac, k.linux, k.win].filter(Boolean)) { assert.ok(!builtIns.has(key), `${k.command}: ${key}`); }
      assert.match(k.when, /triangulate:analysedFile/);
    }
  });

  it('the editor context menu and passage commands show only in analysed files', () => {
    assert.deepEqual([...new Set(c.menus['editor/context'].map((m: { when: string }) => m.when))], ['triangulate:analysedFile']);
    const palette = new Map<string, string>(c.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const id of ['setVerdict', 'markSupported', 'markRefuted', 'markConflicting', 'markNotEnoughInfo', 'clearVerdict', 'addNote', 'showClaimsAtCursor']) {
      assert.equal(palette.get(`triangulate.${id}`), 'triangulate:analysedFile', id);
    }
  });

  it('every colour is visible in both high-contrast themes', () => {
    const transparent = (v: string) => /^#[0-9a-f]{6}00$/i.test(v) || /^#[0-9a-f]{3}0$/i.test(v);
    for (const col of c.colors) {
      for (const theme of ['highContrast', 'highContrastLight']) {
        const v = col.defaults[theme];
        assert.ok(v && !transparent(v), `${col.id} ${theme}: ${v}`);
      }
    }
    // The tinted backgrounds get an outline in high contrast (transparent in the other themes).
    assert.deepEqual(c.colors.filter((x: { id: string }) => x.id.endsWith('Border')).map((x: { id: string }) => x.id),
      ['triangulate.quoteBorder', 'triangulate.figureBorder', 'triangulate.conflictBorder']);
  });
});
