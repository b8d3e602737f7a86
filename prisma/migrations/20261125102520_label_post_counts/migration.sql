-- Label.postCount: posts (kind post, not drafts) carrying each label, kept by triggers so that
-- every writer (admin, API, import, SQL by hand) keeps it right and the labels widget on every
-- reader page needs no aggregate over all posts. Written by hand: a plain ADD COLUMN instead of
-- the table rebuild Prisma proposes (a rebuild would drop the triggers on that table).
ALTER TABLE "Label" ADD COLUMN "postCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Label" SET "postCount" = (
  SELECT COUNT(*) FROM "PostLabel" pl JOIN "Post" p ON p."id" = pl."postId"
  WHERE pl."labelId" = "Label"."id" AND p."kind" = 'post' AND p."status" <> 'draft'
);

CREATE TRIGGER "PostLabel_postCount_insert" AFTER INSERT ON "PostLabel"
WHEN (SELECT "kind" = 'post' AND "status" <> 'draft' FROM "Post" WHERE "id" = NEW."postId")
BEGIN
  UPDATE "Label" SET "postCount" = "postCount" + 1 WHERE "id" = NEW."labelId";
END;

CREATE TRIGGER "PostLabel_postCount_delete" AFTER DELETE ON "PostLabel"
WHEN (SELECT "kind" = 'post' AND "status" <> 'draft' FROM "Post" WHERE "id" = OLD."postId")
BEGIN
  UPDATE "Label" SET "postCount" = "postCount" - 1 WHERE "id" = OLD."labelId";
END;

-- A post's label links go before the post does, while the post can still be read; the cascade
-- then finds nothing left to delete.
CREATE TRIGGER "Post_postCount_delete" BEFORE DELETE ON "Post"
BEGIN
  DELETE FROM "PostLabel" WHERE "postId" = OLD."id";
END;

CREATE TRIGGER "Post_postCount_update" AFTER UPDATE OF "kind", "status" ON "Post"
WHEN (OLD."kind" = 'post' AND OLD."status" <> 'draft') <> (NEW."kind" = 'post' AND NEW."status" <> 'draft')
BEGIN
  UPDATE "Label"
  SET "postCount" = "postCount" + (CASE WHEN NEW."kind" = 'post' AND NEW."status" <> 'draft' THEN 1 ELSE -1 END)
  WHERE "id" IN (SELECT "labelId" FROM "PostLabel" WHERE "postId" = NEW."id");
END;
