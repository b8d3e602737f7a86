/**
 * Runs once when the server starts: a wrong environment variable stops it with a clear message,
 * and Crestwood's own server (apps/web/server, not `next build`) starts the background work:
 * sending mail, mailing followers, emptying the trash.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("@crestwood/config");
    getEnv();
    const global = globalThis as Record<symbol | string, unknown>;
    if (global[Symbol.for("crestwood.server")] && !global.crestwoodBackground) {
      const { startServerBackgroundWork } = await import("@crestwood/api");
      global.crestwoodBackground = startServerBackgroundWork();
    }
  }
}
