import { getApi } from "~/trpc/server";

/**
 * Browsers and feed readers ask for /favicon.ico whatever the page says: send them to the icon in
 * use (the owner's image, or Crestwood's own), so the request never ends in a 404. The Location is
 * relative: the request's URL inside Next names Next's own host, not the one the reader used.
 */
export async function GET() {
  const icon = await (await getApi()).blog.favicon();
  return new Response(null, { status: 302, headers: { Location: icon?.url ?? "/favicon.svg", "Cache-Control": "public, max-age=3600" } });
}
