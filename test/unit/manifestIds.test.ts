// The ids package.json contributes and the ids the code registers are one list: CommandId
// (src/vscode/commands/commandIds.ts, free of 'vscode' so plain mocha can load it). The lint forbids
// 'triangulate.*' command literals and getConfiguration outside config.ts, so these cover every registration and read.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CommandId, ViewId } from '../../src/vscode/commands/commandIds';

const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
  contributes: {
    commands: Array<{ command: string }>;
    views: Record<string, Array<{ id: string }>>;
    configuration: Array<{ properties: Record<string, unknown> }>;
  };
};

describe('manifest ids', () => {
  it('CommandId holds exactly the commands package.json contributes', () => {
    assert.deepEqual(Object.values(CommandId).sort(), pkg.contributes.commands.map((c) => c.command).sort());
  });

  it('ViewId holds exactly the views package.json contributes', () => {
    assert.deepEqual(Object.values(ViewId).sort(), Object.values(pkg.contributes.views).flat().map((v) => v.id).sort());
  });

  it('every setting package.json declares is read in src/vscode/config.ts (the lint keeps getConfiguration there)', () => {
    const source = readFileSync(path.join(__dirname, '../../src/vscode/config.ts'), 'utf8');
    const keys = pkg.contributes.configuration.flatMap((c) => Object.keys(c.properties));
    assert.deepEqual(keys.filter((k) => !source.includes(`'${k.replace(/^triangulate\./, '')}'`)), []);
  });
});
