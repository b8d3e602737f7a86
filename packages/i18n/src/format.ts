import { INTL_LOCALE, type LanguageCode } from "./languages";
import { messages, type PluralForms } from "./messages";

// Intl formatters are costly to build and are reused across requests; the cache is keyed by
// their options only, so it holds no request data.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: LanguageCode, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** The date header above a day's posts: "måndag 2 februari 2009", "Monday, February 2, 2009". */
export function formatDateHeader(date: Date, language: LanguageCode, timeZone: string): string {
  return formatter(language, timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** A short date for comments: "2 februari 2009", "February 2, 2009". */
export function formatDate(date: Date, language: LanguageCode, timeZone: string): string {
  return formatter(language, timeZone, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** The time of day: "10:14" in Swedish, "10:14 AM" in English. */
export function formatTime(date: Date, language: LanguageCode, timeZone: string): string {
  return formatter(language, timeZone, { hour: "numeric", minute: "2-digit" }).format(date);
}

/** The calendar day in the blog's timezone (YYYY-MM-DD), for grouping posts under date headers. */
export function dayKey(date: Date, timeZone: string): string {
  return formatter("sv", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** Year and month in the blog's timezone, as used in permalinks (/2009/02/...). */
export function yearMonth(date: Date, timeZone: string): { year: string; month: string } {
  const [year = "", month = ""] = dayKey(date, timeZone).split("-");
  return { year, month };
}

export function plural(count: number, forms: PluralForms, language: LanguageCode): string {
  const rule = new Intl.PluralRules(INTL_LOCALE[language]).select(count);
  return rule === "one" ? forms.one : forms.other;
}

/** "0 kommentarer", "1 kommentar", "2 comments": the number and word agree. */
export function formatCommentCount(count: number, language: LanguageCode): string {
  return `${count} ${plural(count, messages[language].comments, language)}`;
}

/** A month as the archive names it: "februari 2009", "February 2009". */
export function formatMonthYear(year: number, month: number, language: LanguageCode): string {
  // Mid-month at noon UTC is that month in every timezone.
  return formatter(language, "UTC", { month: "long", year: "numeric" }).format(new Date(Date.UTC(year, month - 1, 15, 12)));
}

/** Offset of `timeZone` from UTC at `date`, in milliseconds (positive east of Greenwich). */
function zoneOffset(date: Date, timeZone: string): number {
  const parts = formatter("en", timeZone, {
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * The instant a calendar month (or, with month 13, the next year) begins in the blog's timezone,
 * for archive pages: /2009/02/ holds what was published from the start of February to the start
 * of March, Swedish time.
 */
export function startOfMonthInZone(year: number, month: number, timeZone: string): Date {
  const wallClock = Date.UTC(year, month - 1, 1);
  const guess = wallClock - zoneOffset(new Date(wallClock), timeZone);
  // Around a DST change the offset at the guess can differ from the one at the wall-clock time.
  return new Date(wallClock - zoneOffset(new Date(guess), timeZone));
}

/** A month's name alone, for the archive widget under its year: "februari", "February". */
export function formatMonth(month: number, language: LanguageCode): string {
  return formatter(language, "UTC", { month: "long" }).format(new Date(Date.UTC(2000, month - 1, 15, 12)));
}

/** "YYYY-MM-DDTHH:mm" as a clock in the blog's timezone shows `date` (for `<input type="datetime-local">`). */
export function toZonedInputValue(date: Date, timeZone: string): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000 + zoneOffset(date, timeZone)).toISOString().slice(0, 16);
}

/**
 * The instant a clock in `timeZone` shows as `value` ("YYYY-MM-DDTHH:mm"); null if unreadable.
 * Authors schedule in the blog's timezone, whatever their computer's is.
 */
export function fromZonedInputValue(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wallClock)) return null;
  // As startOfMonthInZone: the offset at the guess, then at the corrected instant (DST).
  const guess = wallClock - zoneOffset(new Date(wallClock), timeZone);
  return new Date(wallClock - zoneOffset(new Date(guess), timeZone));
}
