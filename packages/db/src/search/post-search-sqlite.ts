// Post search on SQLite: the FTS5 table "PostSearch" (see its migration), ranked by bm25 with
// titles weighing more than bodies, snippets from snippet().
import { Prisma } from "../generated/prisma/client";
import type { PostSearchDialect, PostSearchHit } from "./post-search";
import { MARK_END, MARK_START } from "./marks";

const MAX_TERMS = 12;
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;
const SNIPPET_TOKENS = 24;

/**
 * The reader's words as an FTS5 query: every word a quoted string (so `"`, `*`, `-`, `OR`, `NEAR`,
 * `:` and parentheses are plain text, never syntax), each a prefix, all required. Null when
 * nothing searchable is left (punctuation only).
 */
export function toFts5Query(text: string): string | null {
  const terms = text
    // FTS5 ends a string at NUL ("unterminated string"); control characters and lone surrogates
    // are nothing a reader searches for.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, " ")
    .normalize("NFC")
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(" ");
}

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

interface Row {
  postId: string;
  rank: number;
  title: string;
  snippet: string;
}

export const sqlitePostSearch: PostSearchDialect = {
  async search(db, query) {
    const match = toFts5Query(query.text);
    if (!match) return [];
    const mark = Prisma.sql`char(${MARK_START.codePointAt(0)}), char(${MARK_END.codePointAt(0)})`;
    const rows = await db.$queryRaw<Row[]>(Prisma.sql`
      SELECT "PostSearch"."postId" AS "postId",
             bm25("PostSearch", 0.0, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS "rank",
             highlight("PostSearch", 1, ${mark}) AS "title",
             snippet("PostSearch", 2, ${mark}, '…', ${SNIPPET_TOKENS}) AS "snippet"
      FROM "PostSearch"
      JOIN "Post" ON "Post"."id" = "PostSearch"."postId"
      WHERE "PostSearch" MATCH ${match}
        AND "Post"."blogId" = ${query.blogId}
        AND "Post"."status" <> 'draft'
        AND "Post"."publishedAt" IS NOT NULL
        AND julianday("Post"."publishedAt") <= julianday(${query.now.toISOString()})
        ${query.kind ? Prisma.sql`AND "Post"."kind" = ${query.kind}` : Prisma.empty}
      ORDER BY "rank", "Post"."publishedAt" DESC
      LIMIT ${query.limit}`);
    return rows.map(
      (row): PostSearchHit => ({ postId: row.postId, score: -Number(row.rank), title: row.title, snippet: snippetText(row.snippet) }),
    );
  },
};
