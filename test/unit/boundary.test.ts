// The engine in src/core must stay pure: no 'vscode', no file system, no 'path'. It runs in a
// worker and could run in a browser. This test is the boundary check.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = /(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?(vscode|fs|fs\/promises|path|child_process|worker_threads|os)['"]/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('src/core boundary', () => {
  it('no module under src/core imports vscode, fs, path, os, child_process or worker_threads', () => {
    const offenders = walk(join(__dirname, '../../src/core')).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('the check itself catches an import', () => {
    assert.ok(FORBIDDEN.test("import * as vscode from 'vscode';"));
    assert.ok(FORBIDDEN.test("const fs = require('node:fs');"));
    assert.ok(FORBIDDEN.test("import { join } from 'path';"));
    assert.ok(!FORBIDDEN.test("import { x } from './pathology';"));
  });
});
