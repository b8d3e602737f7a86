-- DropIndex
DROP INDEX "Post_blogId_kind_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Post_blogId_kind_publishedAt_id_idx" ON "Post"("blogId", "kind", "publishedAt", "id");
