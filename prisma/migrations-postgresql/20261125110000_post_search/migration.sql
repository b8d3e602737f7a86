-- Full-text search over posts' titles and bodies (PostgreSQL): the twin of SQLite's FTS5 table in
-- prisma/migrations/20261125110000_post_search, hand-written (Prisma's schema does not describe it;
-- "public.PostSearch" is in `externalTables`, packages/db/scripts/schema-engine.ts).
--
-- One row per post: a tsvector of its title (weight A) and body (weight B; sanitized HTML, whose
-- tags PostgreSQL's parser recognises and does not index), under the text search configuration of
-- the blog's language, with a GIN index. Triggers keep it in step with "Post", and re-index every
-- post when the blog's language changes. packages/db/src/search/post-search-postgresql.ts queries it.

-- Accents are ignored where the unaccent extension can be had (Debian's postgresql package has it;
-- it is a trusted extension, so the database's owner may create it). Without it, search works
-- but "intranat" no longer finds "intranät".
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'unaccent is not available (%): search will match accents exactly', SQLERRM;
END $$;

-- crestwood_sv / crestwood_en: Swedish and English stemming, accents folded first when possible.
CREATE TEXT SEARCH CONFIGURATION "crestwood_sv" (COPY = pg_catalog.swedish);
CREATE TEXT SEARCH CONFIGURATION "crestwood_en" (COPY = pg_catalog.english);
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
    ALTER TEXT SEARCH CONFIGURATION "crestwood_sv" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;
    ALTER TEXT SEARCH CONFIGURATION "crestwood_en" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  END IF;
END $$;

-- The configuration for a blog language (the "Language" enum: sv, en).
CREATE FUNCTION "crestwood_search_config"("language" text) RETURNS regconfig
LANGUAGE sql STABLE AS $$
  SELECT CASE "language" WHEN 'sv' THEN 'crestwood_sv'::regconfig ELSE 'crestwood_en'::regconfig END
$$;

CREATE FUNCTION "crestwood_post_document"("config" regconfig, "title" text, "body" text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector("config", "title"), 'A') || setweight(to_tsvector("config", "body"), 'B')
$$;

CREATE TABLE "PostSearch" (
    "postId" TEXT NOT NULL PRIMARY KEY REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "PostSearch_document_idx" ON "PostSearch" USING GIN ("document");

INSERT INTO "PostSearch" ("postId", "document")
SELECT p."id", "crestwood_post_document"("crestwood_search_config"(b."language"::text), p."title", p."bodyHtml")
FROM "Post" p JOIN "Blog" b ON b."id" = p."blogId";

CREATE FUNCTION "Post_search_index"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "PostSearch" ("postId", "document")
  SELECT NEW."id", "crestwood_post_document"("crestwood_search_config"(b."language"::text), NEW."title", NEW."bodyHtml")
  FROM "Blog" b WHERE b."id" = NEW."blogId"
  ON CONFLICT ("postId") DO UPDATE SET "document" = EXCLUDED."document";
  RETURN NULL;
END $$;

CREATE FUNCTION "Blog_search_language"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PostSearch" s
  SET "document" = "crestwood_post_document"("crestwood_search_config"(NEW."language"::text), p."title", p."bodyHtml")
  FROM "Post" p WHERE p."id" = s."postId" AND p."blogId" = NEW."id";
  RETURN NULL;
END $$;

-- Deletes need no trigger: the foreign key cascades.
CREATE TRIGGER "Post_search_after_insert" AFTER INSERT ON "Post"
FOR EACH ROW EXECUTE FUNCTION "Post_search_index"();

CREATE TRIGGER "Post_search_after_update" AFTER UPDATE OF "title", "bodyHtml", "blogId" ON "Post"
FOR EACH ROW EXECUTE FUNCTION "Post_search_index"();

CREATE TRIGGER "Blog_search_after_language" AFTER UPDATE OF "language" ON "Blog"
FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language") EXECUTE FUNCTION "Blog_search_language"();
