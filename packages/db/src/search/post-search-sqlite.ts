// Post search on SQLite: the FTS5 table "PostSearch" (see its migration), ranked by bm25 with
// titles weighing more than bodies, snippets from snippet().
import { Prisma } from "../generated/prisma/client";
import type { PostSearchDialect, PostSearchHit } from "./post-search";
import { MARK_END, MARK_START } from "./marks";
import { snippetText } from "./snippet-text";

export { snippetText };

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
