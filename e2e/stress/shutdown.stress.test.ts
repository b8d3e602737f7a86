// Graceful shutdown (issue 17, "Faults and load"): on SIGTERM the server stops accepting, lets
// the request in flight finish, closes the database (SQLite checkpoints its WAL) and exits 0.
import { existsSync, statSync } from "node:fs";
import net from "node:net";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer, stressPort, type RunningServer } from "./support/server";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer("shutdown", { port: stressPort(2) });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

it("SIGTERM: the request in flight finishes, new connections are refused, the database is closed, exit 0", async () => {
  // Something for the database to checkpoint at the end.
  const warmUp = await fetch(`${server.origin}/2009/02/`);
  expect(warmUp.status).toBe(200);
  expect(existsSync(`${server.databaseFile}-wal`)).toBe(true);

  // A comment whose body is still arriving: in flight when the signal comes.
  const body = JSON.stringify({ json: { postId: "ingen-sadan", authorName: "Sen", body: "Kommer fram till slut." } });
  const half = Math.floor(body.length / 2);
  let answer = "";
  const socket = net.connect(server.port, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.on("data", (chunk) => (answer += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.write(`POST /api/trpc/comment.create HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`);
  await new Promise((resolve) => setTimeout(resolve, 500));

  const started = Date.now();
  server.process.kill("SIGTERM");
  // Once the server says it is stopping, it has stopped listening.
  for (let waited = 0; !server.output().includes("SIGTERM: finishing requests in flight") && waited < 30_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await connects(server.port)).toBe(false);
  expect(server.process.exitCode).toBeNull();

  socket.end(body.slice(half));
  await closed;
  const exitCode = await server.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(`[shutdown] in-flight request answered "${answer.split("\r\n")[0]}", exit code ${exitCode} after ${seconds.toFixed(1)} s; WAL left: ${existsSync(`${server.databaseFile}-wal`) ? statSync(`${server.databaseFile}-wal`).size : "none"}`);

  // The request finished with a real answer (the post does not exist: 404), not a reset.
  expect(answer).toMatch(/^HTTP\/1\.1 404 /);
  expect(exitCode).toBe(0);
  // The database was closed: the last connection checkpointed and removed the WAL file.
  expect(existsSync(`${server.databaseFile}-wal`) ? statSync(`${server.databaseFile}-wal`).size : 0).toBe(0);
  const sqlite = new Database(server.databaseFile, { readonly: true });
  expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  sqlite.close();
}, 120_000);
