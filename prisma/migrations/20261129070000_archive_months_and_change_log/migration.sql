-- Archive months and the change log (issue 15). Post gets a column by ADD COLUMN (no table
-- rebuild: the FTS and label-count triggers on Post stay).
ALTER TABLE "Post" ADD COLUMN "archiveMonth" TEXT;

CREATE INDEX "Post_archiveMonth_idx" ON "Post"("archiveMonth");

-- ArchiveMonth: posts (kind post, not drafts, scheduled included) per "YYYY-MM" of the blog's
-- timezone, kept by the triggers below so that every writer keeps it right and the archive widget
-- on every reader page needs no aggregate over all posts. The month itself needs the blog's
-- timezone, which SQL cannot apply, so the write path computes Post.archiveMonth; a post written
-- without it (an older database, SQL by hand) counts under "" until a reader fills it in
-- (packages/api/src/services/archive-months.ts).
CREATE TABLE "ArchiveMonth" (
    "blogId" INTEGER NOT NULL DEFAULT 1,
    "month" TEXT NOT NULL,
    "postCount" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("blogId", "month")
);

INSERT INTO "ArchiveMonth" ("blogId", "month", "postCount")
SELECT "blogId", '', COUNT(*) FROM "Post" WHERE "kind" = 'post' AND "status" <> 'draft' GROUP BY "blogId";

CREATE TRIGGER "Post_archiveMonth_insert" AFTER INSERT ON "Post"
WHEN NEW."kind" = 'post' AND NEW."status" <> 'draft'
BEGIN
  INSERT INTO "ArchiveMonth" ("blogId", "month", "postCount") VALUES (NEW."blogId", COALESCE(NEW."archiveMonth", ''), 1)
  ON CONFLICT ("blogId", "month") DO UPDATE SET "postCount" = "postCount" + 1;
END;

CREATE TRIGGER "Post_archiveMonth_delete" AFTER DELETE ON "Post"
WHEN OLD."kind" = 'post' AND OLD."status" <> 'draft'
BEGIN
  UPDATE "ArchiveMonth" SET "postCount" = "postCount" - 1
  WHERE "blogId" = OLD."blogId" AND "month" = COALESCE(OLD."archiveMonth", '');
END;

-- Fires whenever one of these columns is written, changed or not: take the row out of its old
-- month, then count it in its new one (a no-op pair when nothing moved).
CREATE TRIGGER "Post_archiveMonth_update" AFTER UPDATE OF "kind", "status", "archiveMonth", "blogId" ON "Post"
WHEN (OLD."kind" = 'post' AND OLD."status" <> 'draft') OR (NEW."kind" = 'post' AND NEW."status" <> 'draft')
BEGIN
  UPDATE "ArchiveMonth" SET "postCount" = "postCount" - 1
  WHERE OLD."kind" = 'post' AND OLD."status" <> 'draft' AND "blogId" = OLD."blogId" AND "month" = COALESCE(OLD."archiveMonth", '');
  INSERT INTO "ArchiveMonth" ("blogId", "month", "postCount")
  SELECT NEW."blogId", COALESCE(NEW."archiveMonth", ''), 1 WHERE NEW."kind" = 'post' AND NEW."status" <> 'draft'
  ON CONFLICT ("blogId", "month") DO UPDATE SET "postCount" = "postCount" + 1;
END;

-- ChangeLog: what changed, one row per announcement, written in the same transaction as the
-- change (packages/api/src/changes). Every process with a page cache reads the rows it has not
-- seen when SQLite's data_version says another connection committed; rows older than a day go.
CREATE TABLE "ChangeLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "change" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX "ChangeLog_createdAt_idx" ON "ChangeLog"("createdAt");
