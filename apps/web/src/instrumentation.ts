/** Runs once when the server starts: a wrong PUBLIC_URL stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { configuredPublicUrl } = await import("@crestwood/api");
    configuredPublicUrl();
  }
}
