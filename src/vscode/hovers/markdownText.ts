// The one escaping helper for article text in hover and tooltip Markdown. Article text is
// untrusted: it must never become a link, an image, HTML, a heading or a list. Pure (no vscode
// import) so it is unit-tested against a real Markdown renderer.

/** Characters turned into HTML entities: HTML syntax, and ':' and '@' so that no autolink
 *  (https://..., command:..., mailto) can form from article text. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', ':': '&#58;', '@': '&#64;',
};

/** Escapes article text for inline use in Markdown; whitespace (newlines included) collapses to one
 *  space, so the text cannot start a block of its own. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[&<>":@]|[\\`*_{}[\]()#+\-.!|~=^$]/g, (c) => ENTITIES[c] ?? `\\${c}`);
}

/** Article text as escaped Markdown, cut to about `max` characters on word boundaries, with the
 *  focus (offsets relative to `text`) in bold when given. */
export function excerptMarkdown(text: string, max = 180, focus?: { start: number; end: number }): string {
  if (!focus || focus.start < 0 || focus.end > text.length || focus.end <= focus.start) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return escapeMarkdown(flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s\S*$/, '')}…`);
  }
  const mid = text.slice(focus.start, focus.end).trim();
  const room = Math.max(20, max - mid.length) / 2;
  const before = text.slice(0, focus.start).replace(/\s+/g, ' ');
  const after = text.slice(focus.end).replace(/\s+/g, ' ');
  const b = before.length <= room ? before.trimStart() : `…${before.slice(before.length - room).replace(/^\S*\s/, '')}`;
  const a = after.length <= room ? after.trimEnd() : `${after.slice(0, room).replace(/\s\S*$/, '')}…`;
  return `${escapeMarkdown(b)}**${escapeMarkdown(mid)}**${escapeMarkdown(a)}`;
}

/** The Markdown for a link that runs an extension command with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
