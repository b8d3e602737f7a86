// Text filters (`contains`, `startsWith`, `endsWith`) ignore case on both providers, so services
// write them once. SQLite's LIKE ignores case (Unicode-wide on Crestwood's connections, like.ts);
// PostgreSQL's LIKE does not, so every such filter sent to PostgreSQL gets `mode: "insensitive"`
// (ILIKE, which folds å/ä/ö under a UTF-8 LC_CTYPE).

const TEXT_FILTERS = ["contains", "startsWith", "endsWith"] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.getPrototypeOf(value) === Object.prototype;
}

function hasTextFilter(node: Record<string, unknown>): boolean {
  return TEXT_FILTERS.some((key) => typeof node[key] === "string");
}

function fold(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fold);
  if (!isPlainObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Written values are data, never filters (a JSON value may hold a "contains" key).
    out[key] = key === "data" || key === "create" || key === "update" || key === "not" ? value : fold(value);
  }
  const not = node.not;
  if (out.mode === undefined && (hasTextFilter(node) || (isPlainObject(not) && hasTextFilter(not)))) out.mode = "insensitive";
  if (isPlainObject(not) && !hasTextFilter(not)) out.not = fold(not);
  return out;
}

/** The query's arguments with `mode: "insensitive"` on every text filter (PostgreSQL). */
export function caseInsensitiveArgs<T>(args: T): T {
  return fold(args) as T;
}
