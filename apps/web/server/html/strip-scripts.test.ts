import { describe, expect, it } from "vitest";
import { needsScripts, stripScripts } from "./strip-scripts";

describe("stripScripts", () => {
  it("removes Next's scripts and script preloads, keeps JSON-LD and everything else", () => {
    const html = [
      '<head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>',
      '<script src="/_next/static/chunks/y.js" async=""></script><script src="/p.js" noModule=""></script><link rel="modulepreload" href="/m.js"/>',
      '<link rel="preload" as="font" href="/f.woff2"/></head><body><p>Text &lt;script&gt; in a post</p>',
      '<script type="application/ld+json">{"a":"\\u003c/script>"}</script>',
      '<script>self.__next_f.push([1,"x\\u003c/script>"])</script><script id="_R_">x</script></body>',
    ].join("");
    const stripped = stripScripts(html);
    expect(stripped).not.toMatch(/<script(?![^>]*ld\+json)/);
    expect(stripped).not.toContain("modulepreload");
    expect(stripped).not.toContain('as="script"');
    expect(stripped).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(stripped).toContain('<link rel="preload" as="font" href="/f.woff2"/>');
    expect(stripped).toContain("<p>Text &lt;script&gt; in a post</p>");
    expect(stripped).toContain('<script type="application/ld+json">');
  });

  it("keeps an inline script only when its text is one of the allowed ones", () => {
    const keep = new Set(["allowed()"]);
    expect(stripScripts("<script>allowed()</script><script>other()</script><script src=x>allowed()</script>", keep)).toBe("<script>allowed()</script>");
  });

  it("notices content that only a script would reveal", () => {
    expect(needsScripts('<!--$?--><template id="B:0"></template>…<!--/$--><div hidden id="S:0"><p>late</p></div>')).toBe(true);
    expect(needsScripts("<div hidden=\"\"><!--$--><!--/$--></div><p>all here</p>")).toBe(false);
  });
});
