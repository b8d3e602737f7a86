import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { parseDatabaseUrl } from "./database-url";
import { parseMediaStorage } from "./media-storage";
import { findRepoRoot } from "./repo-root";
import { parseTrustProxy } from "./trust-proxy";

/**
 * Every environment variable Crestwood reads, in one place: parsed, typed and checked together,
 * so a wrong value stops the server at start-up with one message naming every problem, instead of
 * failing later on the request that happens to need it. Documented in README.md ("Configuration").
 */

/** Empty and whitespace-only values mean "not set", as they do in most .env files. */
const optionalText = z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined), z.string().optional());

/** Runs a parser that throws a readable message, and turns the message into a zod issue. */
function via<T>(parse: (raw: string | undefined) => T) {
  return optionalText.transform((raw, ctx): T => {
    try {
      return parse(raw);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  });
}

function numberIn(name: string, { min, max, fallback, integer }: { min: number; max: number; fallback: number; integer?: boolean }) {
  return (raw: string | undefined): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
      throw new Error(`${name}=${raw}: expected ${integer ? "a whole number" : "a number"} from ${min} to ${max}.`);
    }
    return value;
  };
}

const ZPublicUrl = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// address, e.g. https://blog.example.com" })
  .transform((value) => new URL(value))
  .refine((url) => (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash && !url.username, {
    error: "must be the blog's origin only (e.g. https://blog.example.com), without path, query or credentials",
  });

/** PUBLIC_URL, validated; null when unset. */
export function parsePublicUrl(raw: string | undefined): URL | null {
  if (raw === undefined || raw.trim() === "") return null;
  const parsed = ZPublicUrl.safeParse(raw.trim());
  if (!parsed.success) throw new Error(`PUBLIC_URL="${raw}" ${parsed.error.issues[0]?.message ?? "is not a URL"}.`);
  return parsed.data;
}

function parseFolder(name: string) {
  return (raw: string | undefined): string | null => {
    if (raw === undefined) return null;
    if (raw.includes("\0")) throw new Error(`${name} contains a NUL character.`);
    return isAbsolute(raw) ? raw : resolve(findRepoRoot(), raw);
  };
}

/**
 * SMTP_URL: where mail goes, e.g. smtp://user:pass@smtp.example.com:587 (STARTTLS when the server
 * offers it) or smtps://...:465 (TLS from the start). Unset: mail is written to files instead.
 */
export function parseSmtpUrl(raw: string | undefined): URL | null {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SMTP_URL is not a URL: expected smtp://user:password@host:587 or smtps://user:password@host:465.`);
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got ${url.protocol}//).`);
  if (!url.hostname) throw new Error("SMTP_URL has no host name.");
  return url;
}

/**
 * MAIL_FROM: the sender of every mail, an address or `Name <address>`. Unset: the blog's title and
 * noreply@ the public host name.
 */
export function parseMailFrom(raw: string | undefined): { name: string | null; address: string } | null {
  if (raw === undefined) return null;
  const match = /^\s*(?:"?([^"<>]*?)"?\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(raw);
  const address = match?.[2] ?? match?.[3];
  if (!match || !address || !z.email().safeParse(address).success) {
    throw new Error(`MAIL_FROM="${raw}" is not an e-mail address (write blog@example.com or "My blog <blog@example.com>").`);
  }
  const name = match[1]?.trim();
  return { name: name ? name : null, address };
}

function parseHttpUrl(name: string) {
  return (raw: string | undefined): string | null => {
    if (raw === undefined) return null;
    if (!/^https?:\/\/[^/\s]+/.test(raw)) throw new Error(`${name}="${raw}" must be an http:// or https:// address.`);
    return raw.replace(/\/+$/, "");
  };
}

function parsePostgresServerUrl(name: string) {
  return (raw: string | undefined): string | null => {
    if (raw === undefined) return null;
    if (parseDatabaseUrl(raw).provider !== "postgresql") throw new Error(`${name} must be a postgresql:// URL.`);
    return raw;
  };
}

const ZEnv = z.object({
  DATABASE_URL: via(parseDatabaseUrl),
  /** PostgreSQL only: connections each instance keeps open (SQLite has one writer, no pool). */
  DATABASE_POOL_SIZE: via(numberIn("DATABASE_POOL_SIZE", { min: 1, max: 1000, fallback: 10, integer: true })),
  PORT: via(numberIn("PORT", { min: 1, max: 65535, fallback: 3000, integer: true })),
  /** Address the server listens on; unset: every interface. */
  HOST: optionalText.transform((value) => value ?? null),
  PUBLIC_URL: via(parsePublicUrl),
  TRUST_PROXY: via(parseTrustProxy),
  MEDIA_DIR: via(parseFolder("MEDIA_DIR")),
  MEDIA_MAX_UPLOAD_MB: via(numberIn("MEDIA_MAX_UPLOAD_MB", { min: 0.001, max: 1024, fallback: 20 })),
  SMTP_URL: via(parseSmtpUrl),
  MAIL_FROM: via(parseMailFrom),
  /** Memory for rendered reader pages (apps/web/server/page-cache), in MB; 0 turns the cache off. */
  PAGE_CACHE_MB: via(numberIn("PAGE_CACHE_MB", { min: 0, max: 65536, fallback: 64 })),
  /** Largest request body, in KiB, for most requests (comments, sign-in, settings, API calls); larger: 413 before it is read. */
  MAX_BODY_KB: via(numberIn("MAX_BODY_KB", { min: 1, max: 1024 * 1024, fallback: 64, integer: true })),
  /** Largest request body, in KiB, for saving a post (the editor, admin.post.* over the API): long posts are big. */
  MAX_POST_BODY_KB: via(numberIn("MAX_POST_BODY_KB", { min: 1, max: 1024 * 1024, fallback: 4096, integer: true })),
  /** Largest Blogger export (or Takeout zip) /admin/import accepts; the CLI reads files of any size. */
  IMPORT_MAX_UPLOAD_MB: via(numberIn("IMPORT_MAX_UPLOAD_MB", { min: 1, max: 100_000, fallback: 1024 })),
  /** `folder` (default: MEDIA_DIR) or `s3://bucket/prefix`: see media-storage.ts and docs/media.md. */
  MEDIA_STORAGE: via(parseMediaStorage),
  /** S3-compatible endpoint, e.g. http://127.0.0.1:9000 (MinIO); unset: AWS S3 in MEDIA_S3_REGION. */
  MEDIA_S3_ENDPOINT: via(parseHttpUrl("MEDIA_S3_ENDPOINT")),
  MEDIA_S3_REGION: optionalText.transform((value) => value ?? "us-east-1"),
  /** Credentials; unset: the AWS SDK's own chain (AWS_ACCESS_KEY_ID, instance roles, …). */
  MEDIA_S3_ACCESS_KEY_ID: optionalText.transform((value) => value ?? null),
  MEDIA_S3_SECRET_ACCESS_KEY: optionalText.transform((value) => value ?? null),
  /** Bucket in the path (http://host/bucket/key) instead of the host name; default: on when an endpoint is set. */
  MEDIA_S3_FORCE_PATH_STYLE: optionalText.transform((value) => (value === undefined ? null : value === "1" || value === "true")),

  // Development and tests only.
  /** A PostgreSQL server on which tests and `pnpm db:migration:new` may create and drop databases. */
  POSTGRES_TEST_URL: via(parsePostgresServerUrl("POSTGRES_TEST_URL")),
  /** Where initdb and postgres are, for a throwaway test server (default: pg_config's or Debian's). */
  POSTGRES_BIN: via(parseFolder("POSTGRES_BIN")),
  /** "1": fail instead of skipping PostgreSQL when no server can be had (CI sets it). */
  POSTGRES_REQUIRED: optionalText.transform((value) => value === "1" || value === "true"),
});

export type Env = z.output<typeof ZEnv>;
export type EnvSource = Record<string, string | undefined>;
const VARIABLES = Object.keys(ZEnv.shape) as (keyof Env)[];

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Crestwood's configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Parses the environment; throws a ConfigError listing every problem at once. */
export function parseEnv(source: EnvSource): Env {
  const result = ZEnv.safeParse(Object.fromEntries(VARIABLES.map((name) => [name, source[name]])));
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => issue.message));
}

const memo = globalThis as unknown as { crestwoodEnv?: { key: string; env: Env } };

/**
 * The process's configuration. Re-parsed only when a variable changed (tests set some), so it is
 * cheap to call on every request.
 */
export function getEnv(source: EnvSource = process.env): Env {
  const key = VARIABLES.map((name) => source[name] ?? "").join("\u0000");
  if (memo.crestwoodEnv?.key !== key) memo.crestwoodEnv = { key, env: parseEnv(source) };
  return memo.crestwoodEnv.env;
}
