// Child process for the kill test in store.test.ts: saves the store in a tight loop, each generation holding
// 300 annotations all stamped with that generation, until it is SIGKILLed.
import { createAnnotation } from '../../src/core/annotations/annotation';
import { AnnotationStore } from '../../src/node/annotationStore';

async function main(): Promise<void> {
  const file = process.argv[2];
  const store = new AnnotationStore(file);
  const loaded = await store.load();
  // The generation lives in the bodies, so the file keeps a constant size and the test stays quick.
  let gen = Number(loaded.annotations[0]?.body.value.replace('generation ', '') ?? 0);
  process.stdout.write('ready\n');
  for (;;) {
    gen++;
    const annotations = Array.from({ length: 300 }, (_, i) => createAnnotation({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      source: `a${i % 7}.txt`,
      quote: { type: 'TextQuoteSelector', exact: `passage ${i} `.repeat(8), prefix: 'p', suffix: 's' },
      position: { type: 'TextPositionSelector', start: i, end: i + 240 },
      motivation: 'commenting',
      value: `generation ${gen}`,
    }));
    await store.save(annotations);
  }
}

void main();
