/**
 * Reader pages ship no framework JavaScript: Next's scripts (its runtime, the RSC payload it
 * inlines for hydration, the polyfills) and their preloads are removed from the HTML. Every reader
 * feature works without them (links, the comment form's plain POST, the archive's <details>), the
 * page is a fraction of the bytes, and its policy allows no script but the few written for reader
 * pages (src/lib/reader-scripts.ts), by hash. JSON-LD stays: it is data, which browsers neither
 * run nor check against script-src.
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*>/gi;
const DATA_SCRIPT = /\btype\s*=\s*"application\/ld\+json"/i;

export function stripScripts(html: string, keep: ReadonlySet<string> = new Set()): string {
  return html
    .replace(SCRIPT, (tag, attributes: string, body: string) => (DATA_SCRIPT.test(attributes) || (!/\bsrc=/i.test(attributes) && keep.has(body)) ? tag : ""))
    .replace(SCRIPT_PRELOAD, "");
}

/** True when a page would need scripts to show its content (a Suspense boundary still streaming). */
export function needsScripts(html: string): boolean {
  return /<template id="B:/.test(html) || /<div hidden id="S:/.test(html);
}
