import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { unique } from "../../test/factories";
import { composeMail } from "./compose";
import { OUTBOX, drainOutbox, enqueueMail } from "./outbox";
import { createFileTransport, createMailTransport, createSmtpTransport } from "./transport";

let testDb: TestDb;
let smtp: TestSmtpServer;
beforeAll(async () => {
  [testDb, smtp] = await Promise.all([createTestDb(), startTestSmtpServer()]);
});
afterAll(async () => {
  await Promise.all([testDb.cleanup(), smtp.close()]);
});

const from = { name: "Bloggen Åkerö", address: "blogg@example.com" };

function mail(to: string, subject = "Hej") {
  return {
    kind: "test",
    to,
    headers: { "List-Unsubscribe": "<https://blog.example/unsubscribe?t=1>" },
    ...composeMail({ language: "sv" as const, subject, blocks: [{ type: "paragraph", text: "Åtta <b>öar</b> & en brygga" }, { type: "action", label: "Öppna", url: "https://blog.example/x?a=1&b=2" }], footer: [{ type: "small", text: "Liten text" }] }),
  };
}

describe("the outbox", () => {
  it("sends queued mail through SMTP with a text and an HTML part, then forgets the body", async () => {
    const to = `${unique("reader")}@example.org`;
    const { id } = await enqueueMail(testDb.db, mail(to, "Hej\r\nBcc: evil@example.org"));
    const transport = createMailTransport({ SMTP_URL: smtp.url });
    const result = await drainOutbox(testDb.db, transport, { from });
    transport.close();
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const [received] = smtp.to(to);
    expect(received?.subject).toBe("Hej Bcc: evil@example.org");
    expect(received?.from?.value[0]).toEqual({ name: "Bloggen Åkerö", address: "blogg@example.com" });
    expect(received?.text).toContain("Åtta <b>öar</b> & en brygga");
    expect(received?.text).toContain("https://blog.example/x?a=1&b=2");
    expect(received?.html).toContain("Åtta &lt;b&gt;öar&lt;/b&gt; &amp; en brygga");
    expect(received?.html).toContain('href="https://blog.example/x?a=1&amp;b=2"');
    expect(received?.headerLines.find((line) => line.key === "list-unsubscribe")?.line).toBe("List-Unsubscribe: <https://blog.example/unsubscribe?t=1>");
    expect(smtp.messages.some((message) => JSON.stringify(message.to).includes("evil@"))).toBe(false);
    const row = await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", text: "", html: "", attempts: 1, lockedUntil: null });
  });

  it("retries a refused message later, with growing waits, and gives up after the last attempt", async () => {
    const to = `${unique("retry")}@example.org`;
    const { id } = await enqueueMail(testDb.db, mail(to));
    const transport = createSmtpTransport(new URL(smtp.url));
    let now = new Date();
    const clock = () => now;
    smtp.refuseNext(1);
    await drainOutbox(testDb.db, transport, { from, now: clock });
    let row = await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/Try again later/);
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(OUTBOX.backoffSeconds[0] * 1000);

    // Not due yet: nothing happens.
    await drainOutbox(testDb.db, transport, { from, now: clock });
    expect(smtp.to(to)).toHaveLength(0);

    now = new Date(row.nextAttemptAt.getTime() + 1);
    await drainOutbox(testDb.db, transport, { from, now: clock });
    expect(smtp.to(to)).toHaveLength(1);
    row = await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 2 });

    const doomed = await enqueueMail(testDb.db, mail(`${unique("doomed")}@example.org`), now);
    for (let attempt = 1; attempt <= OUTBOX.maxAttempts; attempt++) {
      smtp.refuseNext(1);
      await drainOutbox(testDb.db, transport, { from, now: clock });
      const current = await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id: doomed.id } });
      now = new Date(current.nextAttemptAt.getTime() + 1);
    }
    const failed = await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id: doomed.id } });
    expect(failed).toMatchObject({ status: "failed", attempts: OUTBOX.maxAttempts });
    expect(failed.text).not.toBe("");
    transport.close();
  });

  it("sends a message once when several workers drain at the same time", async () => {
    const to = `${unique("once")}@example.org`;
    for (let i = 0; i < 10; i++) await enqueueMail(testDb.db, mail(to, `Nr ${i}`));
    const transports = [0, 1, 2].map(() => createSmtpTransport(new URL(smtp.url)));
    const results = await Promise.all(transports.map((transport) => drainOutbox(testDb.db, transport, { from })));
    for (const transport of transports) transport.close();
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(10);
    const subjects = smtp.to(to).map((message) => message.subject).sort();
    expect(subjects).toEqual([...Array(10).keys()].map((i) => `Nr ${i}`).sort());
  });

  it("writes .eml files when no SMTP server is configured", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crestwood-outbox-"));
    try {
      const to = `${unique("file")}@example.org`;
      await enqueueMail(testDb.db, mail(to));
      const transport = createFileTransport(dir);
      await drainOutbox(testDb.db, transport, { from });
      const files = readdirSync(dir).filter((name) => name.endsWith(".eml"));
      const mine = files.map((name) => readFileSync(join(dir, name), "utf8")).filter((text) => text.includes(to));
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatch(/Content-Type: multipart\/alternative/);
      expect(mine[0]).toMatch(/text\/html/);
      expect(files.every((name) => !name.startsWith("."))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
