-- Archive months and the change log (issue 15), as in SQLite's twin
-- (prisma/migrations/20261129043403_archive_months_and_change_log).
ALTER TABLE "Post" ADD COLUMN "archiveMonth" TEXT;

CREATE INDEX "Post_archiveMonth_idx" ON "Post"("archiveMonth");

-- ArchiveMonth: posts (kind post, not drafts, scheduled included) per "YYYY-MM" of the blog's
-- timezone, kept by the triggers below so that every writer keeps it right. The write path
-- computes Post.archiveMonth; a post written without it counts under "" until a reader fills it in
-- (packages/api/src/services/archive-months.ts).
CREATE TABLE "ArchiveMonth" (
    "blogId" INTEGER NOT NULL DEFAULT 1,
    "month" TEXT NOT NULL,
    "postCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArchiveMonth_pkey" PRIMARY KEY ("blogId","month")
);

INSERT INTO "ArchiveMonth" ("blogId", "month", "postCount")
SELECT "blogId", '', COUNT(*) FROM "Post" WHERE "kind" = 'post' AND "status" <> 'draft' GROUP BY "blogId";

-- One function for the three events: take the old row out of its month, count the new one in.
CREATE FUNCTION "Post_archiveMonth_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."kind" = 'post' AND OLD."status" <> 'draft' THEN
    UPDATE "ArchiveMonth" SET "postCount" = "postCount" - 1
    WHERE "blogId" = OLD."blogId" AND "month" = COALESCE(OLD."archiveMonth", '');
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."kind" = 'post' AND NEW."status" <> 'draft' THEN
    INSERT INTO "ArchiveMonth" ("blogId", "month", "postCount") VALUES (NEW."blogId", COALESCE(NEW."archiveMonth", ''), 1)
    ON CONFLICT ("blogId", "month") DO UPDATE SET "postCount" = "ArchiveMonth"."postCount" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Post_archiveMonth_insert" AFTER INSERT ON "Post"
FOR EACH ROW EXECUTE FUNCTION "Post_archiveMonth_count"();

CREATE TRIGGER "Post_archiveMonth_delete" AFTER DELETE ON "Post"
FOR EACH ROW EXECUTE FUNCTION "Post_archiveMonth_count"();

CREATE TRIGGER "Post_archiveMonth_update" AFTER UPDATE OF "kind", "status", "archiveMonth", "blogId" ON "Post"
FOR EACH ROW EXECUTE FUNCTION "Post_archiveMonth_count"();

-- ChangeLog: what changed, one row per announcement, written in the same transaction as the
-- change (packages/api/src/changes); every process with a page cache reads the rows it has not seen.
CREATE TABLE "ChangeLog" (
    "id" SERIAL NOT NULL,
    "change" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeLog_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ChangeLog_createdAt_idx" ON "ChangeLog"("createdAt");
