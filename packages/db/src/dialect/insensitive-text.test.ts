import { describe, expect, it } from "vitest";
import { caseInsensitiveArgs } from "./insensitive-text";

describe("caseInsensitiveArgs", () => {
  it("marks text filters in where clauses, nested relations and includes", () => {
    const args = {
      where: {
        title: { contains: "Åsa" },
        OR: [{ fileName: { startsWith: "a" } }, { alt: { endsWith: "ö", mode: "default" } }],
        labels: { some: { label: { name: { contains: "x" } } } },
        slug: { equals: "A" },
      },
      include: { comments: { where: { bodyHtml: { not: { contains: "spam" } } } } },
    };
    expect(caseInsensitiveArgs(args)).toEqual({
      where: {
        title: { contains: "Åsa", mode: "insensitive" },
        OR: [{ fileName: { startsWith: "a", mode: "insensitive" } }, { alt: { endsWith: "ö", mode: "default" } }],
        labels: { some: { label: { name: { contains: "x", mode: "insensitive" } } } },
        slug: { equals: "A" },
      },
      include: { comments: { where: { bodyHtml: { not: { contains: "spam" }, mode: "insensitive" } } } },
    });
  });

  it("leaves written data, dates and the input alone", () => {
    const when = new Date(0);
    const args = { where: { id: "x", createdAt: { lt: when } }, data: { title: { contains: "y" } } };
    const out = caseInsensitiveArgs(args);
    expect(out).toEqual(args);
    expect(out.where.createdAt.lt).toBe(when);
    expect(args.where).not.toHaveProperty("mode");
  });
});
