import { getMediaStorage, handleMediaUpload, maxUploadBytes } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { isCrossSiteRequest } from "~/lib/same-origin";

/** Image uploads from the editor and the media library (multipart/form-data, field "file"). */
export async function POST(req: Request) {
  if (isCrossSiteRequest(req)) {
    return Response.json({ error: { message: "Cross-site requests are not allowed." } }, { status: 403 });
  }
  return handleMediaUpload(req, { db: getDb(), storage: getMediaStorage(), maxBytes: maxUploadBytes() });
}
