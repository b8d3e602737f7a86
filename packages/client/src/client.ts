import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@crestwood/api";

/**
 * The most calls the client puts in one request: the server refuses larger batches (its
 * API_LIMITS.maxCallsPerBatch in @crestwood/config, checked equal by a unit test).
 */
export const MAX_CALLS_PER_BATCH = 10;

/** The client: one property per router (`post`, `label`, `comment`, `admin`, …), typed from the server. */
export type CrestwoodClient = TRPCClient<AppRouter>;

export interface CrestwoodClientOptions {
  /** The blog's address, e.g. `https://blog.example.org` (the API lives at `/api/trpc` under it). */
  url: string;
  /** An API token (`cw_…`) for writing. Reading published posts, labels and comments needs none. */
  token?: string;
  /** Another fetch (a proxy, a test double, an older runtime); default: the global one. */
  fetch?: typeof globalThis.fetch;
}

/** `https://blog.example.org` and `https://blog.example.org/api/trpc` both name the blog's API. */
export function apiUrl(url: string): string {
  const base = url.replace(/\/+$/, "");
  return base.endsWith("/api/trpc") ? base : `${base}/api/trpc`;
}

/**
 * A typed client for a Crestwood blog: `client.post.list.query({ label: "Intranät" })`,
 * `client.admin.post.create.mutate({ … })`. Inputs and outputs are the server's own types, and
 * dates arrive as `Date` (superjson, as the server sends them).
 */
export function createCrestwoodClient(options: CrestwoodClientOptions): CrestwoodClient {
  const { token } = options;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: apiUrl(options.url),
        transformer: superjson,
        fetch: options.fetch,
        // Long batches of queries go as POST rather than an over-long GET URL.
        maxURLLength: 2000,
        maxItems: MAX_CALLS_PER_BATCH,
        headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
      }),
    ],
  });
}
