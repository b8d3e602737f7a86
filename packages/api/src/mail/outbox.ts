/**
 * The outbox: mail is queued in the database inside the request that causes it (so no request
 * waits for an SMTP server) and sent by a worker in the server process. Several instances may run
 * workers on one database: each row is claimed with a conditional UPDATE that only one of them
 * can win, and a claim that is never finished (a crash) runs out and is taken again.
 */
import type { Db, Prisma } from "@crestwood/db";
import type { ComposedMail } from "./compose";
import type { MailTransport, OutgoingMail } from "./transport";

export const OUTBOX = {
  /** Waits after the 1st, 2nd, ... failed attempt; the last one repeats. */
  backoffSeconds: [60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 6 * 60 * 60],
  /** Attempts before a message is given up on (status failed, shown in the admin). */
  maxAttempts: 8,
  /** How long a claim holds: longer than any send may take (see the SMTP timeouts). */
  leaseSeconds: 3 * 60,
  batchSize: 20,
} as const;

export interface QueuedMail extends ComposedMail {
  /** What the mail is, for the admin's list (password-reset, comment-notice, ...). */
  kind: string;
  to: string;
  headers?: Record<string, string>;
}

/** Queues a mail to be sent as soon as the worker gets to it. Runs inside the caller's transaction if given one. */
export async function enqueueMail(db: Db | Prisma.TransactionClient, mail: QueuedMail, now = new Date()) {
  return db.outboxMessage.create({
    data: {
      kind: mail.kind,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: JSON.stringify(mail.headers ?? {}),
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
}

export function backoffAfter(attempts: number): number {
  const waits = OUTBOX.backoffSeconds;
  return waits[Math.min(Math.max(attempts, 1), waits.length) - 1] ?? waits[waits.length - 1] ?? 60;
}

/** Takes one row for this worker, or reports that another worker (or instance) has it. */
async function claim(db: Db, id: string, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: "pending", nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { lockedUntil: new Date(now.getTime() + OUTBOX.leaseSeconds * 1000), attempts: { increment: 1 } },
  });
  return count === 1;
}

function parseHeaders(json: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!parsed || typeof parsed !== "object") return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

export interface DrainResult {
  sent: number;
  retrying: number;
  failed: number;
}

export interface DrainOptions {
  from: OutgoingMail["from"];
  now?: () => Date;
  batchSize?: number;
}

/** Sends what is due, one batch. Returns what happened; never throws for a refused message. */
export async function drainOutbox(db: Db, transport: MailTransport, options: DrainOptions): Promise<DrainResult> {
  const clock = options.now ?? (() => new Date());
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
  const startedAt = clock();
  const due = await db.outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: startedAt }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: startedAt } }] },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: options.batchSize ?? OUTBOX.batchSize,
    select: { id: true },
  });
  for (const { id } of due) {
    if (!(await claim(db, id, clock()))) continue;
    const row = await db.outboxMessage.findUnique({ where: { id } });
    if (!row) continue;
    try {
      await transport.send({ from: options.from, to: row.to, subject: row.subject, text: row.text, html: row.html, headers: parseHeaders(row.headers) });
      // The body goes once delivered: a reset link must not stay readable in the database.
      await db.outboxMessage.update({ where: { id }, data: { status: "sent", sentAt: clock(), lockedUntil: null, lastError: null, text: "", html: "" } });
      result.sent++;
    } catch (error) {
      const giveUp = row.attempts >= OUTBOX.maxAttempts;
      await db.outboxMessage.update({
        where: { id },
        data: giveUp
          ? { status: "failed", lockedUntil: null, lastError: errorText(error) }
          : { lockedUntil: null, lastError: errorText(error), nextAttemptAt: new Date(clock().getTime() + backoffAfter(row.attempts) * 1000) },
      });
      if (giveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** The admin's view of the outbox: counts and the latest messages (never their bodies). */
export async function outboxSummary(db: Db, limit = 20) {
  const [counts, recent] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, kind: true, to: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
    }),
  ]);
  const count = (status: "pending" | "sent" | "failed") => counts.find((row) => row.status === status)?._count._all ?? 0;
  return { pending: count("pending"), sent: count("sent"), failed: count("failed"), recent };
}

/** Puts a failed message back in the queue (the owner fixed SMTP_URL, say). */
export async function retryOutboxMessage(db: Db, id: string, now = new Date()) {
  const { count } = await db.outboxMessage.updateMany({ where: { id, status: "failed" }, data: { status: "pending", attempts: 0, nextAttemptAt: now, lastError: null } });
  return count === 1;
}
