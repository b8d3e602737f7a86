/**
 * Video embeds from an allowlist of hosts. Whatever address an author pastes (a watch page, a
 * short link, an embed URL, Blogger's protocol-relative iframes), a post stores one canonical,
 * privacy-first player address: youtube-nocookie.com, Vimeo with "do not track". Readers get a
 * lazy iframe with a title, so nothing is loaded from the host until the video scrolls into view.
 */

export const EMBED_PROVIDERS = {
  youtube: { name: "YouTube", origin: "https://www.youtube-nocookie.com" },
  vimeo: { name: "Vimeo", origin: "https://player.vimeo.com" },
} as const;
export type EmbedProvider = keyof typeof EMBED_PROVIDERS;

/** The origins a page's Content-Security-Policy must allow in `frame-src` for post embeds. */
export const EMBED_FRAME_ORIGINS: readonly string[] = Object.values(EMBED_PROVIDERS).map((provider) => provider.origin);

export interface EmbedVideo {
  provider: EmbedProvider;
  /** YouTube's 11-character id or Vimeo's number. */
  id: string;
  /** Seconds into the video to start at. */
  start?: number;
  /** Vimeo's privacy hash for unlisted videos. */
  hash?: string;
}

const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com", "youtu.be"]);
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com", "player.vimeo.com"]);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIMEO_HASH = /^[0-9a-f]{6,20}$/i;

/** "90", "1m30s", "1h2m3s" → seconds. */
function parseStart(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,6}$/.test(value)) return Number(value) || undefined;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,3})m)?(?:(\d{1,5})s)?$/.exec(value);
  if (!match || match[0] === "") return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds || undefined;
}

function parseUrl(raw: string): URL | null {
  const trimmed = raw.trim();
  // Blogger's old embeds use protocol-relative addresses (//www.youtube.com/embed/…).
  const absolute = trimmed.startsWith("//") ? `https:${trimmed}` : trimmed;
  try {
    const url = new URL(absolute);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** The video an address points at, if it is on an allowed host; null for anything else. */
export function parseEmbedUrl(raw: string): EmbedVideo | null {
  const url = parseUrl(raw);
  if (!url || url.username || url.password || (url.port !== "" && url.port !== "443" && url.port !== "80")) return null;
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean);
  if (YOUTUBE_HOSTS.has(host)) {
    let id: string | undefined;
    if (host === "youtu.be") id = segments[0];
    else if (segments[0] === "watch") id = url.searchParams.get("v") ?? undefined;
    else if (["embed", "shorts", "v", "live"].includes(segments[0] ?? "")) id = segments[1];
    if (!id || !YOUTUBE_ID.test(id)) return null;
    const start = parseStart(url.searchParams.get("start") ?? url.searchParams.get("t"));
    return { provider: "youtube", id, ...(start ? { start } : {}) };
  }
  if (VIMEO_HOSTS.has(host)) {
    const player = host === "player.vimeo.com";
    const [first, second] = segments;
    const id = player ? (first === "video" ? second : undefined) : first;
    if (!id || !VIMEO_ID.test(id)) return null;
    // Unlisted videos carry a hash: ?h=… on the player, a second path segment on the page.
    const hash = url.searchParams.get("h") ?? (player ? undefined : second);
    return { provider: "vimeo", id, ...(hash && VIMEO_HASH.test(hash) ? { hash } : {}) };
  }
  return null;
}

/** The canonical player address for a video. */
export function embedSrc(video: EmbedVideo): string {
  if (video.provider === "youtube") {
    return `${EMBED_PROVIDERS.youtube.origin}/embed/${video.id}${video.start ? `?start=${video.start}` : ""}`;
  }
  return `${EMBED_PROVIDERS.vimeo.origin}/video/${video.id}?${video.hash ? `h=${video.hash}&` : ""}dnt=1`;
}

/** What a reader sees in place of the video's name when the author gave none. */
export function defaultEmbedTitle(video: EmbedVideo): string {
  return `${EMBED_PROVIDERS[video.provider].name} video`;
}

const DIMENSION = /^\d{1,4}$/;

/**
 * Every attribute of a post's <iframe>, canonical: the sanitizer writes exactly these for any
 * allowed embed and the editor's embed node renders the same, so a round trip changes nothing.
 */
export function embedIframeAttributes(input: { video: EmbedVideo; title?: string | null; width?: string | null; height?: string | null }): Record<string, string> {
  const title = input.title?.trim().replace(/\s+/g, " ").slice(0, 300) || defaultEmbedTitle(input.video);
  return {
    src: embedSrc(input.video),
    title,
    ...(input.width && DIMENSION.test(input.width) ? { width: input.width } : {}),
    ...(input.height && DIMENSION.test(input.height) ? { height: input.height } : {}),
    loading: "lazy",
    referrerpolicy: "strict-origin-when-cross-origin",
    allow: "fullscreen; picture-in-picture; encrypted-media",
    allowfullscreen: "",
    sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups",
  };
}
