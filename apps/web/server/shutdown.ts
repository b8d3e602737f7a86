import type { Server } from "node:http";

interface Closeable {
  close(): Promise<void> | void;
}

/**
 * SIGTERM (a deploy, a container stop) and SIGINT (Ctrl-C): stop accepting connections, let the
 * requests in flight finish (up to `graceMs`), close idle keep-alive sockets at once, then close
 * the database so SQLite checkpoints its WAL cleanly. A second signal exits at once.
 */
export function installGracefulShutdown(server: Server, resources: () => Closeable[], graceMs = 10_000): { stopping: () => boolean } {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`\n${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: finishing requests in flight, then stopping.`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    await closed;
    clearTimeout(timer);
    for (const resource of resources()) {
      try {
        await resource.close();
      } catch (error) {
        console.error("While stopping:", error);
      }
    }
    process.exit(0);
  };
  process.on("SIGTERM", (signal) => void stop(signal));
  process.on("SIGINT", (signal) => void stop(signal));
  return { stopping: () => stopping };
}
