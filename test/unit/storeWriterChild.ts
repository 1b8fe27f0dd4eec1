// Child process for the two-writer tests in storeTwoWriters.test.ts: one "window" on a folder's store,
// through the same AnnotationReplica the editor's FolderStore is. Adds `count` notes `spacingMs` apart
// (each add saves, as the editor does), waits for the saves, reports the file's final state and exits.
import { createAnnotation } from '../../src/core/annotations/annotation';
import { AnnotationReplica } from '../../src/node/annotationReplica';
import { AnnotationStore } from '../../src/node/annotationStore';

async function main(): Promise<void> {
  const [folder, tag, countArg, spacingArg] = process.argv.slice(2);
  const count = Number(countArg);
  const spacingMs = Number(spacingArg);
  const problems: string[] = [];
  const replica = new AnnotationReplica(AnnotationStore.forFolder(folder), (m) => problems.push(m));
  await replica.load();
  const saves: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(3, '0');
    replica.annotations = [...replica.annotations, createAnnotation({
      id: `urn:uuid:00000000-0000-4000-8000-${tag}00000${n}`,
      source: `article-${i % 5}.txt`,
      quote: { type: 'TextQuoteSelector', exact: `passage ${n}`, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: i * 20, end: i * 20 + 11 },
      motivation: 'commenting',
      value: `note ${n} from writer ${tag}`,
    })];
    saves.push(replica.save());
    await new Promise((r) => setTimeout(r, spacingMs));
  }
  await Promise.all(saves);
  await replica.flush();
  process.send!({ problems, held: replica.annotations.length });
}

main().catch((e: unknown) => { process.send!({ problems: [String((e as Error).stack)], held: -1 }); });
