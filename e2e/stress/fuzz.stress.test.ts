// Property-based fuzzing of the running server (issue 17, "Faults and load"): every procedure's
// input over /api/trpc (anonymous and as the owner), then raw malformed HTTP against /api/trpc,
// the feeds, the media routes and the reader pages. Never a 5xx, never an internal message.
import { createHash, randomBytes } from "node:crypto";
import net from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@crestwood/api";
import { createDb } from "@crestwood/db";
import { startServer, stressPort, type RunningServer } from "./support/server";

/** What an internal error would leak: SQL, driver messages, stack traces, source paths. */
const INTERNAL = /SQLITE_|queryRaw|PrismaClient|prisma\.|unterminated|\bat [\w.<>]+ \(|node_modules|TypeError|ReferenceError|RangeError|Maximum call stack/;

let server: RunningServer;
let ownerCookie = "";
const tally = { cases: 0, requests: 0, fiveHundreds: 0, leaks: 0 };
const failures: string[] = [];

beforeAll(async () => {
  server = await startServer("fuzz", { port: stressPort(0) });
  const db = createDb(server.databaseUrl);
  const owner = await db.user.create({ data: { email: "fuzz-owner@example.org", name: "Fuzz", role: "owner" } });
  const token = randomBytes(32).toString("base64url");
  await db.session.create({ data: { userId: owner.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 86_400_000) } });
  await db.$disconnect();
  ownerCookie = `crestwood_session=${token}`;
}, 180_000);

afterAll(async () => {
  const exit = await server?.stop();
  console.log(`[fuzz] ${tally.cases} cases tried, ${tally.requests} requests, ${tally.fiveHundreds} answered 5xx, ${tally.leaks} carried an internal message (server exit ${exit})`);
  if (failures.length > 0) console.log(`[fuzz] first failures:\n${failures.slice(0, 10).join("\n")}`);
});

function record(label: string, status: number, body: string): boolean {
  tally.requests += 1;
  const bad = status >= 500;
  const leak = INTERNAL.test(body);
  if (bad) tally.fiveHundreds += 1;
  if (leak) tally.leaks += 1;
  if (bad || leak) failures.push(`${status} ${label}: ${body.slice(0, 300)}`);
  return !bad && !leak;
}

async function send(label: string, path: string, init: RequestInit = {}): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(`${server.origin}${path}`, { redirect: "manual", ...init });
  } catch (error) {
    failures.push(`no answer ${label}: ${String(error)}`);
    return false;
  }
  return record(label, response.status, await response.text());
}

// ------------------------------------------------------------------------------------------
// Inputs: JSON values that break naive code
// ------------------------------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const nasty = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "%00",
  "%ff",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '"*',
  "NEAR(",
  "9".repeat(400),
  "x".repeat(5000),
  "🎉".repeat(100),
  "javascript:alert(1)",
  "http://",
  "1.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "__proto__",
  "constructor",
);
const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: loneSurrogate, maxLength: 4 }), nasty);
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 1e-320));
const leaf = fc.oneof(text, number, fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(text, tie("node"), { maxKeys: 4 })),
})).node;

/** The keys a procedure's zod object input names, so values land on real fields. */
function inputKeys(path: string): string[] {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[path];
  const schema = procedure?._def.inputs[0] as { shape?: Record<string, unknown> } | undefined;
  return schema?.shape ? Object.keys(schema.shape) : [];
}

function inputFor(path: string) {
  const keys = inputKeys(path);
  const shaped = keys.length > 0 ? fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] }) : fc.constant(undefined);
  return fc.oneof(shaped, shaped, value, fc.constant(undefined));
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(([path, procedure]) => ({ path, type: procedure._def.type }));

async function call(path: string, type: string, input: unknown, cookie?: string): Promise<boolean> {
  const headers: Record<string, string> = cookie ? { cookie, origin: server.origin } : {};
  const payload = JSON.stringify({ json: input === undefined ? null : input });
  if (type === "query") return send(`GET ${path} ${payload.slice(0, 120)}`, `/api/trpc/${path}?input=${encodeURIComponent(payload)}`, { headers });
  return send(`POST ${path} ${payload.slice(0, 120)}`, `/api/trpc/${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: payload });
}

describe("every procedure's input", () => {
  it("found the procedures", () => {
    expect(procedures.length).toBeGreaterThan(40);
  });

  for (const who of ["anonymous", "owner"] as const) {
    it(`as ${who}: arbitrary inputs never get a 5xx or an internal message`, async () => {
      for (const { path, type } of procedures) {
        // Signing out would end the owner's session for the rest of the run; anonymous callers try it.
        if (who === "owner" && path.startsWith("auth.signOut")) continue;
        await fc.assert(
          fc.asyncProperty(inputFor(path), async (input) => {
            tally.cases += 1;
            return call(path, type, input, who === "owner" ? ownerCookie : undefined);
          }),
          { numRuns: Number(process.env.FUZZ_RUNS ?? 20), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
        );
      }
      expect(failures).toEqual([]);
    }, 900_000);
  }
});

// ------------------------------------------------------------------------------------------
// Raw malformed HTTP
// ------------------------------------------------------------------------------------------

/** A request written byte by byte on a socket: what no HTTP client library would send. */
function rawExchange(bytes: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    let text = "";
    const socket = net.connect(server.port, "127.0.0.1", () => socket.end(bytes));
    socket.on("data", (chunk) => (text += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text }));
    setTimeout(() => socket.destroy(), 15_000);
  });
}

const TARGETS = [
  "/api/trpc/comment.create",
  "/api/trpc/post.list",
  "/api/trpc/post.search,post.bySlug?batch=1",
  "/api/trpc/admin.post.update",
  "/api/media",
  "/media/abc.webp",
  "/feeds/posts/default",
  "/feeds/comments/default?alt=rss",
  "/feeds/posts/default/-/Intran%C3%A4t",
  "/2009/02/sociala-medier-pa-myndigheters-intranat.html",
  "/2009/02/",
  "/search?q=intran%C3%A4t",
  "/search/label/Intran%C3%A4t",
  "/admin/sign-in",
];

const deep = (n: number) => `{"json":${"[".repeat(n)}${"]".repeat(n)}}`;
const BODIES: [string, string | Buffer][] = [
  ["truncated JSON", '{"json":{"postId":"x","body":'],
  ["a bare bracket", "["],
  ["deep nesting ×10,000", deep(10_000)],
  ["deep objects ×5,000", `{"json":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}`],
  ["huge number", '{"json":{"limit":1e999999,"before":"9'.concat("9".repeat(500), '"}}')],
  ["NUL bytes", Buffer.from('{"json":{"q":"a\u0000b"}}\u0000\u0000')],
  ["invalid UTF-8", Buffer.concat([Buffer.from('{"json":{"body":"'), Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80, 0xc0, 0xaf]), Buffer.from('"}}')])],
  ["escaped lone surrogates", '{"json":{"authorName":"\\ud800","body":"\\udfff"}}'],
  ["superjson meta tricks", '{"json":{"a":1},"meta":{"values":{"a":["Date"],"__proto__":["map"]}}}'],
  ["prototype pollution", '{"__proto__":{"polluted":true},"json":{"constructor":{"prototype":{"x":1}}}}'],
  ["batch with the wrong shape", '{"0":{"json":1},"7":"x","-1":null}'],
  ["XML", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'],
  ["empty", ""],
];
const CONTENT_TYPES = ["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=utf-7", "image/png"];

describe("raw malformed HTTP", () => {
  it("bodies of every bad kind, with every content type, on every route: never a 5xx", async () => {
    for (const path of TARGETS) {
      for (const [name, body] of BODIES) {
        for (const type of CONTENT_TYPES) {
          tally.cases += 1;
          await send(`POST ${path} ${name} as ${type}`, path, { method: "POST", headers: { "content-type": type, origin: server.origin }, body: typeof body === "string" ? body : new Uint8Array(body) });
        }
      }
      for (const method of ["GET", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]) {
        tally.cases += 1;
        await send(`${method} ${path}`, path, { method, headers: method === "GET" || method === "HEAD" ? {} : { "content-type": "application/json" }, body: method === "GET" || method === "HEAD" ? undefined : "{}" });
      }
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it("odd addresses and query strings: never a 5xx", async () => {
    const paths = [
      "/%ff.html",
      "/2009/02/%E0%A4%A.html",
      "/2009/02/%00.html",
      "/2009/13/x.html",
      "/99999999999999999999/01/x.html",
      "/2009/02/" + "x".repeat(3000) + ".html",
      "/p/%00.html",
      "/search/label/%ff",
      "/search/label/" + "%2F".repeat(50),
      "/search?q=%ff%fe",
      "/search?q=" + "a".repeat(10_000),
      "/search?updated-max=%00&max-results=-1",
      "/?updated-max=not-a-date&max-results=99999999999999999999",
      "/feeds/%00/comments/default",
      "/feeds/posts/default?alt=%00&max-results=1e999",
      "/feeds/posts/default/-/%ff",
      "/media/..%2f..%2fetc%2fpasswd",
      "/media/%00",
      "/api/trpc/post.list?input=%7B",
      "/api/trpc/post.list?input=%ff",
      "/api/trpc/post.list?input=" + encodeURIComponent(deep(5000)),
      "/api/trpc/post.list,post.list?batch=1&input=%5B1%2C2%5D",
      "/api/trpc/post.list?batch=1&input=" + encodeURIComponent('{"0":{"json":{"limit":"NaN"}},"1":{}}'),
      "/api/trpc/" + Array.from({ length: 11 }, () => "post.list").join(",") + "?batch=1",
      "/api/trpc/nope.nothing",
      "/api/trpc/__proto__",
      "/api/trpc/constructor.prototype",
      "/api/health?x=%00",
      "/admin/sign-in?next=%00%ff",
      "/admin/setup?token=" + "%ff".repeat(100),
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom("", "crestwood_session=%ff", "crestwood_session=" + "a".repeat(5000), "crestwood_device=%01%ff"), async (path, cookie) => {
        tally.cases += 1;
        return send(`GET ${path.slice(0, 120)} cookie=${cookie.slice(0, 30)}`, path, { headers: cookie ? { cookie } : {} });
      }),
      { numRuns: 200, endOnFailure: true },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 60 }), async (q) => {
        tally.cases += 1;
        return send(`GET /search?q=${JSON.stringify(q)}`, `/search?q=${encodeURIComponent(q)}`);
      }),
      { numRuns: 100, endOnFailure: true },
    );
    expect(failures).toEqual([]);
  }, 900_000);

  it("requests no HTTP client would write: Node's parser or the app refuses them with 4xx", async () => {
    const port = server.port;
    const requests = [
      "GET / HTTP/1.1\r\nHost: \u0000evil\r\n\r\n",
      `POST /api/trpc/comment.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      `POST /api/trpc/comment.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: -1\r\n\r\n`,
      `POST /api/trpc/comment.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 99999999999999999999999\r\n\r\n{}`,
      `POST /api/trpc/comment.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
      `GET /${"a".repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${"b".repeat(70_000)}\r\n\r\n`,
      `GET /search?q=a%00b HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: crestwood_session=\u00ff\u00fe\r\n\r\n`,
      "GARBAGE\r\n\r\n",
      `GET / HTTP/9.9\r\nHost: x\r\n\r\n`,
    ];
    for (const request of requests) {
      tally.cases += 1;
      const { status, text } = await rawExchange(Buffer.from(request, "latin1"));
      // 0: the parser hung up without an answer, which is a refusal too.
      record(`raw ${JSON.stringify(request.slice(0, 80))}`, status, text);
    }
    expect(failures).toEqual([]);
    // And the server is still there.
    const health = await fetch(`${server.origin}/api/health`);
    expect(health.status).toBe(200);
  }, 300_000);
});
