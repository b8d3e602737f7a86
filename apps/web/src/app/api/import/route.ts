import { handleImportUpload } from "@crestwood/api";
import { getEnv } from "@crestwood/config";
import { getDb } from "@crestwood/db";
import { isCrossSiteRequest } from "~/lib/same-origin";

/** The Blogger export uploaded from /admin/import (multipart/form-data, field "file"). */
export async function POST(req: Request) {
  if (isCrossSiteRequest(req)) return new Response("Cross-site requests are not allowed.", { status: 403 });
  return handleImportUpload(req, { db: getDb(), maxBytes: getEnv().IMPORT_MAX_UPLOAD_MB * 1024 * 1024 });
}
