-- Full-text search over posts' titles and bodies (SQLite FTS5), kept in step with "Post" by
-- triggers. Prisma's schema does not describe this table; its names are in `externalTables`
-- (packages/db/scripts/schema-engine.ts) so that new migrations do not propose dropping it.
--
-- A later migration that rebuilds "Post" (Prisma's create new_Post / copy / drop / rename) drops
-- these triggers with the old table: such a migration must create them again (the integration
-- test packages/db/src/search/post-search.integration.test.ts fails until it does).
--
-- Rows are keyed by the post's id (not SQLite's rowid, which a table rebuild may renumber).
-- Bodies are indexed as stored (sanitized HTML); search.ts in packages/db cleans snippets.
CREATE VIRTUAL TABLE "PostSearch" USING fts5(
    "postId" UNINDEXED,
    "title",
    "body",
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "PostSearch" ("postId", "title", "body") SELECT "id", "title", "bodyHtml" FROM "Post";

CREATE TRIGGER "Post_search_after_insert" AFTER INSERT ON "Post" BEGIN
    INSERT INTO "PostSearch" ("postId", "title", "body") VALUES (NEW."id", NEW."title", NEW."bodyHtml");
END;

CREATE TRIGGER "Post_search_after_update" AFTER UPDATE OF "id", "title", "bodyHtml" ON "Post" BEGIN
    DELETE FROM "PostSearch" WHERE "postId" = OLD."id";
    INSERT INTO "PostSearch" ("postId", "title", "body") VALUES (NEW."id", NEW."title", NEW."bodyHtml");
END;

CREATE TRIGGER "Post_search_after_delete" AFTER DELETE ON "Post" BEGIN
    DELETE FROM "PostSearch" WHERE "postId" = OLD."id";
END;
