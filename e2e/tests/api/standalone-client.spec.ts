// @crestwood/client outside this repository: packed as a tarball, installed with npm into an
// empty folder elsewhere, type-checked and run against the e2e server. Proves the package needs
// none of the server's packages (only @trpc/client, @trpc/server's types, superjson).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { findRepoRoot } from "@crestwood/db";

const root = findRepoRoot(import.meta.dirname);

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 180_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const consumer = `
import { createCrestwoodClient, toCrestwoodError, type RouterOutputs } from "@crestwood/client";

declare const process: { env: Record<string, string | undefined> };
const blog = createCrestwoodClient({ url: process.env.CRESTWOOD_URL! });
const { posts } = await blog.post.list.query({ limit: 1 });
const publishedAt: Date = posts[0]!.publishedAt;
const labels: RouterOutputs["label"]["list"] = await blog.label.list.query();
// @ts-expect-error a title is a string
const wrong: number = posts[0]!.title;
const refused = await blog.admin.post.list.query({}).then(() => null, toCrestwoodError);
console.log(JSON.stringify({ isDate: publishedAt instanceof Date, labels: labels.length > 0, refused: refused?.code, wrong: typeof wrong }));
`;

test("the packed client installs, type-checks and runs outside the workspace", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), "crestwood-consumer-"));
  try {
    run("pnpm", ["--filter", "@crestwood/client", "pack", "--pack-destination", work], root);
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
    expect(tarball).toBeTruthy();

    writeFileSync(join(work, "package.json"), JSON.stringify({ private: true, type: "module", dependencies: { "@crestwood/client": `file:./${tarball}` } }));
    run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], work);
    for (const serverPackage of ["@crestwood/api", "@crestwood/db", "@prisma/client", "zod", "next"]) {
      expect(existsSync(join(work, "node_modules", serverPackage)), serverPackage).toBe(false);
    }

    writeFileSync(join(work, "consumer.ts"), consumer);
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", lib: ["ES2022", "DOM", "ESNext.Disposable"], module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: false, types: [] }, files: ["consumer.ts"] }),
    );
    // The workspace's TypeScript, pointed at the folder: it resolves only what npm installed there.
    run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], work);

    const output = run(process.execPath, ["consumer.js"], work, { CRESTWOOD_URL: baseURL! });
    expect(JSON.parse(output)).toEqual({ isDate: true, labels: true, refused: "UNAUTHORIZED", wrong: "string" });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
