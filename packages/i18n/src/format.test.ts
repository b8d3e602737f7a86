import { describe, expect, it } from "vitest";
import { dayKey, formatCommentCount, formatDateHeader, formatMonthYear, formatTime, fromZonedInputValue, startOfMonthInZone, toZonedInputValue, yearMonth } from "./format";

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

describe("startOfMonthInZone", () => {
  it("is midnight of the first day in the blog's timezone", () => {
    expect(startOfMonthInZone(2009, 2, "Europe/Stockholm").toISOString()).toBe("2009-01-31T23:00:00.000Z");
    expect(startOfMonthInZone(2009, 7, "Europe/Stockholm").toISOString()).toBe("2009-06-30T22:00:00.000Z");
    expect(startOfMonthInZone(2009, 13, "UTC").toISOString()).toBe("2010-01-01T00:00:00.000Z");
    expect(startOfMonthInZone(2021, 3, "America/New_York").toISOString()).toBe("2021-03-01T05:00:00.000Z");
  });
});

describe("formatMonthYear", () => {
  it("names the month in the blog's language", () => {
    expect(formatMonthYear(2009, 2, "sv")).toBe("februari 2009");
    expect(formatMonthYear(2009, 2, "en")).toBe("February 2009");
  });
});

describe("zoned datetime-local values", () => {
  it("shows and reads a time in the blog's timezone, across daylight saving time", () => {
    const winter = new Date("2009-02-02T09:14:00Z");
    const summer = new Date("2009-07-02T09:14:00Z");
    expect(toZonedInputValue(winter, "Europe/Stockholm")).toBe("2009-02-02T10:14");
    expect(toZonedInputValue(summer, "Europe/Stockholm")).toBe("2009-07-02T11:14");
    expect(fromZonedInputValue("2009-02-02T10:14", "Europe/Stockholm")).toEqual(winter);
    expect(fromZonedInputValue("2009-07-02T11:14", "Europe/Stockholm")).toEqual(summer);
    expect(fromZonedInputValue("2009-07-02T11:14", "UTC")).toEqual(new Date("2009-07-02T11:14:00Z"));
    expect(fromZonedInputValue("2009-07-02T05:14", "America/New_York")).toEqual(new Date("2009-07-02T09:14:00Z"));
  });
  it("refuses what is not a datetime-local value", () => {
    expect(fromZonedInputValue("", "UTC")).toBeNull();
    expect(fromZonedInputValue("2 feb 2009", "UTC")).toBeNull();
  });
});
