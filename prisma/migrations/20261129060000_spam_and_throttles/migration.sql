-- Issue 17: atomic rate-limit counters (replacing the per-attempt SignInAttempt rows), known
-- devices (sign-in during a guessing attack), one-time setup links, and the comment spam
-- settings and duplicate check. Columns are added in place (ADD COLUMN): no table is rebuilt.

-- DropIndex
DROP INDEX "SignInAttempt_key_createdAt_idx";

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "dedupeKey" TEXT;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "SignInAttempt";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "KnownDevice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "ipHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KnownDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SetupToken" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- AddColumn (in place, as the media migration does: no table rebuild)
ALTER TABLE "Blog" ADD COLUMN "commentMaxLinks" INTEGER NOT NULL DEFAULT 2;
ALTER TABLE "Blog" ADD COLUMN "commentBlocklist" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Blog" ADD COLUMN "akismetKey" TEXT;

-- CreateIndex
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

-- CreateIndex
CREATE UNIQUE INDEX "KnownDevice_tokenHash_key" ON "KnownDevice"("tokenHash");

-- CreateIndex
CREATE INDEX "KnownDevice_userId_ipHash_idx" ON "KnownDevice"("userId", "ipHash");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_postId_dedupeKey_key" ON "Comment"("postId", "dedupeKey");
