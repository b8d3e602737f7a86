// Blogger's addresses, in one place: for every kind of URL the blog answers, one function that
// formats it and one that parses it. Pages, feeds, the sitemap, redirects and the importer use
// these and nothing else, so the rules (what a slug may hold, how a month is written, which old
// forms still answer) cannot drift apart. Pure functions: no database, no request.
import { yearMonth } from "@crestwood/i18n";

/** Most posts a list or feed page shows, whatever `max-results` asks (Blogger clamps too). */
export const MAX_RESULTS_LIMIT = 100;

// ---------------------------------------------------------------------------------------------
// Path segments
// ---------------------------------------------------------------------------------------------

/**
 * A path segment as the reader meant it: percent-decoded (a malformed escape is kept as typed)
 * and NFC-normalized, so "å" typed, pasted or percent-encoded in either Unicode form is one slug.
 */
export function decodeSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // "%E0%A4%A" and the like: not an escape, so the characters themselves.
  }
  return decoded.normalize("NFC");
}

/** A slug or label name written into a path: everything outside URL-safe ASCII percent-encoded. */
function encodeSegment(value: string): string {
  return encodeURIComponent(value.normalize("NFC"));
}

/**
 * What a post's slug may be: letters of any script, digits, "-" and "_" (Blogger's untitled posts
 * are `blog-post_15`), nothing that changes a path's meaning ("/", ".", "%", "?", "#", spaces).
 */
export const SLUG_CHARACTERS = /^[\p{L}\p{M}\p{N}_-]+$/u;

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 200 && SLUG_CHARACTERS.test(slug);
}

/** Path without its query and fragment, split into decoded segments; a trailing slash is noted. */
function splitPath(path: string): { segments: string[]; trailingSlash: boolean } {
  const pathname = path.replace(/[?#].*$/s, "");
  const trailingSlash = pathname.length > 1 && pathname.endsWith("/");
  return { segments: pathname.split("/").filter(Boolean).map(decodeSegment), trailingSlash };
}

function slugFromFile(segment: string | undefined): string | null {
  const match = segment ? /^(.+)\.html$/s.exec(segment) : null;
  return match?.[1] && isValidSlug(match[1]) ? match[1] : null;
}

function parseYear(segment: string | undefined): number | null {
  return segment && /^\d{4}$/.test(segment) && segment !== "0000" ? Number(segment) : null;
}

function parseMonth(segment: string | undefined): number | null {
  return segment && /^(0[1-9]|1[0-2])$/.test(segment) ? Number(segment) : null;
}

const twoDigits = (month: number) => String(month).padStart(2, "0");

// ---------------------------------------------------------------------------------------------
// Posts and pages: /2009/02/slug.html and /p/slug.html
// ---------------------------------------------------------------------------------------------

export interface PostAddress {
  kind: "post";
  year: number;
  month: number;
  slug: string;
}

export interface PageAddress {
  kind: "page";
  slug: string;
}

/**
 * A post's permalink, Blogger's /YYYY/MM/slug.html with the year and month of publication in the
 * blog's timezone; a static page's /p/slug.html.
 */
export function formatPostPath(post: { slug: string; publishedAt: Date; kind?: "post" | "page" }, timeZone: string): string {
  if (post.kind === "page") return formatPagePath(post.slug);
  const { year, month } = yearMonth(post.publishedAt, timeZone);
  return `/${year}/${month}/${encodeSegment(post.slug)}.html`;
}

/** The address a post or page has, as a structure (for comparing with a parsed one). */
export function postAddressOf(post: { slug: string; publishedAt: Date; kind?: "post" | "page" }, timeZone: string): PostAddress | PageAddress {
  if (post.kind === "page") return { kind: "page", slug: post.slug.normalize("NFC") };
  const { year, month } = yearMonth(post.publishedAt, timeZone);
  return { kind: "post", year: Number(year), month: Number(month), slug: post.slug.normalize("NFC") };
}

/** /2009/02/slug.html (a trailing slash or a query such as ?m=1 changes nothing), or null. */
export function parsePostPath(path: string): PostAddress | null {
  const { segments } = splitPath(path);
  if (segments.length !== 3) return null;
  const [y, m, file] = segments;
  const year = parseYear(y);
  const month = parseMonth(m);
  const slug = slugFromFile(file);
  return year && month && slug ? { kind: "post", year, month, slug } : null;
}

export function formatPagePath(slug: string): string {
  return `/p/${encodeSegment(slug)}.html`;
}

/** /p/slug.html, or null. */
export function parsePagePath(path: string): PageAddress | null {
  const { segments } = splitPath(path);
  if (segments.length !== 2 || segments[0] !== "p") return null;
  const slug = slugFromFile(segments[1]);
  return slug ? { kind: "page", slug } : null;
}

// ---------------------------------------------------------------------------------------------
// Paging: ?updated-max=<cursor>&max-results=<n>[&reverse-paginate=true]
// ---------------------------------------------------------------------------------------------

/**
 * A position in a list ordered newest first: a post's publication time and, to tell apart posts
 * published at the same instant, its id. Blogger's links carry the time alone; those still work
 * and mean "published strictly before".
 */
export interface Cursor {
  at: Date;
  id?: string;
}

export interface Paging {
  /** Where the page starts; none for the first page. */
  cursor?: Cursor;
  /** "older": the posts after the cursor (Blogger's "Older posts"); "newer": the ones just before it. */
  direction: "older" | "newer";
  /** Page size asked for (clamped to 1–100); none for the blog's default. */
  maxResults?: number;
}

const CURSOR_ID_SEPARATOR = "~";

/** `updated-max`'s value: the ISO time, then "~" and the id when there is one. */
export function formatCursor(cursor: Cursor): string {
  const at = cursor.at.toISOString();
  return cursor.id ? `${at}${CURSOR_ID_SEPARATOR}${cursor.id}` : at;
}

/**
 * Reads `updated-max`: ours ("2025-06-01T10:00:00.000Z~ck…") or Blogger's
 * ("2009-02-02T09:14:00+01:00", "2009-02-02T09:14:00.001-08:00"). Null when it is no time at all;
 * lists then show their first page, as Blogger does.
 */
export function parseCursor(value: string | undefined | null): Cursor | null {
  if (!value) return null;
  const raw = value.trim();
  const separator = raw.indexOf(CURSOR_ID_SEPARATOR);
  const time = separator < 0 ? raw : raw.slice(0, separator);
  const id = separator < 0 ? undefined : raw.slice(separator + 1);
  // A "+" in an offset arrives as a space when a link did not encode it.
  const at = new Date(time.replace(/ (\d{2}:?\d{2})$/, "+$1"));
  if (!/^\d{4}-\d{2}-\d{2}/.test(time) || Number.isNaN(at.getTime())) return null;
  return id && /^[\w-]{1,100}$/.test(id) ? { at, id } : { at };
}

/** `max-results`: a number brought into 1–100; anything else is ignored (the default applies). */
export function parseMaxResults(value: string | undefined | null): number | undefined {
  const raw = value?.trim();
  if (!raw || !/^\d{1,6}$/.test(raw)) return undefined;
  return Math.min(Math.max(Number(raw), 1), MAX_RESULTS_LIMIT);
}

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** One value of a query, whether it comes as URLSearchParams or as Next's searchParams object. */
export function queryValue(query: QueryInput | undefined, name: string): string | undefined {
  if (!query) return undefined;
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

export function parsePaging(query: QueryInput | undefined): Paging {
  const cursor = parseCursor(queryValue(query, "updated-max")) ?? undefined;
  const newer = queryValue(query, "reverse-paginate") === "true" && cursor !== undefined;
  return { cursor, direction: newer ? "newer" : "older", maxResults: parseMaxResults(queryValue(query, "max-results")) };
}

/** The query string (with "?", or "") for a page of a list; `max-results` kept as the reader chose. */
export function formatPagingQuery(paging: Partial<Paging>): string {
  const params: string[] = [];
  if (paging.cursor) params.push(`updated-max=${encodeURIComponent(formatCursor(paging.cursor))}`);
  if (paging.maxResults) params.push(`max-results=${paging.maxResults}`);
  if (paging.cursor && paging.direction === "newer") params.push("reverse-paginate=true");
  return params.length > 0 ? `?${params.join("&")}` : "";
}

// ---------------------------------------------------------------------------------------------
// Lists: the home page, labels, archives
// ---------------------------------------------------------------------------------------------

export interface HomeAddress {
  kind: "home";
}

export interface LabelAddress {
  kind: "label";
  name: string;
}

export interface ArchiveAddress {
  kind: "archive";
  year: number;
  month?: number;
}

export function formatHomePath(paging: Partial<Paging> = {}): string {
  return `/${formatPagingQuery(paging)}`;
}

export function parseHomePath(path: string): HomeAddress | null {
  const { segments } = splitPath(path);
  return segments.length === 0 ? { kind: "home" } : null;
}

/** /search/label/<name>: the name as it is, percent-encoded ("Intranät" → "Intran%C3%A4t"). */
export function formatLabelPath(name: string, paging: Partial<Paging> = {}): string {
  return `/search/label/${encodeSegment(name)}${formatPagingQuery(paging)}`;
}

export function parseLabelPath(path: string): LabelAddress | null {
  const { segments } = splitPath(path);
  if (segments.length !== 3 || segments[0] !== "search" || segments[1] !== "label") return null;
  const name = segments[2]?.trim();
  return name ? { kind: "label", name } : null;
}

/** Blogger's archive pages, with their trailing slash: /2009/ and /2009/02/. */
export function formatArchivePath(period: { year: number; month?: number }, paging: Partial<Paging> = {}): string {
  const path = period.month === undefined ? `/${period.year}/` : `/${period.year}/${twoDigits(period.month)}/`;
  return `${path}${formatPagingQuery(paging)}`;
}

/** /2009/ or /2009/02/ (with or without the final slash), or null. */
export function parseArchivePath(path: string): ArchiveAddress | null {
  const { segments } = splitPath(path);
  const year = parseYear(segments[0]);
  if (!year || segments.length > 2) return null;
  if (segments.length === 1) return { kind: "archive", year };
  const month = parseMonth(segments[1]);
  return month ? { kind: "archive", year, month } : null;
}

// ---------------------------------------------------------------------------------------------
// Search: /search?q=<words>
// ---------------------------------------------------------------------------------------------

export interface SearchAddress {
  kind: "search";
  query: string;
}

export function formatSearchPath(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** /search with its words (possibly none: the empty search page). */
export function parseSearchPath(path: string, query?: QueryInput): SearchAddress | null {
  const { segments } = splitPath(path);
  if (segments.length !== 1 || segments[0] !== "search") return null;
  return { kind: "search", query: (queryValue(query, "q") ?? "").trim() };
}

// ---------------------------------------------------------------------------------------------
// Feeds: /feeds/posts/default[/-/<label>], /feeds/<postId>/comments/default, /feeds/comments/default
// ---------------------------------------------------------------------------------------------

export type FeedFormat = "atom" | "rss";

/** Which feed: the blog's posts (or one label's), or its comments (or one post's). */
export type FeedWhich = { feed: "posts"; label?: string } | { feed: "comments"; postId?: string };
export type FeedAddress = { kind: "feed" } & FeedWhich;

export const POSTS_FEED_PATH = "/feeds/posts/default";
export const COMMENTS_FEED_PATH = "/feeds/comments/default";

export function formatFeedPath(address: FeedWhich, options: { format?: FeedFormat; paging?: Partial<Paging> } = {}): string {
  const path =
    address.feed === "posts"
      ? address.label
        ? `${POSTS_FEED_PATH}/-/${encodeSegment(address.label)}`
        : POSTS_FEED_PATH
      : address.postId
        ? `/feeds/${encodeSegment(address.postId)}/comments/default`
        : COMMENTS_FEED_PATH;
  const query = formatPagingQuery({ ...options.paging, direction: "older" });
  const alt = options.format === "rss" ? "alt=rss" : "";
  if (!alt) return `${path}${query}`;
  return query ? `${path}${query}&${alt}` : `${path}?${alt}`;
}

/** Blogger's projections: `full` and `summary` are the same feeds as `default` here. */
const FEED_PROJECTIONS = new Set(["default", "full", "summary"]);

/** Any of Blogger's feed paths (projections default, full and summary alike), or null. */
export function parseFeedPath(path: string): FeedAddress | null {
  const { segments } = splitPath(path);
  if (segments[0] !== "feeds") return null;
  const [, first = "", second = "", third = "", fourth = ""] = segments;
  const isProjection = (segment: string) => FEED_PROJECTIONS.has(segment);
  if (first === "posts" && isProjection(second)) {
    if (segments.length === 3) return { kind: "feed", feed: "posts" };
    const label = fourth.trim();
    return segments.length === 5 && third === "-" && label ? { kind: "feed", feed: "posts", label } : null;
  }
  if (first === "comments" && isProjection(second) && segments.length === 3) return { kind: "feed", feed: "comments" };
  if (second === "comments" && isProjection(third) && segments.length === 4 && /^[\w-]{1,100}$/.test(first)) {
    return { kind: "feed", feed: "comments", postId: first };
  }
  return null;
}

export function parseFeedFormat(query: QueryInput | undefined): FeedFormat {
  return queryValue(query, "alt") === "rss" ? "rss" : "atom";
}

// ---------------------------------------------------------------------------------------------
// Sitemaps: /sitemap.xml (an index) and /sitemap.xml?page=<n>, as Blogger serves them
// ---------------------------------------------------------------------------------------------

export function formatSitemapPath(page?: number): string {
  return page === undefined ? "/sitemap.xml" : `/sitemap.xml?page=${page}`;
}

/** The sitemap page asked for (1-based), or undefined for the index. */
export function parseSitemapPage(query: QueryInput | undefined): number | undefined {
  const raw = queryValue(query, "page");
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Old forms that still answer: each leads to today's address with a permanent redirect
// ---------------------------------------------------------------------------------------------

/**
 * Where an old Blogger form of an address leads now, or null when the path is not one:
 * - `/2009_02_01_archive.html` (classic Blogger's monthly archive) → `/2009/02/`
 * - `/atom.xml`, `/rss.xml` → the posts feed; `/index.html` → `/`
 * - `/search?updated-max=…` (Blogger's "Older posts" from the home page) → `/?updated-max=…`
 * - `/search?updated-min=<start of a year or month>&updated-max=<its end>` (old archive widget
 *   links) → `/2009/` or `/2009/02/`
 */
export function parseLegacyPath(path: string, query?: QueryInput): string | null {
  const { segments } = splitPath(path);
  if (segments.length === 1) {
    const [file] = segments;
    const archive = file ? /^(\d{4})_(\d{2})_\d{2}_archive\.html$/.exec(file) : null;
    if (archive) {
      const year = parseYear(archive[1]);
      const month = parseMonth(archive[2]);
      return year && month ? formatArchivePath({ year, month }) : null;
    }
    if (file === "atom.xml") return POSTS_FEED_PATH;
    if (file === "rss.xml") return formatFeedPath({ feed: "posts" }, { format: "rss" });
    if (file === "index.html") return "/";
  }
  if (segments.length === 1 && segments[0] === "search" && !queryValue(query, "q")) {
    const period = archivePeriodFromRange(queryValue(query, "updated-min"), queryValue(query, "updated-max"));
    if (period) return formatArchivePath(period);
    const paging = parsePaging(query);
    if (paging.cursor) return formatHomePath(paging);
  }
  return null;
}

/** The year or month an old archive link's range covers, read from the dates as written. */
function archivePeriodFromRange(min: string | undefined, max: string | undefined): { year: number; month?: number } | null {
  const start = min ? /^(\d{4})-(\d{2})-01T00:00:00/.exec(min.trim()) : null;
  const end = max ? /^(\d{4})-(\d{2})-01T00:00:00/.exec(max.trim()) : null;
  if (!start || !end) return null;
  const [startYear, startMonth, endYear, endMonth] = [start[1], start[2], end[1], end[2]].map(Number) as [number, number, number, number];
  if (!parseYear(start[1]) || !parseMonth(start[2])) return null;
  if (startMonth === 1 && endMonth === 1 && endYear === startYear + 1) return { year: startYear };
  const nextMonth = startMonth === 12 ? { year: startYear + 1, month: 1 } : { year: startYear, month: startMonth + 1 };
  if (endYear === nextMonth.year && endMonth === nextMonth.month) return { year: startYear, month: startMonth };
  return null;
}

// ---------------------------------------------------------------------------------------------
// All of them: what an address names
// ---------------------------------------------------------------------------------------------

export type ReaderAddress =
  | HomeAddress
  | PostAddress
  | PageAddress
  | LabelAddress
  | ArchiveAddress
  | SearchAddress
  | FeedAddress
  | { kind: "legacy"; to: string };

/** What a requested path (and query) names, or null for an address the blog does not have. */
export function parseAddress(path: string, query?: QueryInput): ReaderAddress | null {
  const legacy = parseLegacyPath(path, query);
  if (legacy) return { kind: "legacy", to: legacy };
  return (
    parseHomePath(path) ??
    parsePostPath(path) ??
    parsePagePath(path) ??
    parseLabelPath(path) ??
    parseArchivePath(path) ??
    parseSearchPath(path, query) ??
    parseFeedPath(path)
  );
}

/**
 * The one spelling of a post's, page's or label's address that the address table stores and looks
 * up: decoded, NFC, no query, no trailing slash ("/2009/02/år.html", "/search/label/Intranät").
 * Null for every other kind of address. An importer hands Blogger's permalinks (absolute or not)
 * to this.
 */
export function addressKey(pathOrUrl: string): string | null {
  let path = pathOrUrl.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return null;
    }
  }
  const address = parsePostPath(path) ?? parsePagePath(path) ?? parseLabelPath(path);
  return address ? addressKeyOf(address) : null;
}

export function addressKeyOf(address: PostAddress | PageAddress | LabelAddress): string {
  switch (address.kind) {
    case "post":
      return `/${address.year}/${twoDigits(address.month)}/${address.slug.normalize("NFC")}.html`;
    case "page":
      return `/p/${address.slug.normalize("NFC")}.html`;
    case "label":
      return `/search/label/${address.name.normalize("NFC")}`;
  }
}

// ---------------------------------------------------------------------------------------------
// What each kind of address reads from its query
// ---------------------------------------------------------------------------------------------

const PAGING_PARAMETERS = ["updated-max", "max-results", "reverse-paginate"] as const;
const POST_PAGE_PARAMETERS = ["comment", "commentPage", "replyTo"] as const;

/**
 * The query parameters the page of each kind of address reads: anything else in a query changes
 * nothing on the page. The page cache keys pages by these alone (apps/web/server/page-cache), so
 * a page that starts reading a parameter adds it here.
 */
export const QUERY_PARAMETERS: Readonly<Record<ReaderAddress["kind"] | "sitemap", readonly string[]>> = {
  home: PAGING_PARAMETERS,
  label: PAGING_PARAMETERS,
  archive: PAGING_PARAMETERS,
  search: ["q", ...PAGING_PARAMETERS],
  feed: ["alt", ...PAGING_PARAMETERS],
  post: POST_PAGE_PARAMETERS,
  page: POST_PAGE_PARAMETERS,
  legacy: ["q", "updated-min", ...PAGING_PARAMETERS],
  sitemap: ["page"],
};

/** The parameters the page at `path` reads (none for an address the blog does not have). */
export function queryParametersOf(path: string, query?: QueryInput): readonly string[] {
  if (path === formatSitemapPath()) return QUERY_PARAMETERS.sitemap;
  const address = parseAddress(path, query);
  return address ? QUERY_PARAMETERS[address.kind] : [];
}
