-- DropIndex
DROP INDEX "Post_blogId_slug_key";

-- DropIndex
DROP INDEX "Post_legacyPath_idx";

-- AlterTable
ALTER TABLE "Blog" ADD COLUMN     "faviconMediaId" TEXT;

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
    "blogId" INTEGER NOT NULL DEFAULT 1,
    "path" TEXT NOT NULL,
    "postId" TEXT,
    "labelId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Address_postId_idx" ON "Address"("postId");

-- CreateIndex
CREATE INDEX "Address_labelId_idx" ON "Address"("labelId");

-- CreateIndex
CREATE UNIQUE INDEX "Address_blogId_path_key" ON "Address"("blogId", "path");

-- CreateIndex
CREATE INDEX "Post_blogId_slug_idx" ON "Post"("blogId", "slug");

-- AddForeignKey
ALTER TABLE "Blog" ADD CONSTRAINT "Blog_faviconMediaId_fkey" FOREIGN KEY ("faviconMediaId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_blogId_fkey" FOREIGN KEY ("blogId") REFERENCES "Blog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Each post's old address moves to the table (as in the SQLite migration): only clean paths, and
-- a path two posts claimed stays with the first.
INSERT INTO "Address" ("id", "blogId", "path", "postId")
SELECT 'legacy-' || "id", "blogId", "legacyPath", "id" FROM "Post"
WHERE "legacyPath" IS NOT NULL AND "legacyPath" LIKE '/%' AND "legacyPath" NOT LIKE '%/' AND strpos("legacyPath", '%') = 0
ON CONFLICT DO NOTHING;

-- AlterTable
ALTER TABLE "Post" DROP COLUMN "legacyPath";
