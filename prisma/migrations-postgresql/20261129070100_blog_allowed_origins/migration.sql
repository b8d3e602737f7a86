-- Origins the owner allows on reader pages (Settings), for their Content-Security-Policy.
ALTER TABLE "Blog" ADD COLUMN "allowedOrigins" TEXT NOT NULL DEFAULT '';
