import type { Change } from "./change";

/**
 * How announcements travel to the page caches listening now. In-process by default (the web
 * app and Crestwood's HTTP server share one process); a transport that crosses instances (e.g.
 * PostgreSQL LISTEN/NOTIFY) replaces it with setChangeTransport. Delivery here is a fast path:
 * the change log in the database (announce.ts) is what guarantees every process sees every change.
 */
export interface ChangeTransport {
  /** Called after the transaction that made the changes committed. */
  publish(changes: readonly Change[]): void;
  /** Returns a function that stops listening. */
  subscribe(listener: (changes: readonly Change[]) => void): () => void;
}

export function createInProcessTransport(): ChangeTransport {
  const listeners = new Set<(changes: readonly Change[]) => void>();
  return {
    publish(changes) {
      for (const listener of listeners) {
        try {
          listener(changes);
        } catch (error) {
          console.error("[changes] a listener failed", error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// On globalThis: the HTTP server's bundle and Next's bundle each carry their own copy of this
// module, yet must meet on one transport.
const KEY = Symbol.for("crestwood.changes.transport");
const slot = globalThis as unknown as Record<typeof KEY, ChangeTransport | undefined>;

export function changeTransport(): ChangeTransport {
  slot[KEY] ??= createInProcessTransport();
  return slot[KEY];
}

export function setChangeTransport(transport: ChangeTransport): void {
  slot[KEY] = transport;
}
