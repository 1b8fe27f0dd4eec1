// All annotations as one W3C AnnotationCollection (https://www.w3.org/TR/annotation-model/#collections),
// readable by any Web Annotation consumer. Sources become IRIs; the verdict, our extension field, is
// repeated as a `tagging` body so consumers that only know the W3C vocabulary still see it.
import { ANNO_CONTEXT, verdictLabel, type Annotation } from '../annotations/annotation';
import { iriOf, type AnnotatedReport } from './annotatedReport';

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { type: 'AnnotationPage'; startIndex: 0; items: Array<Record<string, unknown>> };
}

export function renderWebAnnotations(input: AnnotatedReport): string {
  const items = input.placements.map(({ annotation: a }) => exportAnnotation(a, iriOf(input, a.target.source)));
  const out: WebAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Triangulate verdicts and notes',
    total: items.length,
    generated: input.generatedAt,
    generator: { type: 'Software', name: 'Triangulate' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function exportAnnotation(a: Annotation, source: string): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [{ ...a.body }];
  if (a.verdict) {
    body[0] = { ...a.body, value: verdictLabel(a.verdict) };
    body.push({ type: 'TextualBody', purpose: 'tagging', value: a.verdict, format: 'text/plain' });
  }
  // Inside a collection the context is inherited; an item repeating it is still valid but noisier.
  const { '@context': _ctx, ...rest } = a;
  void _ctx;
  return { ...rest, target: { ...a.target, source }, body };
}
