/** Runs once when the server starts: a wrong environment variable stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("@crestwood/config");
    getEnv();
  }
}
