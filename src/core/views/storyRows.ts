// The Claims view's top level when a folder holds several stories: one row per story, named by its
// headline words and its number of sources, holding the claims of that story.
import type { Claim, Story } from '../model';
import { fileName, plural } from './viewRow';

export interface StoryRow {
  story: Story;
  claims: Claim[];
  label: string;
  description: string;
  tooltip: string;
}

/** One row per story, in the stories' order, each with its claims in the order given; none when the
 *  folder is one story (the view stays a flat list of claims). A claim without a story goes to the
 *  story of its document. */
export function storyRows(stories: readonly Story[], claims: readonly Claim[]): StoryRow[] {
  if (stories.length < 2) { return []; }
  const ofDoc = new Map(stories.flatMap((s) => s.documents.map((d) => [d, s.id] as const)));
  const byStory = new Map<string, Claim[]>(stories.map((s) => [s.id, []]));
  for (const c of claims) { byStory.get(c.story ?? ofDoc.get(c.doc) ?? '')?.push(c); }
  return stories.map((story) => {
    const mine = byStory.get(story.id)!;
    const conflicts = mine.filter((c) => c.conflicting.length).length;
    const sources = plural(story.documents.length, 'source');
    const counts = mine.length ? `${plural(mine.length, 'claim')}${conflicts ? `, ${conflicts} with conflicts` : ''}` : 'no claims';
    return {
      story,
      claims: mine,
      label: story.title,
      description: `${sources} · ${counts}`,
      tooltip: [story.title, `${sources}: ${story.documents.map(fileName).join(', ')}`, counts].join('\n'),
    };
  });
}
