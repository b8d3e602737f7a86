/**
 * The upload and start endpoints of /admin/import (POST /api/import, POST /api/import/<id>/start)
 * as plain Request → Response functions the web app's route handlers call. Forms post here and
 * get a 303 back to the pages, so the admin works without JavaScript.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import type { Db } from "@crestwood/db";
import { resolveCaller } from "../auth/caller";
import { AppError } from "../errors";
import { formatMegabytes } from "../media/config";
import { resolveMediaDir, type MediaStorage } from "../media/storage";
import { createImportJob, startImportJob } from "./jobs";

/** Uploaded exports wait here (beside the media folder) until they are imported or refused. */
export function importUploadsDir(): string {
  return join(dirname(resolveMediaDir()), "imports");
}

const back = (path: string, message?: string) =>
  new Response(null, { status: 303, headers: { location: message ? `${path}?error=${encodeURIComponent(message)}` : path } });

async function owner(db: Db, request: Request) {
  const caller = await resolveCaller(db, request.headers);
  return caller?.user.role === "owner" ? caller.user : null;
}

class TooLarge extends Error {}

/** Streams the multipart field "file" to disk, never holding it in memory; refuses it past `maxBytes`. */
async function saveUpload(request: Request, dir: string, maxBytes: number): Promise<{ fileName: string; filePath: string } | null> {
  if (!request.body) return null;
  const headers = Object.fromEntries(request.headers.entries());
  const parser = busboy({ headers, limits: { files: 1, fileSize: maxBytes, fields: 10 } });
  let saved: Promise<{ fileName: string; filePath: string }> | null = null;
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || saved) {
      stream.resume();
      return;
    }
    const fileName = basename(info.filename || "export.xml").replace(/[\p{Cc}]/gu, "").slice(0, 200) || "export.xml";
    const filePath = join(dir, "upload");
    let truncated = false;
    stream.on("limit", () => (truncated = true));
    saved = pipeline(stream, createWriteStream(filePath)).then(() => {
      if (truncated) throw new TooLarge();
      return { fileName, filePath };
    });
  });
  await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), parser);
  return saved;
}

export async function handleImportUpload(request: Request, options: { db: Db; maxBytes: number; dir?: string }): Promise<Response> {
  const user = await owner(options.db, request);
  if (!user) return back("/admin/import", "Only the blog's owner can import.");
  const declared = Number(request.headers.get("content-length"));
  const tooLarge = `The file is larger than the ${formatMegabytes(options.maxBytes)} accepted here (IMPORT_MAX_UPLOAD_MB); import it with \`pnpm crestwood import blogger <file>\` instead.`;
  if (Number.isFinite(declared) && declared > options.maxBytes + 64 * 1024) return back("/admin/import", tooLarge);
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return back("/admin/import", "Choose the export file to upload.");
  const dir = join(options.dir ?? importUploadsDir(), randomUUID());
  await mkdir(dir, { recursive: true });
  let upload;
  try {
    upload = await saveUpload(request, dir, options.maxBytes);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof TooLarge) return back("/admin/import", tooLarge);
    return back("/admin/import", "The upload did not arrive whole: try again.");
  }
  if (!upload) {
    await rm(dir, { recursive: true, force: true });
    return back("/admin/import", "Choose the export file to upload.");
  }
  const id = await createImportJob(options.db, { ...upload, userId: user.id });
  return back(`/admin/import/${id}`);
}

export async function handleImportStart(request: Request, id: string, options: { db: Db; storage: MediaStorage; maxImageBytes: number }): Promise<Response> {
  const user = await owner(options.db, request);
  if (!user) return back("/admin/import", "Only the blog's owner can import.");
  const form = await request.formData().catch(() => null);
  const images = form?.get("images") === "download";
  try {
    await startImportJob(options.db, id, { storage: options.storage, images: images ? { maxBytes: options.maxImageBytes, timeoutMs: 20_000 } : null });
  } catch (error) {
    if (error instanceof AppError) return back(`/admin/import/${encodeURIComponent(id)}`, error.message);
    throw error;
  }
  return back(`/admin/import/${encodeURIComponent(id)}`);
}
