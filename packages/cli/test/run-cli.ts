import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// Each run starts Node and compiles the CLI with both Prisma clients (SQLite's and PostgreSQL's):
// one to two seconds, ten times that on a machine shared by many test runs. Allow for a busy machine.
export const SPAWNS_TIMEOUT = 180_000;
const BIN = fileURLToPath(new URL("../bin/crestwood.mjs", import.meta.url));

/** Runs `crestwood args…` against the database at `databaseUrl`, as a person would from a shell. */
export function runCli(databaseUrl: string, args: string[], input = "") {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same, inside the test's process: no Node start-up or compilation per call, for the many
 * small cases (bad arguments, help). What the command prints is captured, as a shell would see it.
 */
export async function runCliInProcess(databaseUrl: string, args: string[]) {
  const { main } = await import("../src/main");
  const out: string[] = [];
  const err: string[] = [];
  const capture = (sink: string[]) => (chunk: unknown) => {
    sink.push(String(chunk));
    return true;
  };
  const saved = { url: process.env.DATABASE_URL, log: console.log, error: console.error, stdout: process.stdout.write, stderr: process.stderr.write };
  process.env.DATABASE_URL = databaseUrl;
  console.log = (...parts: unknown[]) => out.push(`${parts.join(" ")}\n`);
  console.error = (...parts: unknown[]) => err.push(`${parts.join(" ")}\n`);
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  try {
    const code = await main(["node", "crestwood", ...args]);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    Object.assign(console, { log: saved.log, error: saved.error });
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.url;
  }
}
