// The labelled sets analysed and scored one by one, for the debugging aids (triage.ts, ctriage.ts):
// each set with its texts, its corpus, its score and the story of every document.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { SETS_DIR, readSet, readTexts, type EvalSet } from './sets';
import { locateAll, score, type SetScore } from './score';

export interface ScoredSet {
  set: EvalSet;
  texts: Map<string, string>;
  corpus: Corpus;
  score: SetScore;
  storyOf: Map<string, string>;
}

/** Every set of SETS_DIR (or only those named in `wanted`), in file order. */
export function* scoredSets(wanted: readonly string[]): Generator<ScoredSet> {
  for (const file of fs.readdirSync(SETS_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const set = readSet(path.join(SETS_DIR, file));
    if (wanted.length && !wanted.includes(set.name)) { continue; }
    const texts = readTexts(set);
    const { located } = locateAll(set, texts);
    const corpus = new Corpus();
    corpus.updateMany(set.files.map((f) => ({ id: f, text: texts.get(f)! })));
    const s = score(set, located, corpus.claims());
    const storyOf = new Map<string, string>();
    for (const st of corpus.stories()) { for (const d of st.documents) { storyOf.set(d, st.id); } }
    yield { set, texts, corpus, score: s, storyOf };
  }
}
