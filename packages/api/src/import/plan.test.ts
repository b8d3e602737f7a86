import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openExportSource } from "./blogger/source";
import { planImport } from "./plan";

const FIXTURES = join(import.meta.dirname, "../../test/fixtures/blogger");

describe("planImport (the checking pass)", () => {
  it("counts a classic export and decides its messy cases before anything is written", async () => {
    const plan = await planImport(await openExportSource(join(FIXTURES, "classic.xml")));
    const { report } = plan;
    expect(report.format).toBe("classic");
    expect(report.counts.posts).toMatchObject({ found: 10, skipped: 1 });
    expect(report.counts.pages).toMatchObject({ found: 1, skipped: 0 });
    expect(report.counts.comments).toMatchObject({ found: 6, skipped: 1 });
    // The ?m=1 copy of post 1001 is dropped; its comments would go to 1001.
    expect(plan.aliasOf.get("blogger:1005")).toBe("blogger:1001");
    expect(plan.posts.has("blogger:1005")).toBe(false);
    expect(plan.orphanComments).toEqual(new Set(["blogger:2006"]));
    expect(plan.orphanReplies).toEqual(new Set(["blogger:2005"]));
    expect(plan.settings).toMatchObject({ title: "Min gamla blogg", language: "sv", timezone: "Europe/Stockholm" });
    expect(plan.settings.blogUrls).toEqual(expect.arrayContaining(["http://mingamlablogg.blogspot.com/", "https://mingamlablogg.blogspot.com/"]));
    const codes = new Set(report.lines.map((line) => line.code));
    for (const code of ["template", "untitled", "undated-draft", "mobile-duplicate", "orphan-comment", "orphan-reply", "data-image", "label-renamed"]) {
      expect(codes, code).toContain(code);
    }
    expect(plan.totals).toMatchObject({ posts: 11, comments: 6 });
  });

  it("reads the Takeout folder with settings.csv and drops the trashed post and its comment", async () => {
    const plan = await planImport(await openExportSource(join(FIXTURES, "takeout")));
    expect(plan.report.format).toBe("takeout");
    expect(plan.report.counts.posts).toMatchObject({ found: 6, skipped: 2 });
    expect(plan.aliasOf.get("blogger:3004")).toBe("blogger:3002");
    expect(plan.orphanComments).toEqual(new Set(["blogger:3103"]));
    expect(plan.settings).toMatchObject({ title: "Min gamla blogg", description: "Om intranät, öppna data och annat", language: "sv", timezone: "Europe/Stockholm" });
  });

  it("keeps both entries when two different posts claim one address, moving the second", async () => {
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const entry = (id: number, title: string) =>
      `<entry><id>tag:blogger.com,1999:blog-1.post-${id}</id><published>2010-01-01T00:00:00Z</published><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/><title>${title}</title><content type='html'>${title}</content><link rel='alternate' href='http://x.blogspot.com/2010/01/same.html'/></entry>`;
    const file = join(await mkdtemp(join(tmpdir(), "plan-")), "export.xml");
    await writeFile(file, `<feed xmlns='http://www.w3.org/2005/Atom'>${entry(1, "Ett")}${entry(2, "Två")}</feed>`);
    const plan = await planImport(await openExportSource(file));
    expect(plan.loseAddress).toEqual(new Set(["blogger:2"]));
    expect(plan.posts).toEqual(new Set(["blogger:1", "blogger:2"]));
    expect(plan.report.lines.map((l) => l.code)).toEqual(["duplicate-path"]);
  });
});
