import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { captureResponse } from "./response-capture";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
// What Next's router puts on every response after the server's capture (next.config's compress).
const compress = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** Writes as Next's route handlers do: head, one chunk, and waits for "drain" when told to. */
async function writeLikeNext(res: ServerResponse, body: Buffer): Promise<void> {
  let drained: () => void = () => undefined;
  res.on("drain", () => drained());
  res.statusCode = 200;
  res.setHeader("content-type", "application/atom+xml");
  res.flushHeaders();
  if (!res.write(body)) await new Promise<void>((resolve) => (drained = resolve));
  res.end();
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<string> {
  const server = createServer((req, res) => void handler(req, res));
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe("captureResponse", () => {
  it("lets a response it does not collect through whole, under Next's compression and backpressure", async () => {
    const body = Buffer.alloc(200_000, "a");
    const url = await serve(async (req, res) => {
      delete req.headers["accept-encoding"];
      const captured = captureResponse(res, () => false);
      compress()(req, res, () => undefined);
      await writeLikeNext(res, body);
      expect(await captured).toBeNull();
    });
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(body.length);
  });

  it("collects a response whole and leaves sending it to the caller", async () => {
    const url = await serve(async (req, res) => {
      delete req.headers["accept-encoding"];
      const captured = captureResponse(res, () => true);
      compress()(req, res, () => undefined);
      const written = writeLikeNext(res, Buffer.from("<p>hej</p>"));
      const collected = await captured;
      res.writeHead(203, { "content-type": "text/plain" }).end(`${collected?.status} ${collected?.body.toString()}`);
      await written;
    });
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(203);
    expect(await response.text()).toBe("200 <p>hej</p>");
  });
});
