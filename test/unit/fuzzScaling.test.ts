// No catastrophic backtracking: one 1 MB line of each pathological shape is analysed in time that
// grows linearly. Performance targets are never timed assertions here; the bound below is a hang
// detector only (very loose, and only failing when the growth from 256 KB to 1 MB is also
// superlinear), and the real figures are printed.
import * as assert from 'node:assert/strict';
import { analyseDocument } from '../../src/core/analyse';
import { checkAnalysis } from './support/spanChecks';

const MB = 1 << 20;
/** Beyond this, and superlinear, something backtracks or rescans. */
const HANG_MS = 3000;
/** Linear growth from 1/4 of the input gives 4x; quadratic gives 16x. */
const MAX_GROWTH = 8;
/** Whatever the machine, a 1 MB line taking this long is a hang. */
const ABSOLUTE_MS = 60_000;

const SHAPES: Array<[string, (bytes: number) => string]> = [
  ['straight quotes """', (n) => '"'.repeat(n)],
  ['curly quotes “…”', (n) => '“'.repeat(n / 2) + '”'.repeat(n / 2)],
  ['digits 777', (n) => '7'.repeat(n)],
  ['dollar signs $$$', (n) => '$'.repeat(n)],
  ['capitalized words "Abc Abc"', (n) => 'Abc '.repeat(n / 4)],
  ['quoted pairs "a" "a"', (n) => '"a" '.repeat(n / 4)],
  ['money "$1 $1"', (n) => '$1 '.repeat(Math.floor(n / 3))],
  ['digits with commas 1,000,000,...', (n) => ('1,' + '000,'.repeat(n / 4)).slice(0, n)],
  // Fact reading: a sentence of numbers, a table of scores, a document of only quotes.
  ['one sentence of numbers "12 seats, 40 seats, ..."', (n) => ('The parties won ' + '12 seats, 40 votes and 7 people, '.repeat(Math.ceil(n / 32))).slice(0, n)],
  ['a table of scores (lines)', (n) => 'Lazio 2 Roma 1\nInter 0 Milan 3 (41st)\n'.repeat(Math.ceil(n / 38)).slice(0, n)],
  ['only quotes', (n) => '"We will rebuild." "It is a tragedy." '.repeat(Math.ceil(n / 38)).slice(0, n)],
  // Many sentences on one line: ICU's sentence iterator copies the whole input at every step.
  ['quoted sentences "…," said X. (one line)', (n) => {
    const u = '"We will rebuild the sea wall," said Mayor Ana Sol of Port Calder. "It is a tragedy," the Herald quoted Joao Pereira as saying. ';
    return u.repeat(Math.ceil(n / u.length)).slice(0, n);
  }],
];

/** CPU milliseconds of this process (the bound's measure: stable when other processes load the
 *  machine), and wall milliseconds (printed). */
function timeIt(text: string): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const a = analyseDocument('big', text);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  checkAnalysis(a, text);
  return { cpu: (c.user + c.system) / 1000, wall };
}

describe('fuzz: linear time on 1 MB pathological lines @slow', function () {
  this.timeout(10 * ABSOLUTE_MS);

  for (const [name, make] of SHAPES) {
    it(`one 1 MB line of ${name}`, () => {
      const small = make(MB / 4);
      const big = make(MB);
      const s = timeIt(small);
      const b = timeIt(big);
      const tBig = b.cpu;
      const growth = tBig / Math.max(s.cpu, 1);
      console.log(`      ${name}: 256 KB ${s.cpu.toFixed(0)} ms CPU (${s.wall.toFixed(0)} wall), 1 MB ${b.cpu.toFixed(0)} ms CPU (${b.wall.toFixed(0)} wall), x${growth.toFixed(1)}`);
      assert.ok(tBig < ABSOLUTE_MS, `1 MB took ${tBig.toFixed(0)} ms: a hang`);
      assert.ok(tBig < HANG_MS || growth < MAX_GROWTH, `1 MB took ${tBig.toFixed(0)} ms, x${growth.toFixed(1)} the 256 KB time: superlinear`);
    });
  }
});
