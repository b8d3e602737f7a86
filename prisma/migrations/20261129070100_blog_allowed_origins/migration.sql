-- Origins the owner allows on reader pages (Settings), for their Content-Security-Policy. Added in
-- place: Prisma's diff proposes rebuilding "Blog", which a plain ADD COLUMN makes unnecessary.
ALTER TABLE "Blog" ADD COLUMN "allowedOrigins" TEXT NOT NULL DEFAULT '';
