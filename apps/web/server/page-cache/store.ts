/**
 * The page cache's memory: entries by key, least recently used first out, bounded by bytes. Two
 * budgets: the pages readers visit (200s without free-form parameters), and a small one for the
 * rest (search results, arbitrary paging dates, 404s, redirects), which anyone can mint endlessly
 * and which therefore must never push out the first kind. Each entry carries the tags its render
 * declared; dropping by tag is how changes reach the cache.
 */
export interface StoredEntry {
  key: string;
  tags: ReadonlySet<string>;
  /** Bytes counted against the budget. */
  size: number;
  /** Kept in the small budget. */
  minor: boolean;
}

class Budget<E extends StoredEntry> {
  readonly entries = new Map<string, E>();
  bytes = 0;
  constructor(readonly limit: number) {}
}

export class PageStore<E extends StoredEntry> {
  private readonly main: Budget<E>;
  private readonly minor: Budget<E>;
  private readonly byTag = new Map<string, Set<string>>();
  /** Rises whenever entries may have become stale: a render begun before must not be stored. */
  generation = 0;

  constructor(limitBytes: number, minorShare = 0.2) {
    this.minor = new Budget(Math.floor(limitBytes * minorShare));
    this.main = new Budget(limitBytes - this.minor.limit);
  }

  private budget(entry: { minor: boolean }): Budget<E> {
    return entry.minor ? this.minor : this.main;
  }

  get size(): number {
    return this.main.entries.size + this.minor.entries.size;
  }

  get bytes(): number {
    return this.main.bytes + this.minor.bytes;
  }

  /** The entry, now the most recently used. */
  get(key: string): E | undefined {
    for (const budget of [this.main, this.minor]) {
      const entry = budget.entries.get(key);
      if (entry) {
        budget.entries.delete(key);
        budget.entries.set(key, entry);
        return entry;
      }
    }
    return undefined;
  }

  /** Largest entry stored: bigger ones would push out too much to be worth keeping. */
  maxEntrySize(minor: boolean): number {
    return Math.floor((minor ? this.minor.limit : this.main.limit) / 8);
  }

  /** Stores the entry unless it is too big; returns whether it was stored. */
  set(entry: E): boolean {
    this.delete(entry.key);
    const budget = this.budget(entry);
    if (entry.size > this.maxEntrySize(entry.minor)) return false;
    budget.entries.set(entry.key, entry);
    budget.bytes += entry.size;
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(entry.key);
    }
    while (budget.bytes > budget.limit) {
      const oldest = budget.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
    return true;
  }

  delete(key: string): boolean {
    for (const budget of [this.main, this.minor]) {
      const entry = budget.entries.get(key);
      if (!entry) continue;
      budget.entries.delete(key);
      budget.bytes -= entry.size;
      for (const tag of entry.tags) {
        const keys = this.byTag.get(tag);
        keys?.delete(key);
        if (keys?.size === 0) this.byTag.delete(tag);
      }
      return true;
    }
    return false;
  }

  /** Drops every entry carrying any of the tags; returns the keys dropped. */
  dropTags(tags: Iterable<string>): string[] {
    this.generation++;
    const dropped = new Set<string>();
    for (const tag of tags) for (const key of this.byTag.get(tag) ?? []) dropped.add(key);
    for (const key of dropped) this.delete(key);
    return [...dropped];
  }

  /** Drops everything; returns the keys dropped. */
  clear(): string[] {
    this.generation++;
    const keys = [...this.main.entries.keys(), ...this.minor.entries.keys()];
    for (const key of keys) this.delete(key);
    return keys;
  }
}
