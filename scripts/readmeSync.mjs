#!/usr/bin/env node
// Keeps the Commands, Keybindings and Settings tables in README.md in step with package.json.
//   node scripts/readmeSync.mjs           rewrite the tables between the markers
//   node scripts/readmeSync.mjs --check   exit 1 (with a diff) when README.md is out of date
// Only the text between `<!-- name:start -->` and `<!-- name:end -->` is ever touched; the prose around
// the markers belongs to whoever writes the README. Plain Node, no build step, so it also runs in CI
// before anything is compiled.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTwoFilesPatch } from 'diff';

export const SECTIONS = ['commands', 'keybindings', 'settings'];

/** Text of a Markdown table cell: pipes escaped, line breaks kept visible as <br>. */
export function cell(text) {
  return String(text).replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|').trim();
}

function code(text) {
  // A backtick inside inline code needs a longer fence; none of our values have one, but be safe.
  const s = String(text);
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** "ctrl+alt+]" -> "Ctrl+Alt+]"; chords ("ctrl+k ctrl+c") keep their space. */
export function formatKey(key) {
  const names = { ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift', cmd: 'Cmd', meta: 'Meta', win: 'Win', enter: 'Enter', escape: 'Esc', space: 'Space', tab: 'Tab' };
  return key
    .trim()
    .split(/\s+/)
    .map((chord) => chord.split('+').map((k) => names[k.toLowerCase()] ?? (k.length === 1 ? k.toUpperCase() : k[0].toUpperCase() + k.slice(1))).join('+'))
    .join(' ');
}

function commandTitle(cmd) {
  return cmd.category ? `${cmd.category}: ${cmd.title}` : cmd.title;
}

/** Commands a user cannot run from the palette (menus.commandPalette `when: false`) are internal. */
function hiddenCommands(pkg) {
  const palette = pkg.contributes?.menus?.commandPalette ?? [];
  return new Set(palette.filter((m) => m.when === 'false').map((m) => m.command));
}

function keysFor(pkg, command) {
  return (pkg.contributes?.keybindings ?? []).filter((k) => k.command === command);
}

function keyCell(binding) {
  const parts = [];
  const main = binding.key ?? binding.win ?? binding.linux;
  if (main) parts.push(code(formatKey(main)));
  if (binding.mac && binding.mac !== main) parts.push(`${code(formatKey(binding.mac))} on macOS`);
  return parts.join(', ');
}

export function commandsTable(pkg) {
  const hidden = hiddenCommands(pkg);
  const rows = (pkg.contributes?.commands ?? [])
    .filter((c) => !hidden.has(c.command))
    .map((c) => [commandTitle(c), code(c.command), keysFor(pkg, c.command).map(keyCell).join('; ')]);
  return table(['Command', 'ID', 'Keybinding'], rows);
}

export function keybindingsTable(pkg) {
  const byId = new Map((pkg.contributes?.commands ?? []).map((c) => [c.command, c]));
  const rows = (pkg.contributes?.keybindings ?? []).map((k) => {
    const c = byId.get(k.command);
    const main = k.key ?? k.win ?? k.linux;
    return [
      main ? code(formatKey(main)) : '',
      k.mac ? code(formatKey(k.mac)) : main ? code(formatKey(main)) : '',
      c ? `${commandTitle(c)} (${code(k.command)})` : code(k.command),
      k.when ? code(k.when) : '',
    ];
  });
  return table(['Key', 'macOS', 'Command', 'When'], rows);
}

function typeOf(schema) {
  const t = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type ?? '';
  if (t === 'array' && schema.items?.type) return `${schema.items.type}[]`;
  return t;
}

function defaultOf(schema) {
  if (!('default' in schema)) return '';
  const v = schema.default;
  // Arrays get a space after each comma so long glob lists can wrap in the rendered table.
  return code(Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
}

function descriptionOf(schema) {
  let text = schema.markdownDescription ?? schema.description ?? '';
  if (Array.isArray(schema.enum)) text += `${text ? ' ' : ''}One of ${schema.enum.map((v) => code(JSON.stringify(v))).join(', ')}.`;
  return text;
}

/** `contributes.configuration` may be one object or an array of sections (sorted by `order`). */
export function settingsTable(pkg) {
  const conf = pkg.contributes?.configuration ?? [];
  const sections = (Array.isArray(conf) ? [...conf] : [conf]).map((s, i) => ({ s, i }));
  sections.sort((a, b) => (a.s.order ?? Infinity) - (b.s.order ?? Infinity) || a.i - b.i);
  const rows = [];
  for (const { s } of sections) {
    for (const [key, schema] of Object.entries(s.properties ?? {})) {
      if (schema.deprecationMessage || schema.markdownDeprecationMessage) continue;
      rows.push([code(key), typeOf(schema), defaultOf(schema), descriptionOf(schema)]);
    }
  }
  return table(['Setting', 'Type', 'Default', 'Description'], rows);
}

/** package.json with every `%key%` string replaced from package.nls.json (VS Code does the same at load). */
export function localize(value, nls) {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    return m && nls[m[1]] !== undefined ? nls[m[1]] : value;
  }
  if (Array.isArray(value)) return value.map((v) => localize(v, nls));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, nls)]));
  return value;
}

const GENERATORS = { commands: commandsTable, keybindings: keybindingsTable, settings: settingsTable };

/**
 * Replaces the text between each section's markers. Returns the new text and the sections whose
 * markers are missing or broken (then the text is returned unchanged for that section).
 */
export function syncReadme(readme, pkg) {
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  let text = readme;
  const problems = [];
  for (const name of SECTIONS) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    if (i < 0 || j < 0) {
      problems.push(`README.md lacks the markers ${start} and ${end} (add both where the ${name} table belongs)`);
      continue;
    }
    if (j < i || text.indexOf(start, i + 1) >= 0 || text.indexOf(end, j + 1) >= 0) {
      problems.push(`README.md has misplaced or repeated ${name} markers (expected one ${start} before one ${end})`);
      continue;
    }
    const body = GENERATORS[name](pkg).replace(/\n/g, eol);
    text = text.slice(0, i + start.length) + eol + body + eol + text.slice(j);
  }
  return { text, problems };
}

function main(argv) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const check = argv.includes('--check');
  const readmePath = join(root, 'README.md');
  const nlsPath = join(root, 'package.nls.json');
  const nls = existsSync(nlsPath) ? JSON.parse(readFileSync(nlsPath, 'utf8')) : {};
  const pkg = localize(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')), nls);
  const readme = readFileSync(readmePath, 'utf8');
  const { text, problems } = syncReadme(readme, pkg);
  if (problems.length) {
    for (const p of problems) console.error(`readme:sync: ${p}`);
    return 1;
  }
  if (text === readme) {
    console.log('readme:sync: README.md tables match package.json');
    return 0;
  }
  if (check) {
    console.error('readme:sync: README.md is out of date with package.json; run `npm run readme:sync`.');
    console.error(createTwoFilesPatch('README.md', 'README.md (expected)', readme, text, '', '', { context: 1 }));
    return 1;
  }
  writeFileSync(readmePath, text);
  console.log('readme:sync: README.md tables updated');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
