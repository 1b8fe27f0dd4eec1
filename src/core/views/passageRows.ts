// What a passage row of the Claims view says: the value it gives and its source, the reason or the
// sentence beside it. Two rows of one group from the same source with the same value (a headline and a
// body sentence both giving "14") say where each stands, before the file name, so that they stay apart
// in a narrow sidebar (~40 characters at 300 px).
import type { DocumentAnalysis, Evidence, Span, UpdateEvidence } from '../model';
import { focusText, shorten } from '../query';
import { fileName } from './viewRow';

/** A value longer than this is cut: the source must stay visible beside it. */
const MAX_VALUE = 30;

export interface PassageRowText {
  label: string;
  description: string | undefined;
}

type Placed = Pick<DocumentAnalysis, 'titleSpan' | 'sentences'>;

/** "headline" or "¶3" (the paragraph of the sentence the passage starts in), when known. */
export function passagePlace(a: Partial<Placed> | undefined, start: number): string | undefined {
  if (!a) { return undefined; }
  if (a.titleSpan && start >= a.titleSpan.start && start < Math.max(a.titleSpan.end, a.titleSpan.start + 1)) { return 'headline'; }
  const s = a.sentences?.find((x) => x.start <= start && start < x.end);
  return s ? `¶${s.paragraph}` : undefined;
}

/** The fact's span in an evidence passage: the other side of a conflict, update or variant, else its focus. */
export function passageFocus(p: Evidence): Span | undefined {
  const e = p as Partial<{ theirs: Span; focus: Span }>;
  return e.theirs ?? e.focus;
}

export function passageReason(p: Evidence): string | undefined {
  return 'reason' in p ? String(p.reason) : 'note' in p ? String(p.note) : undefined;
}

/** Label and description of each passage of one group, in the order given. */
export function passageRowTexts(passages: readonly Evidence[], updates: boolean, docOf: (id: string) => Partial<Placed> | undefined): PassageRowText[] {
  const base = passages.map((p) => {
    const value = focusText(p, passageFocus(p));
    const reason = passageReason(p);
    const file = fileName(p.doc);
    if (updates) {
      // a timeline entry: "29 · 04-northern-ledger.txt · 2026-03-15"
      const u = p as UpdateEvidence;
      return { head: shorten(u.value || value || p.text, MAX_VALUE), file, tail: ` · ${u.reported ?? 'undated'}`, description: shorten(p.text, 70) };
    }
    if (value) { return { head: shorten(value, MAX_VALUE), file, tail: '', description: reason ?? shorten(p.text, 70) }; }
    return { head: '', file, tail: `: ${shorten(p.text, 70)}`, description: reason };
  });
  // files of one collection share a long prefix ("malaysia.airlines.flight.25.txt", "...flight.32.txt"):
  // it is elided so that what tells them apart stays visible
  const files = [...new Set(base.map((b) => b.file))];
  if (files.length > 1) {
    let n = 0;
    while (files.every((f) => f.length > n + 4 && f[n] === files[0][n])) { n++; }
    // keep the last whole word of the shared part: "…flight.25.txt"
    // keep the last whole word of the shared part ("…flight.25.txt"), else an opening bracket ("…(11).txt")
    const shared = files[0].slice(0, n);
    const cut = /^(.*[.\-_ (])[^.\-_ (]+[.\-_ (][^.\-_ (]*$/.exec(shared)?.[1].length ?? /^(.*?)\([^()]*$/.exec(shared)?.[1].length ?? 0;
    if (cut >= 12) { for (const b of base) { b.file = `…${b.file.slice(cut)}`; } }
  }
  const key = (b: typeof base[number]) => `${b.head}\u0000${b.file}`;
  const count = new Map<string, number>();
  for (const b of base) { count.set(key(b), (count.get(key(b)) ?? 0) + 1); }
  return base.map((b, i) => {
    const place = (count.get(key(b)) ?? 0) > 1 ? passagePlace(docOf(passages[i].doc), passages[i].start) : undefined;
    const parts = [b.head, place, b.file].filter(Boolean);
    return { label: parts.join(' · ') + b.tail, description: b.description };
  });
}
