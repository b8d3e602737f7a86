import { getMediaStorage, handleImportStart, maxUploadBytes } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { isCrossSiteRequest } from "~/lib/same-origin";

/** Starts a checked import (the "Import" button of /admin/import/<id>). */
export async function POST(req: Request, { params }: RouteContext<"/api/import/[id]/start">) {
  if (isCrossSiteRequest(req)) return new Response("Cross-site requests are not allowed.", { status: 403 });
  const { id } = await params;
  return handleImportStart(req, id, { db: getDb(), storage: getMediaStorage(), maxImageBytes: maxUploadBytes() });
}
