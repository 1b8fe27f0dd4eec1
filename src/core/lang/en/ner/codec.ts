// The packed weights: "NER1", row count, the float scale, the feature ids sorted and delta-coded
// as varints, then NTAGS signed bytes per row (weight = byte * scale). Base64 so that esbuild can
// inline it as a plain string module: core reads no file, and the string is decoded on first use.
import { NTAGS } from './features';

export interface Packed {
  ids: Int32Array;
  weights: Float32Array;
}

export function encode(ids: Int32Array, q: Int8Array, scale: number): string {
  const order = Array.from(ids.keys()).sort((a, b) => (ids[a] >>> 0) - (ids[b] >>> 0));
  const bytes: number[] = [78, 69, 82, 49];
  const u32 = (x: number) => { bytes.push(x & 255, (x >>> 8) & 255, (x >>> 16) & 255, (x >>> 24) & 255); };
  u32(ids.length);
  const f = new Float32Array([scale]);
  u32(new Uint32Array(f.buffer)[0]);
  let prev = 0;
  for (const r of order) {
    let d = (ids[r] >>> 0) - prev;
    prev = ids[r] >>> 0;
    while (d >= 128) { bytes.push((d & 127) | 128); d = Math.floor(d / 128); }
    bytes.push(d);
  }
  for (const r of order) {
    for (let t = 0; t < NTAGS; t++) { bytes.push(q[r * NTAGS + t] & 255); }
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decode(b64: string): Packed {
  const b = fromBase64(b64);
  if (b[0] !== 78 || b[1] !== 69 || b[2] !== 82 || b[3] !== 49) { throw new Error('ner: bad weights'); }
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const n = dv.getUint32(4, true);
  const scale = dv.getFloat32(8, true);
  const ids = new Int32Array(n);
  let p = 12;
  let prev = 0;
  for (let r = 0; r < n; r++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const x = b[p++];
      d += (x & 127) * mul;
      if (x < 128) { break; }
      mul *= 128;
    }
    prev += d;
    ids[r] = prev | 0;
  }
  const weights = new Float32Array(n * NTAGS);
  for (let k = 0; k < n * NTAGS; k++) { weights[k] = ((b[p + k] << 24) >> 24) * scale; }
  return { ids, weights };
}

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(b: Uint8Array): string {
  let out = '';
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += 3) {
    const x = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += ALPHA[(x >> 18) & 63] + ALPHA[(x >> 12) & 63] + (i + 1 < b.length ? ALPHA[(x >> 6) & 63] : '=') + (i + 2 < b.length ? ALPHA[x & 63] : '=');
    if (out.length >= 8192) { parts.push(out); out = ''; }
  }
  parts.push(out);
  return parts.join('');
}

const INV = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) { INV[ALPHA.charCodeAt(i)] = i; }

export function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') { len--; }
  const out = new Uint8Array(Math.floor(len * 3 / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = INV[s.charCodeAt(i)];
    const b = INV[s.charCodeAt(i + 1)];
    const c = i + 2 < len ? INV[s.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? INV[s.charCodeAt(i + 3)] : 0;
    const x = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) { out[o++] = (x >> 16) & 255; }
    if (o < out.length) { out[o++] = (x >> 8) & 255; }
    if (o < out.length) { out[o++] = x & 255; }
  }
  return out;
}
