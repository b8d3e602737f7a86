// What the page cache is compared with, measured in the same run on the same machine: a plain
// node:http server sending the same bytes from memory (the practical limit here), and a page
// Next prerendered at build time and serves from its own cache.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startProcess, type Running } from "./server";

/** A node:http server answering every request with these bytes and headers. */
export async function startPlainServer(dir: string, port: number, body: Buffer, headers: Record<string, string>): Promise<Running> {
  mkdirSync(dir, { recursive: true });
  const bodyFile = join(dir, "plain-body.bin");
  writeFileSync(bodyFile, body);
  const script = `
    const { createServer } = require("node:http");
    const body = require("node:fs").readFileSync(${JSON.stringify(bodyFile)});
    const headers = ${JSON.stringify({ ...headers, "content-length": String(body.length) })};
    createServer((req, res) => { res.writeHead(200, headers); res.end(body); }).listen(${port}, "127.0.0.1");`;
  return startProcess(["-e", script], { cwd: dir, port });
}

/** Builds the minimal Next app (once; kept under next-static/.next) and serves it with `next start`. */
export async function startNextStatic(benchDir: string, port: number): Promise<Running> {
  const appDir = join(benchDir, "next-static");
  const nextBin = createRequire(join(benchDir, "package.json")).resolve("next/dist/bin/next");
  if (!existsSync(join(appDir, ".next", "BUILD_ID"))) {
    console.log("  building the Next baseline page (once)…");
    const built = spawnSync(process.execPath, [nextBin, "build", appDir], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new Error("Building the Next baseline failed.");
  }
  return startProcess([nextBin, "start", appDir, "-p", String(port), "-H", "127.0.0.1"], { cwd: appDir, port });
}
