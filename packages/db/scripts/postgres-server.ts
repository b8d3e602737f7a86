// PostgreSQL for tests and scripts that need a server of their own: a throwaway cluster (initdb +
// postgres on 127.0.0.1, a free port, data in a temporary folder) run as an unprivileged user,
// since PostgreSQL refuses to run as root. Used by the integration tests, `pnpm db:migration:new`
// (its scratch database) and `pnpm bench`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { findPostgresBin } from "./find-postgres-bin";

export { findPostgresBin };
import { getEnv } from "@crestwood/config";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** As root, the server runs as this user (Debian's package creates `postgres`; else `nobody`). */
function unprivilegedUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ["postgres", "nobody"]) {
    const id = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (id.status === 0 && gid.status === 0) return { name, uid: Number(id.stdout), gid: Number(gid.stdout) };
  }
  throw new Error("Running as root with neither a `postgres` nor a `nobody` user: PostgreSQL refuses to run as root.");
}

export interface ThrowawayPostgres {
  /** Connection string of the `postgres` database (superuser, no password, 127.0.0.1). */
  url: string;
  stop(): Promise<void>;
}

/** Starts a throwaway cluster; resolves once it accepts connections. */
export async function startThrowawayPostgres(bin: string): Promise<ThrowawayPostgres> {
  const user = unprivilegedUser();
  const dir = mkdtempSync(join(tmpdir(), "crestwood-pg-"));
  const data = join(dir, "data");
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  // Started as that user directly (not through runuser), so signals reach postgres itself.
  const identity = user ? { uid: user.uid, gid: user.gid } : {};
  const initResult = spawnSync(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], {
    encoding: "utf8",
    cwd: dir,
    ...identity,
  });
  if (initResult.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${initResult.stdout}\n${initResult.stderr}`);
  }
  const port = await freePort();
  const args = [
    "-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1",
    // Throwaway data: durability only costs time here.
    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300",
  ];
  const server: ChildProcess = spawn(join(bin, "postgres"), args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"], ...identity });
  let log = "";
  server.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGINT"); // "fast" shutdown
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return { url, stop };
    } catch (error) {
      await client.end().catch(() => {});
      if (server.exitCode !== null || attempt > 100) {
        await stop();
        throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}\n${log}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** `url` with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Runs SQL on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export interface PostgresServer {
  /** Connection string of a maintenance database on the server (superuser or CREATEDB rights). */
  url: string;
  /** Where it came from, for messages. */
  source: "POSTGRES_TEST_URL" | "DATABASE_URL" | "throwaway";
  /** Stops the server when it was started for this process; no-op otherwise. */
  release(): Promise<void>;
}

/**
 * A PostgreSQL server to make scratch databases on: POSTGRES_TEST_URL, else DATABASE_URL's server
 * when it is PostgreSQL, else a throwaway cluster when the server binaries are installed; null
 * when none of these is there (callers say what they skip, or fail if POSTGRES_REQUIRED).
 */
export async function findPostgresServer(options: { allowDatabaseUrl?: boolean } = {}): Promise<PostgresServer | null> {
  const env = getEnv();
  if (env.POSTGRES_TEST_URL) return { url: env.POSTGRES_TEST_URL, source: "POSTGRES_TEST_URL", release: async () => {} };
  if (options.allowDatabaseUrl && env.DATABASE_URL.provider === "postgresql") {
    return { url: withDatabase(env.DATABASE_URL.url, "postgres"), source: "DATABASE_URL", release: async () => {} };
  }
  const bin = env.POSTGRES_BIN ?? findPostgresBin();
  if (!bin) return null;
  const server = await startThrowawayPostgres(bin);
  return { url: server.url, source: "throwaway", release: server.stop };
}

export const NO_POSTGRES_MESSAGE =
  "No PostgreSQL server: set POSTGRES_TEST_URL (a server where databases may be created), or install PostgreSQL's server " +
  "(Debian: apt-get install postgresql) for a throwaway one.";

/** Creates a database for `work` and drops it afterwards, whatever happens. */
export async function withScratchDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>, template?: string): Promise<T> {
  const name = `crestwood_scratch_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}`));
  try {
    return await work(withDatabase(serverUrl, name));
  } finally {
    await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
  }
}
