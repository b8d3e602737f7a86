import { DEFAULT_FAVICON_SVG } from "~/lib/default-favicon";

/** Crestwood's own icon, used until the owner chooses one (Settings → Blog icon). */
export function GET() {
  return new Response(DEFAULT_FAVICON_SVG, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
