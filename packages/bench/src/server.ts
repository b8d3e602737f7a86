// Processes the benchmark measures: Crestwood's server (the production build), and the baselines.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Running {
  url: string;
  process: ChildProcess;
  /** Resident memory now, in MB (Linux; null elsewhere). */
  rssMb(): number | null;
  /** CPU time the process has used so far, in ms (Linux; null elsewhere). */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The process for ${url} exited (${child.exitCode}).`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

function procStatus(pid: number | undefined) {
  if (!pid) return null;
  try {
    return { status: readFileSync(`/proc/${pid}/status`, "utf8"), stat: readFileSync(`/proc/${pid}/stat`, "utf8") };
  } catch {
    return null;
  }
}

/** Starts `node args…` and waits until `readyPath` answers on `port`. */
export async function startProcess(args: string[], options: { cwd: string; port: number; env?: Record<string, string>; readyPath?: string }): Promise<Running> {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(options.port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(`${url}${options.readyPath ?? "/"}`, child);
  return {
    url,
    process: child,
    rssMb() {
      const kb = /VmRSS:\s+(\d+)/.exec(procStatus(child.pid)?.status ?? "")?.[1];
      return kb ? Number(kb) / 1024 : null;
    },
    cpuMs() {
      const stat = procStatus(child.pid)?.stat;
      if (!stat) return null;
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      return (ticks * 1000) / 100;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

/** Crestwood's production server (apps/web/dist/server.mjs) on a database. */
export function startCrestwood(root: string, databaseUrl: string, port: number, pageCacheMb: number): Promise<Running> {
  return startProcess([join(root, "apps/web/dist/server.mjs")], {
    cwd: join(root, "apps/web"),
    port,
    env: { DATABASE_URL: databaseUrl, PAGE_CACHE_MB: String(pageCacheMb), PUBLIC_URL: "" },
    readyPath: "/robots.txt",
  });
}
