/**
 * The two HTTP endpoints of media, as plain Request → Response functions the web app's route
 * handlers call (POST /api/media, GET /media/<name>). The cross-site guard stays in the app, with
 * the other mutations' guard.
 */
import type { Db } from "@crestwood/db";
import { resolveCaller } from "../auth/caller";
import { AppError, httpStatusOf } from "../errors";
import { uploadMedia } from "../services/media";
import { formatMegabytes } from "./config";
import type { MediaStorage } from "./storage";
import { parseVariantName } from "./variants";

/** Room for the multipart boundaries and the other fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

function errorResponse(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status });
}

function tooLarge(maxBytes: number): Response {
  return errorResponse(413, `The file is larger than the ${formatMegabytes(maxBytes)} accepted.`);
}

/** The body, or null once it passes `cap` bytes (the rest is not read). */
async function readCapped(request: Request, cap: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/**
 * POST multipart/form-data with `file` (and optional `alt`, `caption`) from a signed-in author.
 * 201 with the new image, 200 when the same file was uploaded before; 401, 400, 413, 415 with a
 * message a person can act on.
 */
export async function handleMediaUpload(request: Request, options: { db: Db; storage: MediaStorage; maxBytes: number }): Promise<Response> {
  let caller;
  try {
    caller = await resolveCaller(options.db, request.headers);
  } catch (error) {
    // An unknown, revoked or expired API token: 401 with the reason, as over /api/trpc.
    if (error instanceof AppError) return errorResponse(httpStatusOf(error), error.message);
    throw error;
  }
  if (!caller) return errorResponse(401, "Sign in to upload images.");

  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > options.maxBytes + MULTIPART_OVERHEAD) return tooLarge(options.maxBytes);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return errorResponse(415, "Send the image as multipart/form-data with the file in the field “file”.");
  }
  const body = await readCapped(request, options.maxBytes + MULTIPART_OVERHEAD);
  if (!body) return tooLarge(options.maxBytes);

  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return errorResponse(400, "The upload could not be read as a form: send multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return errorResponse(400, "Choose an image to upload (the form field “file” is missing).");
  if (file.size > options.maxBytes) return tooLarge(options.maxBytes);

  try {
    const media = await uploadMedia(options.db, options.storage, {
      bytes: Buffer.from(await file.arrayBuffer()),
      fileName: file instanceof File ? file.name : "image",
      alt: field(form, "alt"),
      caption: field(form, "caption"),
      uploadedById: caller.user.id,
      maxBytes: options.maxBytes,
    });
    return Response.json(media, { status: media.created ? 201 : 200 });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(httpStatusOf(error), error.message);
    if (error instanceof Error && error.name === "ZodError") return errorResponse(400, "The alt text or caption is too long.");
    throw error;
  }
}

/**
 * GET a stored file. Names carry the content hash, so a URL's bytes never change: cached for a
 * year as immutable, with the name as ETag for revalidation.
 */
export async function handleMediaFile(request: Request, name: string, storage: MediaStorage): Promise<Response> {
  const parsed = parseVariantName(name);
  const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  if (!parsed) return notFound();
  const etag = `"${name.replace(/\.[a-z]+$/, "")}"`;
  const headers = {
    "content-type": parsed.contentType,
    "cache-control": "public, max-age=31536000, immutable",
    etag,
    "x-content-type-options": "nosniff",
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*")) {
    if (await storage.exists(name)) return new Response(null, { status: 304, headers });
    return notFound();
  }
  const data = await storage.get(name);
  if (!data) return notFound();
  return new Response(request.method === "HEAD" ? null : new Uint8Array(data), { status: 200, headers: { ...headers, "content-length": String(data.length) } });
}
