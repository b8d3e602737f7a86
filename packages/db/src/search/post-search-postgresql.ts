// Post search on PostgreSQL: the tsvector documents in "PostSearch" (see its migration in
// prisma/migrations-postgresql), under the text search configuration of the blog's language
// (crestwood_sv / crestwood_en: stemming, accents folded where unaccent exists), ranked by
// ts_rank with titles weighing more than bodies, highlighted by ts_headline.
import { Prisma } from "../generated/prisma/client";
import type { PostSearchDialect, PostSearchHit } from "./post-search";
import { MARK_END, MARK_START } from "./marks";
import { snippetText } from "./snippet-text";

const MAX_TERMS = 12;
/** ts_rank's weights for D, C, B (body) and A (title): a title match counts ten body matches. */
const WEIGHTS = "{0.01, 0.01, 0.1, 1.0}";
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const SNIPPET = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=12, ShortWord=2`;
const MARKS = new RegExp(`[${MARK_START}${MARK_END}]`, "g");

/** "…" where ts_headline cut the body, as SQLite's snippet() marks it. */
function withEllipses(snippet: string, bodyHtml: string): string {
  const body = snippetText(bodyHtml);
  const plain = snippet.replace(MARKS, "");
  return `${body.startsWith(plain) ? "" : "…"}${snippet}${body.endsWith(plain) ? "" : "…"}`;
}

/**
 * The reader's words as a to_tsquery() text: each run of letters and digits a quoted lexeme, a
 * prefix, all required; operators, quotes and punctuation never reach the query parser as syntax.
 * Null when nothing searchable is left.
 */
export function toTsQuery(text: string): string | null {
  const terms = text
    .normalize("NFC")
    .split(/\s+/u)
    .flatMap((word) => word.match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((term) => `'${term}':*`).join(" & ");
}

interface Row {
  postId: string;
  bodyHtml: string;
  rank: number;
  title: string;
  snippet: string;
}

export const postgresqlPostSearch: PostSearchDialect = {
  async search(db, query) {
    const match = toTsQuery(query.text);
    if (!match) return [];
    const rows = await db.$queryRaw<Row[]>(Prisma.sql`
      WITH "settings" AS (
        SELECT "crestwood_search_config"("language"::text) AS "config" FROM "Blog" WHERE "id" = ${query.blogId}
      ), "query" AS (
        SELECT "config", to_tsquery("config", ${match}) AS "tsquery" FROM "settings"
      ), "hits" AS (
        SELECT "Post"."id", "Post"."title", "Post"."bodyHtml", "Post"."publishedAt",
               ts_rank(${WEIGHTS}::float4[], "PostSearch"."document", "query"."tsquery") AS "rank"
        FROM "query", "PostSearch"
        JOIN "Post" ON "Post"."id" = "PostSearch"."postId"
        WHERE "PostSearch"."document" @@ "query"."tsquery"
          AND "Post"."blogId" = ${query.blogId}
          AND "Post"."status" <> 'draft'
          AND "Post"."publishedAt" IS NOT NULL
          AND "Post"."publishedAt" <= ${query.now}
          ${query.kind ? Prisma.sql`AND "Post"."kind" = ${query.kind}::"PostKind"` : Prisma.empty}
        ORDER BY "rank" DESC, "Post"."publishedAt" DESC
        LIMIT ${query.limit}
      )
      SELECT "hits"."id" AS "postId", "hits"."rank"::float8 AS "rank", "hits"."bodyHtml",
             ts_headline("query"."config", "hits"."title", "query"."tsquery", ${HEADLINE}) AS "title",
             ts_headline("query"."config", "hits"."bodyHtml", "query"."tsquery", ${SNIPPET}) AS "snippet"
      FROM "hits", "query"
      ORDER BY "hits"."rank" DESC, "hits"."publishedAt" DESC`);
    return rows.map((row): PostSearchHit => ({ postId: row.postId, score: Number(row.rank), title: row.title, snippet: withEllipses(snippetText(row.snippet), row.bodyHtml) }));
  },
};
