import { describe, expect, it } from "vitest";
import { EMBED_FRAME_ORIGINS, embedIframeAttributes, embedSrc, parseEmbedUrl } from "./embeds";

describe("parseEmbedUrl", () => {
  it.each([
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["//www.youtube.com/embed/dQw4w9WgXcQ?rel=0", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90"],
    ["https://youtu.be/dQw4w9WgXcQ?t=15", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=15"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1"],
    ["https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0", "https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1"],
    ["https://vimeo.com/76979871/8272103f6e", "https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1"],
  ])("%s plays as %s", (input, canonical) => {
    const video = parseEmbedUrl(input);
    expect(video).not.toBeNull();
    expect(embedSrc(video!)).toBe(canonical);
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/embed/dQw4w9WgXcQ",
    "https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ",
    "https://evilyoutube.com/embed/dQw4w9WgXcQ",
    "https://user:pass@www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com:8443/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/embed/../../redirect?q=https://evil.example",
    "https://www.youtube.com/embed/dQw4w9WgXcQ%22onload=alert(1)",
    "https://www.youtube.com/embed/short",
    "https://player.vimeo.com/video/abc",
    "ftp://youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/redirect?q=https%3A%2F%2Fevil.example",
  ])("refuses %s", (input) => {
    expect(parseEmbedUrl(input)).toBeNull();
  });

  it("drops a Vimeo hash that is not hex", () => {
    expect(parseEmbedUrl("https://player.vimeo.com/video/1?h=%22%3E%3Cscript%3E")).toEqual({ provider: "vimeo", id: "1" });
  });
});

describe("embedIframeAttributes", () => {
  it("is lazy, titled and sandboxed, with only numeric sizes", () => {
    const attributes = embedIframeAttributes({ video: { provider: "youtube", id: "dQw4w9WgXcQ" }, title: " ", width: "560", height: "100%" });
    expect(attributes).toMatchObject({ src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", title: "YouTube video", width: "560", loading: "lazy" });
    expect(attributes).not.toHaveProperty("height");
    expect(attributes.sandbox).not.toContain("allow-top-navigation");
  });

  it("names the frame origins a CSP must allow", () => {
    expect(EMBED_FRAME_ORIGINS).toEqual(["https://www.youtube-nocookie.com", "https://player.vimeo.com"]);
  });
});
