/**
 * Embeds in Blogger posts that the content allowlist would drop whole: the old Flash players
 * (`<object>`/`<embed>`, what Blogger's editor and YouTube's "embed" button wrote until ~2010) and
 * iframes from hosts other than the allowed video hosts (Blogger's own video player, maps, audio).
 * Before sanitizing, a player of an allowed video becomes an `<iframe>` the sanitizer turns into
 * the privacy-first player; anything else becomes a link to what was embedded, so a reader can
 * still reach it and the import report names it. Nothing disappears without a line.
 */
import { parseEmbedUrl } from "@crestwood/content";

export interface EmbedChange {
  kind: "converted" | "linked";
  /** What was embedded, as written (for the report). */
  url: string;
}

// Flash players are flat (<object><param/><embed/></object>): they do not nest, so a lazy match
// from <object to its </object> is the whole element.
const OBJECT = /<object\b[^>]*>[\s\S]*?<\/object\s*>/gi;
const LONE_EMBED = /<embed\b[^>]*>(?:\s*<\/embed\s*>)?/gi;
const IFRAME = /<iframe\b[^>]*>(?:[\s\S]*?<\/iframe\s*>)?/gi;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/gi, "&")
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'")
    .replace(/&lt;/gi, "<")
    .replace(/&gt;/gi, ">");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value.trim());
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const escapeText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The video address a Flash player's URL stands for, in a form parseEmbedUrl reads. */
export function flashPlayerVideoUrl(raw: string): string | null {
  let url = raw.trim();
  if (url.startsWith("//")) url = `https:${url}`;
  // YouTube's player URLs put the options after the id with & and no ?: /v/ID&hl=en&fs=1.
  if (!url.includes("?") && url.includes("&")) url = url.replace("&", "?");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Vimeo's Flash player: vimeo.com/moogaloop.swf?clip_id=123.
  const clip = parsed.searchParams.get("clip_id");
  if (/(^|\.)vimeo\.com$/i.test(parsed.hostname) && clip) return `https://vimeo.com/${clip}`;
  return parseEmbedUrl(parsed.href) ? parsed.href : null;
}

function playerUrlOf(element: string): string | undefined {
  const movie = /<param\b[^>]*\bname\s*=\s*["']?movie["']?[^>]*>/i.exec(element)?.[0];
  const embed = /<embed\b[^>]*>/i.exec(element)?.[0];
  const open = /^<(?:object|embed)\b[^>]*>/i.exec(element)?.[0] ?? "";
  const candidates = [attribute(open, "data"), attribute(open, "src"), movie && attribute(movie, "value"), embed && attribute(embed, "src")];
  const found = candidates.filter((value): value is string => Boolean(value));
  return found.find((value) => flashPlayerVideoUrl(value)) ?? found[0];
}

function linkTo(url: string, text: string): string {
  const safe = /^(https?:)?\/\//i.test(url) ? (url.startsWith("//") ? `https:${url}` : url) : null;
  return safe ? `<a href="${escapeAttribute(safe)}">${escapeText(text)}</a>` : escapeText(text);
}

function replacePlayer(element: string, changes: EmbedChange[]): string {
  const url = playerUrlOf(element);
  if (!url) {
    changes.push({ kind: "linked", url: "(a player without an address)" });
    return "";
  }
  const open = /^<(?:object|embed)\b[^>]*>/i.exec(element)?.[0] ?? "";
  const video = flashPlayerVideoUrl(url);
  if (video) {
    changes.push({ kind: "converted", url });
    const size = ["width", "height"].map((name) => attribute(open, name)).map((value, i) => (value && /^\d{1,4}$/.test(value) ? ` ${i ? "height" : "width"}="${value}"` : "")).join("");
    return `<iframe src="${escapeAttribute(video)}"${size}></iframe>`;
  }
  changes.push({ kind: "linked", url });
  return linkTo(url, `Embedded content: ${url}`);
}

/** Rewrites the embeds the allowlist cannot keep (see above) and lists what it changed. */
export function convertLegacyEmbeds(html: string): { html: string; changes: EmbedChange[] } {
  const changes: EmbedChange[] = [];
  if (!/<(object|embed|iframe)\b/i.test(html)) return { html, changes };
  let result = html.replace(OBJECT, (element) => replacePlayer(element, changes));
  result = result.replace(LONE_EMBED, (element) => replacePlayer(element, changes));
  result = result.replace(IFRAME, (element) => {
    const open = /^<iframe\b[^>]*>/i.exec(element)?.[0] ?? "";
    const src = attribute(open, "src") ?? "";
    if (parseEmbedUrl(src)) return element;
    const video = src ? flashPlayerVideoUrl(src) : null;
    if (video) {
      changes.push({ kind: "converted", url: src });
      return element.replace(open, open.replace(/\ssrc\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, ` src="${escapeAttribute(video)}"`));
    }
    changes.push({ kind: "linked", url: src || "(an iframe without an address)" });
    if (!src) return "";
    const title = attribute(open, "title");
    return linkTo(src, title ? `${title} (${src})` : `Embedded content: ${src}`);
  });
  return { html: result, changes };
}
