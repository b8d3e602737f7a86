/**
 * The server process's background work, on a timer: send the outbox, queue mail to followers
 * about new posts, empty the trash of what is older than 30 days. Every step is safe to run on
 * several instances at once (claims and conditional updates in the database), so each instance
 * simply runs its own worker. Nothing here is on a request's path.
 */
import type { Db } from "@crestwood/db";
import { getBlog } from "../services/blog";
import { drainOutbox } from "../mail/outbox";
import { mailSender } from "../mail/sender";
import type { MailTransport } from "../mail/transport";

export interface BackgroundStep {
  name: string;
  /** Least time between two runs of this step. */
  everyMs: number;
  run(db: Db, now: Date): Promise<unknown>;
}

export interface BackgroundWorkOptions {
  db: Db;
  transport: MailTransport;
  /** How often the worker wakes up. */
  intervalMs?: number;
  /** Steps besides sending mail (followers' mail, trash). */
  steps?: BackgroundStep[];
  log?: Pick<Console, "error" | "log">;
}

export interface BackgroundWork {
  /** One round now (tests; the timer calls it too). Never overlaps a round in progress. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

export function startBackgroundWork(options: BackgroundWorkOptions): BackgroundWork {
  const { db, transport } = options;
  const log = options.log ?? console;
  const lastRun = new Map<string, number>();
  let running: Promise<void> | null = null;
  let stopped = false;

  async function round() {
    const now = new Date();
    for (const step of options.steps ?? []) {
      if (now.getTime() - (lastRun.get(step.name) ?? 0) < step.everyMs) continue;
      lastRun.set(step.name, now.getTime());
      try {
        await step.run(db, now);
      } catch (error) {
        log.error(`[background] ${step.name} failed`, error);
      }
    }
    try {
      const blog = await getBlog(db);
      const result = await drainOutbox(db, transport, { from: mailSender(blog.title) });
      if (result.sent || result.retrying || result.failed) {
        log.log(`[mail] sent ${result.sent}, retrying ${result.retrying}, failed ${result.failed} (${transport.description.kind === "files" ? `files in ${transport.description.dir}` : `SMTP ${transport.description.host}`})`);
      }
    } catch (error) {
      log.error("[background] sending mail failed", error);
    }
  }

  function tick(): Promise<void> {
    if (stopped) return Promise.resolve();
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  }

  const timer = setInterval(() => void tick(), options.intervalMs ?? 5_000);
  // The timer alone never keeps the process alive (a CLI or a test can exit).
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
