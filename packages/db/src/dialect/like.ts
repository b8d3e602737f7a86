// SQL's LIKE with Unicode case folding. SQLite's built-in LIKE folds ASCII letters only ("Å" and
// "å" differ); Crestwood replaces it on its own connections (sqlite.ts), as SQLite's ICU extension
// does, so text filters treat å/ä/ö like a–z, as PostgreSQL's ILIKE does under a UTF-8 locale.

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 256;

function compile(pattern: string, escape: string | null): RegExp {
  const key = `${escape ?? ""}\u0000${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let source = "";
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (escape !== null && char === escape && i + 1 < chars.length) {
      source += escapeRegExp(chars[++i] as string);
    } else if (char === "%") {
      source += "[^]*";
    } else if (char === "_") {
      source += "[^]";
    } else {
      source += escapeRegExp(char);
    }
  }
  const compiled = new RegExp(`^${source}$`, "iu");
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, compiled);
  return compiled;
}

function escapeRegExp(char: string): string {
  return char.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

/**
 * `value LIKE pattern [ESCAPE escape]` with Unicode case folding: SQLite's like(pattern, value,
 * escape) argument order, NULL in, NULL out.
 */
export function unicodeLike(pattern: unknown, value: unknown, escape?: unknown): number | null {
  if (pattern === null || value === null || pattern === undefined || value === undefined) return null;
  const escapeChar = escape === undefined || escape === null ? null : String(escape);
  if (escapeChar !== null && [...escapeChar].length !== 1) throw new Error("ESCAPE expression must be a single character");
  return compile(String(pattern), escapeChar).test(String(value)) ? 1 : 0;
}
