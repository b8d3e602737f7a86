import { describe, expect, it } from "vitest";
import { itemKey } from "./blogger/ids";
import { labelName } from "./blogger/labels";
import { oldAddress } from "./blogger/paths";
import { parseSettingsCsv } from "./blogger/settings-csv";
import { isBloggerImageUrl } from "./images/hosts";
import { newLink, oldHostsOf } from "./write/links";
import { exportItemId } from "../export/item-ids";

describe("Blogger ids", () => {
  it.each([
    ["tag:blogger.com,1999:blog-7000.post-1001", "blogger:1001"],
    ["tag:blogger.com,1999:blog-7000.page-1010", "blogger:1010"],
    ["1001", "blogger:1001"],
    ["https://www.blogger.com/feeds/7000/1001/comments/default/2002", "blogger:2002"],
    ["http://www.blogger.com/feeds/7000/posts/default/1001", "blogger:1001"],
    [exportItemId("blogger:5", "cx"), "blogger:5"],
    [exportItemId(undefined, "cx"), "crestwood:cx"],
    ["urn:uuid:1", "urn:uuid:1"],
  ])("%s → %s", (id, key) => expect(itemKey(id)).toBe(key));
});

describe("old addresses", () => {
  it("decodes, keeps the other spellings and notices the mobile copy", () => {
    expect(oldAddress("http://x.blogspot.com/2011/05/%C3%A5ret-runt.html?m=1")).toEqual({
      path: "/2011/05/året-runt.html",
      aliases: ["/2011/05/%C3%A5ret-runt.html", "/2011/05/året-runt.html?m=1", "/2011/05/%C3%A5ret-runt.html?m=1"],
      mobile: true,
    });
    expect(oldAddress("/p/om.html")).toMatchObject({ path: "/p/om.html", mobile: false });
    expect(oldAddress("")).toBeNull();
    expect(oldAddress("http://x.blogspot.com/search/label/x")).toBeNull();
    expect(oldAddress("/2011/05/%E0%A4%A.html")?.path).toBe("/2011/05/%E0%A4%A.html");
  });
});

describe("labels", () => {
  it("keeps spaces and letters, replaces what an address cannot hold", () => {
    expect(labelName("offentlig  sektor")).toEqual({ name: "offentlig sektor", renamed: true });
    expect(labelName("intranät")).toEqual({ name: "intranät", renamed: false });
    expect(labelName("A/B?#")).toEqual({ name: "A-B--", renamed: true });
    expect([...labelName("å".repeat(150)).name]).toHaveLength(100);
  });
});

describe("settings.csv", () => {
  it("reads name,value rows and a header row with values", () => {
    expect(parseSettingsCsv("BLOG_NAME,Min blogg\nBLOG_LOCALE,sv_SE\nBLOG_TIME_ZONE,Europe/Stockholm\n")).toMatchObject({ title: "Min blogg", language: "sv", timezone: "Europe/Stockholm" });
    expect(parseSettingsCsv("\uFEFFTitle,Description,Language,Time zone\n\"Min, blogg\",Om saker,en-GB,UTC\n")).toMatchObject({ title: "Min, blogg", description: "Om saker", language: "en", timezone: "UTC" });
    expect(parseSettingsCsv("BLOG_LOCALE,de\n")).toMatchObject({ unsupportedLocale: "de" });
    expect(parseSettingsCsv("nothing,useful\n")).toBeNull();
  });
});

describe("links to the old blog", () => {
  const hosts = oldHostsOf(["http://mingamlablogg.blogspot.com/", "https://www.example.org/"]);
  const moved = new Map([["/2011/05/året-runt.html", "/2011/05/aret-runt.html"]]);
  it.each([
    ["http://mingamlablogg.blogspot.com/2011/05/%C3%A5ret-runt.html?m=1#c5", "/2011/05/aret-runt.html#c5"],
    ["https://mingamlablogg.blogspot.se/2009/01/x.html", "/2009/01/x.html"],
    ["http://mingamlablogg.blogspot.com/search/label/intran%C3%A4t?max-results=20", "/search/label/intran%C3%A4t?max-results=20"],
    ["https://example.org/p/om.html", "/p/om.html"],
    ["http://annanblogg.blogspot.com/2009/01/x.html", undefined],
    ["mailto:anna@example.org", undefined],
  ])("%s → %s", (href, expected) => expect(newLink(href, hosts, moved)).toBe(expected));
});

describe("Blogger's image hosts", () => {
  it.each([
    ["https://blogger.googleusercontent.com/img/b/x/s1600/a.jpg", true],
    ["http://1.bp.blogspot.com/-x/s320/a.jpg", true],
    ["https://lh3.googleusercontent.com/x", true],
    ["https://evil.com/blogger.googleusercontent.com/a.jpg", false],
    ["https://blogger.googleusercontent.com.evil.com/a.jpg", false],
    ["file:///etc/passwd", false],
  ])("%s: %s", (url, allowed) => expect(isBloggerImageUrl(url)).toBe(allowed));
});
