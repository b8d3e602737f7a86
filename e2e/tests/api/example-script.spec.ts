// examples/src/create-post.ts, run exactly as the README says, against the e2e server.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { findRepoRoot } from "@crestwood/db";
import { createAuthorWithToken, e2eDb } from "../../factories/db";

function runExample(env: Record<string, string | undefined>) {
  const root = findRepoRoot(import.meta.dirname);
  const { CRESTWOOD_URL: _url, CRESTWOOD_TOKEN: _token, ...inherited } = process.env;
  const result = spawnSync("pnpm", ["--silent", "--filter", "@crestwood/examples", "start"], {
    cwd: join(root),
    env: { ...inherited, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("the example script creates a post with labels, publishes it and reads it back", async ({ baseURL, request }) => {
  test.setTimeout(90_000);
  const { user, token } = await createAuthorWithToken();
  const result = runExample({ CRESTWOOD_URL: baseURL, CRESTWOOD_TOKEN: token });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const path = result.stdout.match(/^Published "Hello from a script [^"]+" on \S+: (http\S+) \(labels: API, Scripts\)$/m)?.[1];
  expect(path, result.stdout).toBeTruthy();

  const post = await e2eDb().post.findFirstOrThrow({ where: { authorId: user.id }, include: { labels: { include: { label: true } } } });
  expect(post.status).toBe("published");
  expect(post.labels.map(({ label }) => label.name).sort()).toEqual(["API", "Scripts"]);
  expect((await request.get(path!)).status()).toBe(200);
});

test("the example script says what is missing without CRESTWOOD_URL and CRESTWOOD_TOKEN", async () => {
  test.setTimeout(90_000);
  const result = runExample({});
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/Set CRESTWOOD_URL .* and CRESTWOOD_TOKEN/);
});
