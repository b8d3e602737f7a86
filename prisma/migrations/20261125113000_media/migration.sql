-- Uploaded images (see the Media model in schema.prisma) and a post's featured image.
--
-- Post's new column is added with ALTER TABLE ... ADD COLUMN instead of the table rebuild Prisma's
-- diff proposes (create new_Post, copy, drop, rename): SQLite adds a nullable column with a
-- foreign key in place, and a rebuild would silently drop any trigger on "Post" (such as a
-- full-text index's). A fresh `pnpm db:migration:new` after this one finds nothing to change.

-- CreateTable
CREATE TABLE "Media" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL DEFAULT '',
    "variants" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Media_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AddColumn (in place: no rebuild of "Post", its triggers stay)
ALTER TABLE "Post" ADD COLUMN "featuredMediaId" TEXT CONSTRAINT "Post_featuredMediaId_fkey" REFERENCES "Media" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Post_featuredMediaId_idx" ON "Post"("featuredMediaId");

-- CreateIndex
CREATE UNIQUE INDEX "Media_hash_key" ON "Media"("hash");

-- CreateIndex
CREATE INDEX "Media_createdAt_idx" ON "Media"("createdAt");
