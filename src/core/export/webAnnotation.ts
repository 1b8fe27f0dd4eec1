// All annotations as one W3C AnnotationCollection (https://www.w3.org/TR/annotation-model/#collections),
// readable by any Web Annotation consumer. Sources become IRIs. The verdict is a `tagging` body (the W3C way
// to attach a machine-readable label), not a key of our own: a key that anno.jsonld does not define is
// dropped by every JSON-LD processor. The collection and its one page carry the `id`s the model requires.
import { ANNO_CONTEXT, verdictLabel, type Annotation } from '../annotations/annotation';
import { iriOf, type AnnotatedReport } from './annotatedReport';

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Array<Record<string, unknown>> };
  last: string;
}

export function renderWebAnnotations(input: AnnotatedReport): string {
  const items = input.placements.map(({ annotation: a }) => exportAnnotation(a, iriOf(input, a.target.source), (s) => iriOf(input, s)));
  // Stable ids: the same annotations exported at the same time get the same collection id.
  const seed = `${input.generatedAt}\n${items.map((i) => `${String(i.id)}@${String(i.modified)}`).join('\n')}`;
  const id = `urn:uuid:${uuidOf(`collection\n${seed}`)}`;
  const page = `urn:uuid:${uuidOf(`page 0\n${seed}`)}`;
  const out: WebAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: input.placements.some((p) => p.annotation.correction) ? 'Triangulate verdicts, notes and corrections' : 'Triangulate verdicts and notes',
    total: items.length,
    generated: input.generatedAt,
    generator: { type: 'Software', name: 'Triangulate' },
    // No `partOf`: the page is embedded in its collection, and the WG's test schemas want partOf embedded
    // as an object (a string fails them), which would only repeat the collection inside itself.
    first: { id: page, type: 'AnnotationPage', startIndex: 0, items },
    last: page,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * A name-based UUID (version 8 layout: RFC 9562 leaves the bits free) from two 64-bit FNV-1a hashes of the
 * text. Hand-written because core has no `crypto` module (it runs in a browser too) and WebCrypto's digest
 * is async; the ids only need to be stable and unlikely to collide, not secret.
 */
function uuidOf(text: string): string {
  const fnv = (basis: bigint): bigint => {
    let h = basis;
    for (let i = 0; i < text.length; i++) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h;
  };
  const hex = (fnv(0xcbf29ce484222325n).toString(16).padStart(16, '0') + fnv(0x84222325cbf29ce4n).toString(16).padStart(16, '0')).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function exportAnnotation(a: Annotation, source: string, otherIri?: (source: string) => string): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [{ ...a.body }];
  if (a.verdict) {
    body[0] = { ...a.body, value: verdictLabel(a.verdict) };
    body.push({ type: 'TextualBody', purpose: 'tagging', value: a.verdict, format: 'text/plain' });
  }
  const targets: Array<Record<string, unknown>> = [{ ...a.target, source }];
  if (a.correction) {
    // A correction: its kind as a tagging body, the whole correction as a JSON body of our own (readers that
    // do not know it still see the readable body), and a link's second passage as a second target.
    body.push({ type: 'TextualBody', purpose: 'tagging', value: `triangulate:${a.correction.kind}`, format: 'text/plain' });
    const { other, ...data } = a.correction;
    body.push({ type: 'TextualBody', purpose: a.motivation, format: 'application/json', value: JSON.stringify(data) });
    if (other) { targets.push({ ...other, source: otherIri?.(other.source) ?? other.source }); }
  }
  // Inside a collection the context is inherited; an item repeating it is still valid but noisier. The
  // verdict and correction keys are ours (the store's); here they travel as the bodies above.
  const { '@context': _ctx, verdict: _verdict, correction: _correction, ...rest } = a;
  void _ctx; void _verdict; void _correction;
  return { ...rest, target: targets.length === 1 ? targets[0] : targets, body };
}
