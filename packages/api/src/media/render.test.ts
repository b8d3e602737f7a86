import { describe, expect, it } from "vitest";
import { sanitizePostHtml } from "../content/sanitize";
import { buildSrcset, defaultVariant, expandMediaImages, mediaHashesIn, type RenderableMedia } from "./render";
import { variantName, type MediaVariant } from "./variants";

const HASH = "b".repeat(64);
const OTHER = "c".repeat(64);

function variants(hash: string, widths: number[], fallback: "jpeg" | "png" = "jpeg"): MediaVariant[] {
  return widths.flatMap((width) =>
    (["webp", fallback] as const).map((format) => ({ name: variantName(hash, width, format), width, height: width / 2, format, bytes: 100 })),
  );
}

const photo: RenderableMedia = { hash: HASH, width: 3000, height: 1500, alt: "A lake at dusk", variants: variants(HASH, [480, 800, 1200, 1600, 2400]) };

describe("buildSrcset", () => {
  it("lists one format's widths, smallest first", () => {
    const shuffled = [...photo.variants].reverse();
    expect(buildSrcset(shuffled, "webp")).toBe(
      `/media/${HASH}-480.webp 480w, /media/${HASH}-800.webp 800w, /media/${HASH}-1200.webp 1200w, /media/${HASH}-1600.webp 1600w, /media/${HASH}-2400.webp 2400w`,
    );
    expect(buildSrcset(photo.variants, "jpeg")).toContain(`/media/${HASH}-480.jpg 480w`);
    expect(buildSrcset(photo.variants, "png")).toBe("");
  });
});

describe("defaultVariant", () => {
  it("is the fallback at 1200 px or the largest below it", () => {
    expect(defaultVariant(photo.variants)?.name).toBe(`${HASH}-1200.jpg`);
    expect(defaultVariant(variants(HASH, [300], "png"))?.name).toBe(`${HASH}-300.png`);
  });
});

describe("expandMediaImages", () => {
  const byHash = new Map([[HASH, photo]]);

  it("turns our <img> into a <picture> with WebP, fallback, size, lazy loading", () => {
    const html = sanitizePostHtml(`<p>Look:</p><p><img src="/media/${HASH}-1200.jpg" alt=""></p>`);
    const out = expandMediaImages(html, byHash);
    expect(out).toContain(`<picture><source type="image/webp" srcset="/media/${HASH}-480.webp 480w,`);
    expect(out).toContain(`src="/media/${HASH}-1200.jpg" srcset="/media/${HASH}-480.jpg 480w,`);
    expect(out).toContain('width="2400" height="1200" alt="A lake at dusk" loading="lazy" decoding="async" /></picture>');
    // <picture> is made at render time only: sanitizing it again gives back the post's own <img>.
    expect(sanitizePostHtml(out)).not.toContain("<source");
    expect(sanitizePostHtml(out)).toContain('loading="lazy"');
  });

  it("keeps the author's float, margins, class and id on the image", () => {
    const html = sanitizePostHtml(`<img src="/media/${HASH}-800.jpg" alt="x" class="alignleft" id="pic" style="float: left; margin-right: 1em;">`);
    const out = expandMediaImages(html, byHash);
    expect(out).toContain(`style="float: left; margin-right: 1em;" class="alignleft" id="user-content-pic"`);
  });

  it("keeps the alt written in the post and escapes the library's", () => {
    const own = expandMediaImages(`<img src="/media/${HASH}-800.jpg" alt="Our &quot;lake&quot;" />`, byHash);
    expect(own).toContain('alt="Our &quot;lake&quot;"');
    const library = expandMediaImages(`<img src="/media/${HASH}-800.jpg" />`, new Map([[HASH, { ...photo, alt: 'He said "<hi>"' }]]));
    expect(library).toContain('alt="He said &quot;&lt;hi&gt;&quot;"');
  });

  it("loads the first image eagerly when asked, the rest lazily", () => {
    const html = `<img src="/media/${HASH}-800.jpg" alt="1" /><img src="/media/${HASH}-480.jpg" alt="2" />`;
    const out = expandMediaImages(html, byHash, { eagerFirst: true });
    const [first, second] = out.split("</picture>");
    expect(first).not.toContain("loading=");
    expect(second).toContain('loading="lazy"');
  });

  it("leaves other images, unknown media and existing pictures alone", () => {
    const html = `<img src="https://example.org/a.jpg" alt="x" /><img src="/media/${OTHER}-800.jpg" alt="y" /><picture><img src="/media/${HASH}-800.jpg" alt="z" /></picture>`;
    expect(expandMediaImages(html, byHash)).toBe(html);
  });

  it("finds the hashes a body refers to", () => {
    expect(mediaHashesIn(`<img src="/media/${HASH}-800.jpg"><img src="/media/${HASH}-480.webp"><img src="/media/${OTHER}-300.png">`)).toEqual([HASH, OTHER]);
  });
});
