// A real SMTP server on loopback for integration tests (nodemailer's smtp-server), keeping every
// message it accepts, parsed by mailparser, so tests assert on what a mail client would see.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { Db } from "@crestwood/db";
import { simpleParser, type ParsedMail } from "mailparser";

export interface TestSmtpServer {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Messages to `address` (case-insensitive). */
  to(address: string): ParsedMail[];
  /** Refuse the next `count` messages with a temporary error (451), to test retries. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Loopback in a test: no certificate to offer, so no STARTTLS.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "blog" && auth.password === "secret") callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            messages.push(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://blog:secret@127.0.0.1:${port}`,
    port,
    messages,
    to: (address) => messages.filter((message) => {
      const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
      return to.some((group) => group.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase()));
    }),
    refuseNext(count) {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Sends everything the outbox holds to the test server, as the server's worker would. Its clock
 * runs far ahead by default, so mail queued at a simulated later time is due too.
 */
export async function deliverOutbox(db: Db, smtp: TestSmtpServer, now: () => Date = () => new Date(Date.now() + 400 * 86_400_000)) {
  const { createSmtpTransport } = await import("../src/mail/transport");
  const { drainOutbox } = await import("../src/mail/outbox");
  const transport = createSmtpTransport(new URL(smtp.url));
  try {
    return await drainOutbox(db, transport, { from: { name: "Testblogg", address: "blogg@example.com" }, now, batchSize: 500 });
  } finally {
    transport.close();
  }
}

/** The first link in a message's text part whose address starts with `prefix`. */
export function linkIn(message: ParsedMail | undefined, prefix: string): string {
  const link = message?.text?.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`No link starting with ${prefix} in:\n${message?.text ?? "(no message)"}`);
  return link;
}
