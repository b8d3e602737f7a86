/**
 * Where mail goes: an SMTP server (SMTP_URL), or, with none configured (the embedded default),
 * `.eml` files in a folder, so a fresh install shows what it would send. Both through nodemailer,
 * so a file holds exactly the message an SMTP server would have received.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import nodemailer from "nodemailer";
import { findRepoRoot, getEnv, type EnvSource } from "@crestwood/config";

export interface OutgoingMail {
  /** An address, or a name and address (nodemailer encodes names outside ASCII). */
  from: string | { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export type MailTransportDescription = { kind: "smtp"; host: string; port: number; secure: boolean } | { kind: "files"; dir: string };

export interface MailTransport {
  readonly description: MailTransportDescription;
  /** Sends (or writes) one message; rejects when the server refuses it or cannot be reached. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/**
 * The folder for `.eml` files: `outbox/` beside the SQLite file (`data/outbox/` by default), as
 * media lives beside it, so one folder holds the whole blog.
 */
export function resolveOutboxDir(source?: EnvSource): string {
  const database = getEnv(source).DATABASE_URL;
  if (database.provider === "sqlite" && database.url !== ":memory:") return join(dirname(database.url), "outbox");
  return join(findRepoRoot(), "data", "outbox");
}

function toNodemailer(mail: OutgoingMail) {
  return { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers };
}

export function createSmtpTransport(url: URL): MailTransport {
  const secure = url.protocol === "smtps:";
  const port = Number(url.port || (secure ? 465 : 587));
  // smtp:// upgrades with STARTTLS whenever the server offers it (nodemailer's default).
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // A server that hangs must not hold the outbox worker for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    description: { kind: "smtp", host: url.hostname, port, secure },
    async send(mail) {
      const info = await transporter.sendMail(toNodemailer(mail));
      return { messageId: String(info.messageId) };
    },
    close: () => transporter.close(),
  };
}

export function createFileTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    description: { kind: "files", dir },
    async send(mail) {
      const info = await transporter.sendMail(toNodemailer(mail));
      await mkdir(dir, { recursive: true });
      // Sortable by time; written under a temporary name and renamed, so no half file is ever seen.
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
      const temporary = join(dir, `.${name}.tmp`);
      try {
        await writeFile(temporary, info.message as Buffer, { flag: "wx" });
        await rename(temporary, join(dir, name));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { messageId: String(info.messageId) };
    },
    close: () => transporter.close(),
  };
}

/** The transport the environment asks for. */
export function createMailTransport(source?: EnvSource): MailTransport {
  const env = getEnv(source);
  return env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : createFileTransport(resolveOutboxDir(source));
}

/** What the admin shows about mail, without opening any connection. */
export function describeMailTransport(source?: EnvSource): MailTransportDescription {
  const env = getEnv(source);
  if (!env.SMTP_URL) return { kind: "files", dir: resolveOutboxDir(source) };
  const secure = env.SMTP_URL.protocol === "smtps:";
  return { kind: "smtp", host: env.SMTP_URL.hostname, port: Number(env.SMTP_URL.port || (secure ? 465 : 587)), secure };
}
