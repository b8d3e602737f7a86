import { describe, expect, it } from "vitest";
import { dayKey, formatCommentCount, formatDateHeader, formatTime, yearMonth } from "./format";

const feb2 = new Date("2009-02-02T09:14:00Z");

describe("formatDateHeader", () => {
  it("writes Swedish date headers as Blogger did", () => {
    expect(formatDateHeader(feb2, "sv", "Europe/Stockholm")).toBe("måndag 2 februari 2009");
  });
  it("writes English date headers", () => {
    expect(formatDateHeader(feb2, "en", "Europe/Stockholm")).toBe("Monday, February 2, 2009");
  });
  it("uses the blog's timezone, not the server's, to pick the day", () => {
    const lateEvening = new Date("2009-02-01T23:30:00Z");
    expect(formatDateHeader(lateEvening, "sv", "Europe/Stockholm")).toBe("måndag 2 februari 2009");
    expect(formatDateHeader(lateEvening, "sv", "UTC")).toBe("söndag 1 februari 2009");
    expect(dayKey(lateEvening, "Europe/Stockholm")).toBe("2009-02-02");
  });
});

describe("formatTime", () => {
  it("uses the 24-hour clock in Swedish and AM/PM in English", () => {
    expect(formatTime(feb2, "sv", "Europe/Stockholm")).toBe("10:14");
    expect(formatTime(feb2, "en", "Europe/Stockholm")).toMatch(/^10:14\sAM$/);
  });
});

describe("yearMonth", () => {
  it("gives the permalink's year and month in the blog's timezone", () => {
    expect(yearMonth(new Date("2009-01-31T23:30:00Z"), "Europe/Stockholm")).toEqual({ year: "2009", month: "02" });
    expect(yearMonth(new Date("2009-01-31T23:30:00Z"), "UTC")).toEqual({ year: "2009", month: "01" });
  });
});

describe("formatCommentCount", () => {
  it.each([
    [0, "sv", "0 kommentarer"],
    [1, "sv", "1 kommentar"],
    [2, "sv", "2 kommentarer"],
    [0, "en", "0 comments"],
    [1, "en", "1 comment"],
    [21, "en", "21 comments"],
  ] as const)("%i in %s is %s", (count, language, expected) => {
    expect(formatCommentCount(count, language)).toBe(expected);
  });
});
