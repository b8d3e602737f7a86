/**
 * The rendered-page cache: entries in memory (store.ts), kept exact by the change announcements.
 * Changes arrive two ways: published in this process (the transport, at once) and logged in the
 * database by any process (read on every request when the database says something committed).
 * Scheduled posts need no write: everything expires at the next scheduled publication.
 */
import { affectedBy, CHANGE_LOG_RETENTION_MS, parseStoredChange, type Change, type ChangeTransport } from "@crestwood/api/changes";
import type { DatabaseWatch } from "@crestwood/db/watch";
import { buildEntry, STORABLE_STATUSES, type PageEntry, type RenderedResponse } from "./entry";
import { PageStore } from "./store";

export interface Rendered {
  response: RenderedResponse;
  /** What the render declared it shows; nothing declared means not cacheable. */
  tags: ReadonlySet<string>;
}

export interface PageCacheOptions {
  limitBytes: number;
  watch: DatabaseWatch;
  transport: ChangeTransport;
  /** The per-response placeholder the entries are cut at. */
  placeholder: string;
  now?: () => number;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  stored: number;
  dropped: number;
  entries: number;
  bytes: number;
}

export type FillResult = { kind: "entry"; entry: PageEntry; stored: boolean } | { kind: "uncacheable"; rendered: Rendered } | { kind: "gone" };

function tagsOf(affected: ReturnType<typeof affectedBy>): string[] {
  return affected.all ? [] : affected.tags;
}

export class PageCache {
  readonly store: PageStore<PageEntry>;
  /** Renders in flight, joined only by requests that arrived under the same generation. */
  private readonly pending = new Map<string, { generation: number; result: Promise<FillResult> }>();
  private readonly now: () => number;
  private readonly placeholder: Buffer;
  private nextPublication: number | null = null;
  private lastLook: number;
  private readonly listeners = new Set<(changes: readonly Change[], dropped: number) => void>();
  readonly stats = { hits: 0, misses: 0, stored: 0, dropped: 0 };
  private readonly unsubscribe: () => void;

  constructor(private readonly options: PageCacheOptions) {
    this.store = new PageStore(options.limitBytes);
    this.now = options.now ?? Date.now;
    this.placeholder = Buffer.from(options.placeholder);
    this.lastLook = this.now();
    this.unsubscribe = options.transport.subscribe((changes) => this.apply(changes));
    this.refreshSchedule();
  }

  /** Called on every change applied (after the drop): the secret and policy follow settings. */
  onChanges(listener: (changes: readonly Change[], dropped: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private refreshSchedule(): void {
    this.nextPublication = this.options.watch.nextScheduledPublication(new Date(this.now()))?.getTime() ?? null;
  }

  /** Drops what the changes affect; returns how many entries went. */
  apply(changes: readonly Change[]): number {
    if (changes.length === 0) return 0;
    let dropped: string[];
    if (changes.some((change) => affectedBy(change).all)) dropped = this.store.clear();
    else dropped = this.store.dropTags(changes.flatMap((change) => tagsOf(affectedBy(change))));
    this.stats.dropped += dropped.length;
    // A post saved, scheduled or deleted may move the next scheduled publication.
    if (changes.some((change) => change.type === "post.changed" || change.type === "everything.changed")) this.refreshSchedule();
    for (const listener of this.listeners) listener(changes, dropped.length);
    return dropped.length;
  }

  /**
   * Brings the cache up to date before a lookup: changes other processes logged, a scheduled post
   * whose time has come, and a log not read for so long that rows may have been pruned unseen.
   */
  maintain(): void {
    const now = this.now();
    if (now - this.lastLook > CHANGE_LOG_RETENTION_MS) this.apply([{ type: "everything.changed", reason: "change log not read for a day" }]);
    this.lastLook = now;
    const rows = this.options.watch.readNewChanges();
    if (rows.length > 0) this.apply(rows.map((row) => parseStoredChange(row.change)));
    if (this.nextPublication !== null && now >= this.nextPublication) {
      this.apply([{ type: "everything.changed", reason: "a scheduled post appeared" }]);
      this.refreshSchedule();
    }
  }

  lookup(key: string): PageEntry | undefined {
    const entry = this.store.get(key);
    if (entry) this.stats.hits++;
    return entry;
  }

  /**
   * Renders a missing page once however many readers ask for it at the same moment, and keeps it
   * when it may: a cacheable status, no cookie set, tags declared, and no change applied while it
   * rendered (it might show what the change replaced).
   */
  fill(key: string, minor: boolean, render: () => Promise<Rendered | null>): { result: Promise<FillResult>; leader: boolean } {
    const generation = this.store.generation;
    const running = this.pending.get(key);
    if (running?.generation === generation) return { result: running.result, leader: false };
    this.stats.misses++;
    const result = (async (): Promise<FillResult> => {
      const rendered = await render();
      if (!rendered) return { kind: "gone" };
      const { response, tags } = rendered;
      if (!STORABLE_STATUSES.has(response.status) || response.headers["set-cookie"] !== undefined || tags.size === 0) return { kind: "uncacheable", rendered };
      const entry = await buildEntry({ key, response, tags, minor: minor || response.status !== 200, placeholder: this.placeholder });
      const stored = this.store.generation === generation && this.store.set(entry);
      if (stored) this.stats.stored++;
      return { kind: "entry", entry, stored };
    })().finally(() => {
      if (this.pending.get(key)?.result === result) this.pending.delete(key);
    });
    this.pending.set(key, { generation, result });
    return { result, leader: true };
  }

  snapshot(): PageCacheStats {
    return { ...this.stats, entries: this.store.size, bytes: this.store.bytes };
  }

  close(): void {
    this.unsubscribe();
  }
}
