import { getMediaStorage, handleMediaFile } from "@crestwood/api";

/** Uploaded images' variants: content-hashed names, cached by browsers and proxies for a year. */
export async function GET(req: Request, { params }: RouteContext<"/media/[name]">) {
  const { name } = await params;
  return handleMediaFile(req, name, getMediaStorage());
}
