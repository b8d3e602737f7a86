/**
 * Changes the URLs in links and images of some HTML and nothing else. It re-serializes with the
 * same parser the sanitizer uses (sanitize-html) allowing everything, so it never removes
 * anything by itself; the post is sanitized afterwards as always.
 */
import sanitizeHtml from "sanitize-html";

export interface UrlRewriter {
  /** New href for a link, or undefined to keep it. */
  href?: (url: string) => string | undefined;
  /** New src for an image, or undefined to keep it. */
  src?: (url: string) => string | undefined;
}

export function rewriteUrls(html: string, rewriter: UrlRewriter): { html: string; changed: number } {
  let changed = 0;
  const out = sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: [],
    transformTags: {
      a: (tagName, attribs) => {
        const next = attribs.href !== undefined ? rewriter.href?.(attribs.href) : undefined;
        if (next === undefined || next === attribs.href) return { tagName, attribs };
        changed++;
        return { tagName, attribs: { ...attribs, href: next } };
      },
      img: (tagName, attribs) => {
        const next = attribs.src !== undefined ? rewriter.src?.(attribs.src) : undefined;
        if (next === undefined || next === attribs.src) return { tagName, attribs };
        changed++;
        return { tagName, attribs: { ...attribs, src: next } };
      },
    },
  });
  return { html: changed ? out : html, changed };
}
