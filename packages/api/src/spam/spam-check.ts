/**
 * An outside opinion on whether a comment is spam. Optional and never required: a checker that
 * fails, times out or is not configured leaves the comment to the blog's own rules
 * (spam/signals.ts and the comment policy). Akismet is the one implementation; others (a
 * self-hosted classifier) implement the same interface.
 */
export interface SpamCheckInput {
  /** The blog's public address, e.g. https://blog.example.com. */
  blogUrl: string;
  /** The post's absolute address. */
  permalink: string;
  language: string;
  clientIp: string | null;
  userAgent: string | null;
  referrer: string | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
}

/** "unknown": the checker could not say (down, slow, misconfigured); treat as not spam. */
export type SpamVerdict = "spam" | "ham" | "unknown";

export interface SpamCheck {
  readonly name: string;
  check(comment: SpamCheckInput): Promise<SpamVerdict>;
}

export interface AkismetOptions {
  apiKey: string;
  /** Where Akismet's REST API lives; a test points it at a local stub. */
  endpoint?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export const AKISMET_ENDPOINT = "https://rest.akismet.com/1.1";

/**
 * Akismet's comment-check (https://akismet.com/developers/detailed-docs/comment-check/): a form
 * post answered with "true" (spam) or "false" (ham); anything else is an error (e.g. "invalid"
 * for a bad key, with the reason in X-akismet-debug-help).
 */
export class AkismetSpamCheck implements SpamCheck {
  readonly name = "Akismet";
  private readonly endpoint: string;
  private readonly timeoutMs: number;
  private readonly fetch: typeof globalThis.fetch;

  constructor(private readonly options: AkismetOptions) {
    this.endpoint = (options.endpoint ?? AKISMET_ENDPOINT).replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async check(comment: SpamCheckInput): Promise<SpamVerdict> {
    const form = new URLSearchParams({
      api_key: this.options.apiKey,
      blog: comment.blogUrl,
      permalink: comment.permalink,
      comment_type: "comment",
      comment_author: comment.authorName,
      comment_content: comment.body,
      comment_date_gmt: comment.createdAt.toISOString(),
      blog_lang: comment.language,
      blog_charset: "UTF-8",
    });
    if (comment.clientIp) form.set("user_ip", comment.clientIp);
    if (comment.userAgent) form.set("user_agent", comment.userAgent);
    if (comment.referrer) form.set("referrer", comment.referrer);
    if (comment.authorUrl) form.set("comment_author_url", comment.authorUrl);
    try {
      const response = await this.fetch(`${this.endpoint}/comment-check`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "Crestwood/0.1 | Akismet" },
        body: form,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const answer = (await response.text()).trim();
      if (response.ok && answer === "true") return "spam";
      if (response.ok && answer === "false") return "ham";
      console.warn(`[spam] Akismet answered ${response.status} "${answer.slice(0, 40)}"${response.headers.get("x-akismet-debug-help") ? `: ${response.headers.get("x-akismet-debug-help")}` : ""}; the comment is judged without it.`);
    } catch (error) {
      console.warn(`[spam] Akismet could not be reached (${error instanceof Error ? error.message : String(error)}); the comment is judged without it.`);
    }
    return "unknown";
  }
}
