import "server-only";
import { notFound } from "next/navigation";

/** Kept in step with apps/web/server/response-status.ts, which creates the store per request. */
const STATUS_STORE = Symbol.for("crestwood.responseStatus");

interface StatusStorage {
  getStore(): { status?: number } | undefined;
}

/**
 * Makes this response a 404 (nothing here) or 410 (deleted) while the page still renders its own
 * body, so readers without JavaScript and crawlers get the blog's page. Under another server than
 * Crestwood's (plain `next start`) it falls back to Next's notFound(): right status, thinner body.
 */
export function answerWithStatus(status: 404 | 410): void {
  const store = ((globalThis as Record<symbol, unknown>)[STATUS_STORE] as StatusStorage | undefined)?.getStore();
  if (!store) notFound();
  store.status = status;
}
