import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../content/sanitize";
import { sanitizeImportedBody } from "./imported-body";
import { convertLegacyEmbeds, flashPlayerVideoUrl } from "./legacy-embeds";

// A Blogger post as the classic editor and a decade of pasting left it (every form below is
// copied from real exports): separators, old-editor floated linked images, caption tables, data
// tables, align attributes, <center>, <font>, <hr>, Blogger's own video, YouTube iframes and
// Flash players, a Vimeo Flash player, another host's <embed>, a script.
const POST = readFileSync(join(import.meta.dirname, "../../../test/fixtures/blogger/legacy-post.html"), "utf8");

describe("an imported Blogger post's body", () => {
  const body = sanitizeImportedBody(POST);
  const html = body.html;

  it("keeps separators, linked images with their float and margins, and line breaks", () => {
    expect(html).toContain('<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s1600/kontor.jpg" style="margin-left: 1em; margin-right: 1em;"><img');
    expect(html).toMatch(/<a href="http:\/\/2\.bp\.blogspot\.com\/_abc\/SXy\/AAAA\/xyz\/s1600-h\/intranat\.png"><img style="float: ?left; ?margin: ?0 10px 10px 0;[^"]*width: ?200px; ?height: ?150px;?" src="http:\/\/2\.bp\.blogspot\.com[^"]*" alt="Intranätets startsida"/);
    expect(html).not.toMatch(/onblur|cursor/);
    expect(html).toContain("Första raden i den gamla editorn.<br />Andra raden, efter ett &lt;br&gt;.<br /><br />");
  });

  it("keeps caption tables and data tables, and alignment written as attributes", () => {
    expect(html).toMatch(/<table class="tr-caption-container" style="[^"]*margin-left: auto; margin-right: auto; text-align: center;?"><tr><td style="text-align: center;"><a /);
    expect(html).toContain('<td class="tr-caption" style="text-align: center;">Besök per månad</td>');
    expect(html).toContain("<th>Myndighet</th><th>Bloggar</th>");
    expect(html).toContain('<td style="text-align: right;">3</td>');
    expect(html).toContain('<div style="text-align: center;"><b>Centrerad med align</b></div>');
    expect(html).toContain('<div style="text-align: center;">Centrerad med center</div>');
    expect(html).toContain('<span style="color: #990000; font-size: large;">Röd och stor text</span>');
    expect(html).toContain("<hr />");
  });

  it("turns YouTube iframes and Flash players into the allowlist's privacy-first player", () => {
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toMatch(/<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/oHg5SJYRHA0" title="YouTube video" width="425" height="344" loading="lazy"/);
    expect(html).toMatch(/<iframe src="https:\/\/player\.vimeo\.com\/video\/2619976\?dnt=1" title="Vimeo video" width="400" height="225"/);
    expect(html).not.toMatch(/<object|<embed|<param|shockwave/);
    expect(body.embeds.filter((embed) => embed.kind === "converted").map((embed) => embed.url)).toEqual([
      "http://www.youtube.com/v/oHg5SJYRHA0&hl=sv&fs=1",
      "http://vimeo.com/moogaloop.swf?clip_id=2619976&server=vimeo.com&show_title=1",
    ]);
  });

  it("leaves a link where an embed cannot be kept, and reports it", () => {
    expect(html).toContain('<a href="http://www.slideshare.net/slideshow/embed_code/123">Embedded content: http://www.slideshare.net/slideshow/embed_code/123</a>');
    expect(html).toContain('<a href="https://www.blogger.com/video.g?token=AD6v5dxAbCdEf">Embedded content: https://www.blogger.com/video.g?token=AD6v5dxAbCdEf</a>');
    expect(body.embeds.filter((embed) => embed.kind === "linked").map((embed) => embed.url)).toEqual([
      "http://www.slideshare.net/slideshow/embed_code/123",
      "https://www.blogger.com/video.g?token=AD6v5dxAbCdEf",
    ]);
  });

  it("loses no text an author wrote, and names what the allowlist removed", () => {
    expect(html).not.toMatch(/<script|document\.write/);
    expect(body.removed).toEqual(["1 <script>"]);
    for (const phrase of ["Besök per månad", "Skatteverket", "Röd och stor text", "Ett citat från förra inlägget.", "Andra raden, efter ett <br>."]) expect(htmlToText(html)).toContain(phrase);
  });

  it("is the allowlist's own output: sanitizing again changes nothing, and reports nothing", () => {
    expect(sanitizeImportedBody(html)).toEqual({ html, embeds: [], removed: [] });
  });
});

describe("flashPlayerVideoUrl", () => {
  it("reads YouTube's and Vimeo's player addresses, and nothing else", () => {
    expect(flashPlayerVideoUrl("//www.youtube.com/v/oHg5SJYRHA0&hl=en")).toBe("https://www.youtube.com/v/oHg5SJYRHA0?hl=en");
    expect(flashPlayerVideoUrl("https://www.youtube.com/v/oHg5SJYRHA0?version=3&f=user_uploads")).toBe("https://www.youtube.com/v/oHg5SJYRHA0?version=3&f=user_uploads");
    expect(flashPlayerVideoUrl("http://vimeo.com/moogaloop.swf?clip_id=42")).toBe("https://vimeo.com/42");
    expect(flashPlayerVideoUrl("http://evil.example/v/oHg5SJYRHA0")).toBeNull();
    expect(flashPlayerVideoUrl("javascript:alert(1)")).toBeNull();
  });

  it("never turns a player's address into a script link", () => {
    expect(convertLegacyEmbeds('<embed src="javascript:alert(1)">').html).toBe("Embedded content: javascript:alert(1)");
    expect(convertLegacyEmbeds('<iframe src="data:text/html,<script>alert(1)</script>"></iframe>').html).not.toMatch(/href/);
  });
});
