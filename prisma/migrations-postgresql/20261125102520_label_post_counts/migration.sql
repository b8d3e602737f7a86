-- AlterTable
ALTER TABLE "Label" ADD COLUMN     "postCount" INTEGER NOT NULL DEFAULT 0;

-- Hand-written, as in SQLite's twin (prisma/migrations/20261125102520_label_post_counts):
-- Label.postCount counts posts (kind post, not drafts) carrying each label, kept by triggers so
-- that every writer (admin, API, import, SQL by hand) keeps it right.
UPDATE "Label" SET "postCount" = (
  SELECT COUNT(*) FROM "PostLabel" pl JOIN "Post" p ON p."id" = pl."postId"
  WHERE pl."labelId" = "Label"."id" AND p."kind" = 'post' AND p."status" <> 'draft'
);

CREATE FUNCTION "crestwood_post_counts"("kind" "PostKind", "status" "PostStatus") RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT "kind" = 'post' AND "status" <> 'draft' $$;

CREATE FUNCTION "PostLabel_postCount_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT "crestwood_post_counts"("kind", "status") FROM "Post" WHERE "id" = NEW."postId") THEN
    UPDATE "Label" SET "postCount" = "postCount" + 1 WHERE "id" = NEW."labelId";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "PostLabel_postCount_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT "crestwood_post_counts"("kind", "status") FROM "Post" WHERE "id" = OLD."postId") THEN
    UPDATE "Label" SET "postCount" = "postCount" - 1 WHERE "id" = OLD."labelId";
  END IF;
  RETURN NULL;
END $$;

-- A post's label links go before the post does, while the post can still be read; the cascade
-- then finds nothing left to delete.
CREATE FUNCTION "Post_postCount_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PostLabel" WHERE "postId" = OLD."id";
  RETURN OLD;
END $$;

CREATE FUNCTION "Post_postCount_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Label"
  SET "postCount" = "postCount" + (CASE WHEN "crestwood_post_counts"(NEW."kind", NEW."status") THEN 1 ELSE -1 END)
  WHERE "id" IN (SELECT "labelId" FROM "PostLabel" WHERE "postId" = NEW."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "PostLabel_postCount_insert" AFTER INSERT ON "PostLabel"
FOR EACH ROW EXECUTE FUNCTION "PostLabel_postCount_insert"();

CREATE TRIGGER "PostLabel_postCount_delete" AFTER DELETE ON "PostLabel"
FOR EACH ROW EXECUTE FUNCTION "PostLabel_postCount_delete"();

CREATE TRIGGER "Post_postCount_delete" BEFORE DELETE ON "Post"
FOR EACH ROW EXECUTE FUNCTION "Post_postCount_delete"();

CREATE TRIGGER "Post_postCount_update" AFTER UPDATE OF "kind", "status" ON "Post"
FOR EACH ROW WHEN ("crestwood_post_counts"(OLD."kind", OLD."status") IS DISTINCT FROM "crestwood_post_counts"(NEW."kind", NEW."status"))
EXECUTE FUNCTION "Post_postCount_update"();
