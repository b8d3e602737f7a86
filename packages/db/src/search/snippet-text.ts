// Search snippets come from bodies as stored (sanitized HTML): both dialects clean them here.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Bodies are indexed as stored (sanitized HTML), so a snippet can start or end inside a tag and
 * holds markup and entities: keep the text only. Sanitized HTML escapes `<` and `>` in text, so
 * every raw `<` or `>` belongs to a tag.
 */
export function snippetText(snippet: string): string {
  let text = snippet;
  const firstClose = text.indexOf(">");
  const firstOpen = text.indexOf("<");
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) text = text.slice(firstClose + 1);
  const lastOpen = text.lastIndexOf("<");
  if (lastOpen >= 0 && text.indexOf(">", lastOpen) < 0) text = text.slice(0, lastOpen);
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}
