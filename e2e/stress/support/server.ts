// Crestwood's real server for stress tests: a fresh database of its own (migrated, demo content
// loaded) under tmp/stress/, the production build on a port of its own, stopped by the test.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "@crestwood/config";

export const root = findRepoRoot(import.meta.dirname);

/** Ports: STRESS_PORT and the few above it (one per test file; files run one at a time). */
export function stressPort(offset: number): number {
  return Number(process.env.STRESS_PORT ?? 3190) + offset;
}

export interface RunningServer {
  origin: string;
  port: number;
  databaseFile: string;
  databaseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
}

export function freshDatabase(name: string, options: { seed?: boolean } = {}): { file: string; url: string } {
  const dir = join(root, "tmp", "stress");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  const url = `file:${file}`;
  const env = { ...process.env, DATABASE_URL: url };
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run(["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "packages/db/scripts/migrate.ts"]);
  if (options.seed !== false) run(["--import", "tsx", "prisma/seed/index.ts"]);
  return { file, url };
}

export async function startServer(name: string, options: { port: number; env?: Record<string, string>; seed?: boolean }): Promise<RunningServer> {
  const built = join(root, "apps", "web", "dist", "server.mjs");
  if (!existsSync(built)) throw new Error("Build the web app first (pnpm test:stress does).");
  const { file, url } = freshDatabase(name, { seed: options.seed });
  let output = "";
  const child = spawn(process.execPath, [built], {
    cwd: join(root, "apps", "web"),
    env: { ...process.env, DATABASE_URL: url, PORT: String(options.port), HOST: "127.0.0.1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const check = () => {
      if (output.includes("Crestwood is listening")) {
        clearTimeout(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`server exited:\n${output}`));
      } else setTimeout(check, 100);
    };
    check();
  });
  return {
    origin: `http://127.0.0.1:${options.port}`,
    port: options.port,
    databaseFile: file,
    databaseUrl: url,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
