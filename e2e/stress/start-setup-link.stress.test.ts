// `pnpm start` on an empty blog prints a one-time setup link (issue 17, hole 8); without it the
// setup page refuses. Runs the real start script: migrate, seed, build (replayed from turbo's
// cache after `pnpm test:stress` built it), then the server.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { freshDatabase, root, stressPort } from "./support/server";

it("pnpm start prints a setup link on an empty blog; /admin/setup refuses without it and offers the form with it", async () => {
  const port = stressPort(3);
  const { url } = freshDatabase("start", { seed: false });
  let output = "";
  const child = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    const link = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no setup link within 10 minutes:\n${output}`)), 600_000);
      const check = () => {
        const found = /(http:\/\/127\.0\.0\.1:\d+\/admin\/setup\?token=[A-Za-z0-9_-]{43})/.exec(output)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`pnpm start exited:\n${output}`));
        } else setTimeout(check, 200);
      };
      check();
    });
    console.log(`[start] pnpm start printed: ${link.replace(/token=.*/, "token=…")}`);

    const without = await (await fetch(`http://127.0.0.1:${port}/admin/setup`)).text();
    expect(without).toContain("pnpm crestwood setup-link");
    expect(without).not.toContain('name="password"');
    const guessed = await (await fetch(`http://127.0.0.1:${port}/admin/setup?token=${"A".repeat(43)}`)).text();
    expect(guessed).not.toContain('name="password"');
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="password"');
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
}, 900_000);
