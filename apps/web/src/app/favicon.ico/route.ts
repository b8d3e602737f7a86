import { getApi } from "~/trpc/server";

/**
 * Browsers and feed readers ask for /favicon.ico whatever the page says: send them to the icon in
 * use (the owner's image, or Crestwood's own), so the request never ends in a 404.
 */
export async function GET(request: Request) {
  const icon = await (await getApi()).blog.favicon();
  return Response.redirect(new URL(icon?.url ?? "/favicon.svg", request.url), 302);
}
