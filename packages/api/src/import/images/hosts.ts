/**
 * Where Blogger kept its images. Only these hosts are fetched by `--images download`: an export
 * is someone else's file, and a link in it must not make this server fetch whatever it names.
 */
const BLOGGER_IMAGE_HOSTS = [
  /^blogger\.googleusercontent\.com$/,
  /^(?:\d+\.)?bp\.blogspot\.com$/,
  /^lh\d+\.googleusercontent\.com$/,
  /^lh\d+\.ggpht\.com$/,
];

export function isBloggerImageHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return BLOGGER_IMAGE_HOSTS.some((pattern) => pattern.test(host));
}

/** An image URL on one of Blogger's hosts (http or https). */
export function isBloggerImageUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "https:" || parsed.protocol === "http:") && isBloggerImageHost(parsed.hostname);
  } catch {
    return false;
  }
}
