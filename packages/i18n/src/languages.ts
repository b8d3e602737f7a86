/** The languages a blog can be written in. Adding one means a dictionary in messages.ts. */
export const LANGUAGES = ["sv", "en"] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/** BCP 47 tags for Intl: region chosen for the date and time conventions Blogger used. */
export const INTL_LOCALE: Record<LanguageCode, string> = { sv: "sv-SE", en: "en-US" };
