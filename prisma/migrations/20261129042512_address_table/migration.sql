-- The address table (see the Address model in schema.prisma), which replaces Post.legacyPath, and
-- the blog's own favicon.
--
-- No table is rebuilt (Prisma's diff proposes rebuilding "Post" and "Blog"): a rebuild of "Post"
-- would silently drop its triggers (full-text index, label counts). Columns are added and dropped
-- in place (SQLite 3.35+), indexes dropped and created. A fresh `pnpm db:migration:new` after this
-- one finds nothing to change.

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blogId" INTEGER NOT NULL DEFAULT 1,
    "path" TEXT NOT NULL,
    "postId" TEXT,
    "labelId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Address_blogId_fkey" FOREIGN KEY ("blogId") REFERENCES "Blog" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Address_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Address_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Address_postId_idx" ON "Address"("postId");

-- CreateIndex
CREATE INDEX "Address_labelId_idx" ON "Address"("labelId");

-- CreateIndex
CREATE UNIQUE INDEX "Address_blogId_path_key" ON "Address"("blogId", "path");

-- Each post's old address moves to the table. Paths written with a trailing slash or percent
-- escapes would not be found there (lookups use the decoded spelling), so only clean ones move; a
-- path two posts claimed stays with the first.
INSERT OR IGNORE INTO "Address" ("id", "blogId", "path", "postId")
SELECT 'legacy-' || "id", "blogId", "legacyPath", "id" FROM "Post"
WHERE "legacyPath" IS NOT NULL AND "legacyPath" LIKE '/%' AND "legacyPath" NOT LIKE '%/' AND instr("legacyPath", '%') = 0;

-- DropIndex, DropColumn (in place)
DROP INDEX "Post_legacyPath_idx";
ALTER TABLE "Post" DROP COLUMN "legacyPath";

-- Slugs repeat across months (Blogger's do): the address is what is unique, checked by the service.
DROP INDEX "Post_blogId_slug_key";
CREATE INDEX "Post_blogId_slug_idx" ON "Post"("blogId", "slug");

-- AddColumn (in place)
ALTER TABLE "Blog" ADD COLUMN "faviconMediaId" TEXT CONSTRAINT "Blog_faviconMediaId_fkey" REFERENCES "Media" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
