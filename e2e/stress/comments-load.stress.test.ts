// 1,000 comments posted at once from 50 client addresses, through a trusted proxy's
// X-Forwarded-For (issue 17, "Faults and load"): every one is either stored or refused with
// 429 + Retry-After, and what was acknowledged is exactly what is stored.
import http from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb } from "@crestwood/db";
import { startServer, stressPort, type RunningServer } from "./support/server";

const COMMENTS = 1000;
const ADDRESSES = 50;
const FLOOD_MAX = 5;

let server: RunningServer;
beforeAll(async () => {
  // The test is the blog's proxy (on loopback): it says who each reader is.
  server = await startServer("comments-load", { port: stressPort(1), env: { TRUST_PROXY: "loopback" } });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number;
  error?: string;
  retryAfter: string | undefined;
  id: string | null;
  ms: number;
}

function post(agent: http.Agent, body: string, address: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      `${server.origin}/api/trpc/comment.create`,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-forwarded-for": address } },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => {
          const id = response.statusCode === 200 ? ((JSON.parse(text) as { result: { data: { json: { id: string } } } }).result.data.json.id ?? null) : null;
          resolve({ status: response.statusCode ?? 0, retryAfter: response.headers["retry-after"], id, ms: performance.now() - started });
        });
      },
    );
    request.on("error", (error) => resolve({ status: 0, error: error.message, retryAfter: undefined, id: null, ms: performance.now() - started }));
    request.end(body);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

it(`${COMMENTS} comments at once from ${ADDRESSES} addresses: each stored or 429 with Retry-After; stored = acknowledged`, async () => {
  const list = (await (await fetch(`${server.origin}/api/trpc/post.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`)).json()) as {
    result: { data: { json: { posts: { id: string }[] } } };
  };
  const postId = list.result.data.json.posts[0]?.id ?? "";
  const tokenAnswer = (await (await fetch(`${server.origin}/api/trpc/comment.formToken`)).json()) as { result: { data: { json: { formToken: string; usableAfterSeconds: number } } } };
  const { formToken, usableAfterSeconds } = tokenAnswer.result.data.json;
  await new Promise((resolve) => setTimeout(resolve, (usableAfterSeconds + 1) * 1000));

  const db = createDb(server.databaseUrl);
  const before = new Set((await db.comment.findMany({ where: { postId }, select: { id: true } })).map((row) => row.id));
  // All 1,000 are sent at once; 50 connections carry them (one per reader, as browsers would),
  // each request on a fresh connection so none races the server's keep-alive timeout.
  const agent = new http.Agent({ keepAlive: false, maxSockets: ADDRESSES });
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: COMMENTS }, (_, i) => {
      const address = `198.18.${Math.floor(i % ADDRESSES / 250)}.${(i % ADDRESSES) + 1}`;
      const body = JSON.stringify({ json: { postId, authorName: `Läsare ${i % ADDRESSES}`, body: `Kommentar nummer ${i} från ${address}`, formToken } });
      return post(agent, body, address);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  const stored = answers.filter((answer) => answer.status === 200);
  const refused = answers.filter((answer) => answer.status === 429);
  const other = answers.filter((answer) => answer.status !== 200 && answer.status !== 429);
  const rows = (await db.comment.findMany({ where: { postId }, select: { id: true, ipHash: true } })).filter((row) => !before.has(row.id));
  await db.$disconnect();
  const latencies = answers.map((answer) => answer.ms);
  console.log(
    `[load] ${COMMENTS} comments from ${ADDRESSES} addresses in ${seconds.toFixed(1)} s (${(COMMENTS / seconds).toFixed(0)}/s): ` +
      `${stored.length} stored, ${refused.length} refused with 429, ${other.length} other; ` +
      `${rows.length} new rows; latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );

  if (other.length > 0) console.log(`[load] not answered: ${[...new Set(other.map((answer) => answer.error ?? answer.status))].join(", ")}`);
  expect(other).toEqual([]);
  expect(refused.every((answer) => Number(answer.retryAfter) > 0)).toBe(true);
  // Acknowledged is stored, and nothing else is.
  expect(new Set(rows.map((row) => row.id))).toEqual(new Set(stored.map((answer) => answer.id)));
  // Each address got its flood allowance per minute, no more (the run may span two windows).
  const windows = Math.ceil(seconds / 60) + 1;
  const perAddress = new Map<string, number>();
  for (const row of rows) perAddress.set(row.ipHash ?? "", (perAddress.get(row.ipHash ?? "") ?? 0) + 1);
  expect(perAddress.size).toBe(ADDRESSES);
  expect(Math.max(...perAddress.values())).toBeLessThanOrEqual(FLOOD_MAX * windows);
  expect(stored.length).toBeGreaterThanOrEqual(ADDRESSES * FLOOD_MAX);
}, 600_000);
