// The Names view: each entity key of the folder with its type, the forms it is written in and how
// often each source mentions it (the corpus-wide keys: "Fournier" and "Inès Fournier" are one row).
import type { DocumentAnalysis, Entity } from '../model';
import { byId, plural, sourceName, type ViewRow } from './viewRow';

const ICON: Record<string, string> = { person: 'person', organization: 'organization', place: 'location' };

export function nameRows(docs: readonly DocumentAnalysis[]): ViewRow[] {
  const names = new Map<string, { type: string; forms: Map<string, number>; perDoc: Map<string, { doc: DocumentAnalysis; mentions: Entity[] }> }>();
  for (const doc of [...docs].sort(byId)) {
    for (const e of doc.entities) {
      let n = names.get(e.key);
      if (!n) { n = { type: e.type, forms: new Map(), perDoc: new Map() }; names.set(e.key, n); }
      n.forms.set(e.text, (n.forms.get(e.text) ?? 0) + 1);
      let d = n.perDoc.get(doc.id);
      if (!d) { d = { doc, mentions: [] }; n.perDoc.set(doc.id, d); }
      d.mentions.push(e);
    }
  }
  const rows = [...names.entries()].map(([key, n]) => {
    // most written first; among equals, the form met first (documents in id order); sorts are stable
    const forms = [...n.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([f]) => f);
    // the display name: the longest form written more than once, else the longest form, the first met among equals
    const first = [...n.forms.keys()];
    const name = [...first].sort((a, b) => Number((n.forms.get(b) ?? 0) > 1) - Number((n.forms.get(a) ?? 0) > 1) || b.length - a.length)[0];
    const mentions = [...n.perDoc.values()].reduce((s, d) => s + d.mentions.length, 0);
    const children: ViewRow[] = [];
    if (forms.length > 1) {
      children.push({ id: `name:${key}/aliases`, label: `Aliases: ${forms.join(', ')}`, tooltip: forms.join('\n'), icon: 'symbol-string' });
    }
    for (const { doc, mentions: ms } of n.perDoc.values()) {
      const docForms = [...new Set(ms.map((m) => m.text))];
      children.push({
        id: `name:${key}/${doc.id}`,
        label: sourceName(doc, doc.id),
        description: `${plural(ms.length, 'mention')}${forms.length > 1 ? ` · as ${docForms.join(', ')}` : ''}`,
        tooltip: `${sourceName(doc, doc.id)}: ${plural(ms.length, 'mention')} (${docForms.join(', ')})`,
        icon: 'file',
        open: { doc: doc.id, start: ms[0].start, end: ms[0].end },
      });
    }
    return {
      key, sources: n.perDoc.size, mentions,
      row: {
        id: `name:${key}`,
        label: name,
        description: `${n.type} · ${plural(n.perDoc.size, 'source')} · ${plural(mentions, 'mention')}`,
        tooltip: `${name} (${n.type}, ${key})\nWritten as: ${forms.join(', ')}\n${plural(mentions, 'mention')} in ${plural(n.perDoc.size, 'source')}`,
        icon: ICON[n.type] ?? 'symbol-misc',
        children,
      } as ViewRow,
    };
  });
  rows.sort((a, b) => b.sources - a.sources || b.mentions - a.mentions || (a.row.label < b.row.label ? -1 : a.row.label > b.row.label ? 1 : a.key < b.key ? -1 : 1));
  return rows.map((r) => r.row);
}
