// The synthetic corpora of `npm run stress`: perturbed copies of samples/storm-iris and
// ../shared/corpus (when present), about one digit in five changed so figures conflict and keys
// vary across copies. Deterministic (a fixed seed), so two runs build the same files.
//   node scripts/stress/corpus.mjs <outDir> <files>   (builds one folder, for measuring by hand)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Source articles as bytes (encodings kept: perturbation only touches ASCII digits). */
export function sources() {
  const dirs = [join(root, 'samples/storm-iris')];
  const shared = resolve(root, '../shared/corpus');
  if (existsSync(shared)) {
    for (const d of readdirSync(shared)) { dirs.push(join(shared, d)); }
  } else {
    console.log(`(note: ${shared} not found; using samples/storm-iris only)`);
  }
  const out = [];
  for (const d of dirs) {
    if (!statSync(d).isDirectory()) { continue; }
    for (const f of readdirSync(d).sort()) {
      if (f.endsWith('.txt')) { out.push(readFileSync(join(d, f))); }
    }
  }
  return out;
}

export function makeRandom(seed = 7) {
  return () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 2 ** 32; };
}

/** A copy with about one digit in five changed. */
export function perturb(bytes, rand) {
  const b = Buffer.from(bytes);
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0x30 && b[i] <= 0x39 && rand() < 0.2) { b[i] = 0x30 + Math.floor(rand() * 10); }
  }
  return b;
}

/** Writes `files` articles a00000.txt... into dir; returns their total size in bytes. */
export function writeMany(dir, files, src = sources(), rand = makeRandom()) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const b = perturb(src[i % src.length], rand);
    writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.txt`), b);
    bytes += b.length;
  }
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, n] = process.argv.slice(2);
  const bytes = writeMany(dir, Number(n));
  console.log(`${n} files, ${(bytes / 1048576).toFixed(1)} MB in ${dir}`);
}
