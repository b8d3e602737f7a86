/**
 * The blog's settings the server itself needs (the secret that signs form tokens, the origins the
 * owner allows on reader pages), read from the database once and again after a settings change.
 */
import type { Change } from "@crestwood/api/changes";
import type { WatchedBlogSettings } from "@crestwood/db/watch";
import { readerPolicy } from "./security-headers";

export class BlogSettings {
  private value: (WatchedBlogSettings & { policy: string }) | null = null;

  constructor(private readonly read: () => WatchedBlogSettings | null) {}

  /** Announced changes: settings (or everything) changed, so read them again on the next response. */
  follow(changes: readonly Change[]): void {
    if (changes.some((change) => change.type === "settings.changed" || change.type === "everything.changed")) this.value = null;
  }

  /** The settings, or null before the blog exists (then asked again next time). */
  private current() {
    if (!this.value) {
      const read = this.read();
      if (read) this.value = { ...read, policy: readerPolicy({ extraOrigins: read.allowedOrigins }) };
    }
    return this.value;
  }

  secret(): string | null {
    return this.current()?.secret ?? null;
  }

  /** Reader pages' Content-Security-Policy, with the origins the owner allows. */
  readerPolicy(): string {
    return this.current()?.policy ?? readerPolicy();
  }
}
