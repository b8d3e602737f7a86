/**
 * Inline styles authors may use in posts: the layout Blogger's and WordPress's editors write
 * (alignment, floated images with margins, sizes) and text formatting (colour, font). Every
 * value is checked against a pattern; anything else (url(), expression(), escapes, comments,
 * !important, negative or huge offsets, position/display/opacity that could hide or overlay the
 * page) is dropped declaration by declaration.
 */

const NUMBER = String.raw`(?:\d{1,4}|\d{0,4}\.\d{1,4})`;
const UNIT = "(?:px|em|rem|%|pt|pc|cm|mm|in|ex|ch|vw|vh)";
/** A non-negative length (no calc(), no negative margins that would pull content over the page). */
const LENGTH = `(?:0|${NUMBER}${UNIT})`;
const LENGTH_OR_AUTO = `(?:${LENGTH}|auto)`;

const KEYWORDS = {
  textAlign: ["left", "right", "center", "justify", "start", "end"],
  float: ["left", "right", "none"],
  clear: ["left", "right", "both", "none"],
  verticalAlign: ["baseline", "top", "middle", "bottom", "text-top", "text-bottom", "sub", "super"],
  fontStyle: ["normal", "italic", "oblique"],
  fontWeight: ["normal", "bold", "bolder", "lighter", "100", "200", "300", "400", "500", "600", "700", "800", "900"],
  fontSize: ["xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large", "smaller", "larger"],
  textDecoration: ["none", "underline", "line-through", "overline"],
  whiteSpace: ["normal", "nowrap", "pre", "pre-wrap", "pre-line"],
} as const;

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value.toLowerCase());
const matches = (pattern: string) => {
  const regex = new RegExp(`^${pattern}$`, "i");
  return (value: string) => regex.test(value);
};
/** 1 to `max` space-separated tokens, each matching `token`. */
const tokens = (token: string, max: number) => matches(`${token}(?: ${token}){0,${max - 1}}`);

const COLOR = String.raw`(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|rgba?\(\s*\d{1,3}%?\s*,\s*\d{1,3}%?\s*,\s*\d{1,3}%?\s*(?:,\s*(?:0|1|0?\.\d{1,3})\s*)?\)|[a-z]{3,24})`;
/** A font family: a quoted name or words, no escapes or punctuation that could end the value. */
const FAMILY = String.raw`(?:"[a-z0-9 \-]{1,60}"|'[a-z0-9 \-]{1,60}'|[a-z0-9\-]{1,60}(?: [a-z0-9\-]{1,60}){0,4})`;

/** Each allowed property and the check its value must pass (lower-case property names). */
export const STYLE_PROPERTIES: Readonly<Record<string, (value: string) => boolean>> = {
  "text-align": oneOf(KEYWORDS.textAlign),
  float: oneOf(KEYWORDS.float),
  clear: oneOf(KEYWORDS.clear),
  margin: tokens(LENGTH_OR_AUTO, 4),
  "margin-top": matches(LENGTH_OR_AUTO),
  "margin-right": matches(LENGTH_OR_AUTO),
  "margin-bottom": matches(LENGTH_OR_AUTO),
  "margin-left": matches(LENGTH_OR_AUTO),
  padding: tokens(LENGTH, 4),
  "padding-top": matches(LENGTH),
  "padding-right": matches(LENGTH),
  "padding-bottom": matches(LENGTH),
  "padding-left": matches(LENGTH),
  width: matches(LENGTH_OR_AUTO),
  height: matches(LENGTH_OR_AUTO),
  "max-width": matches(`(?:${LENGTH}|none)`),
  "vertical-align": oneOf(KEYWORDS.verticalAlign),
  color: matches(COLOR),
  "background-color": matches(COLOR),
  "font-size": (value) => oneOf(KEYWORDS.fontSize)(value) || matches(LENGTH)(value),
  "font-weight": oneOf(KEYWORDS.fontWeight),
  "font-style": oneOf(KEYWORDS.fontStyle),
  "font-family": matches(`${FAMILY}(?:\\s*,\\s*${FAMILY}){0,5}`),
  "line-height": matches(`(?:normal|${NUMBER}|${LENGTH})`),
  "text-decoration": tokens(`(?:${KEYWORDS.textDecoration.join("|")})`, 3),
  "white-space": oneOf(KEYWORDS.whiteSpace),
};

export interface StyleDeclaration {
  property: string;
  value: string;
}

/**
 * The declarations of a style attribute that pass the allowlist, in their order (a later one
 * for the same property wins, as in CSS). Declarations with escapes, comments or `!important`
 * are dropped whole rather than guessed at.
 */
export function parseStyle(style: string, options: { except?: readonly string[] } = {}): StyleDeclaration[] {
  const kept = new Map<string, string>();
  for (const part of style.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim().replace(/\s+/g, " ");
    if (value === "" || /[\\<>!@{}]|\/\*|url\s*\(|expression|javascript/i.test(value)) continue;
    const check = STYLE_PROPERTIES[property];
    if (!check || !check(value) || options.except?.includes(property)) continue;
    kept.delete(property);
    kept.set(property, value);
  }
  return [...kept].map(([property, value]) => ({ property, value }));
}

export function formatStyle(declarations: readonly StyleDeclaration[]): string {
  return declarations.map(({ property, value }) => `${property}: ${value};`).join(" ");
}

/** The safe part of a style attribute, or "" when nothing is left. */
export function sanitizeStyle(style: string, options: { except?: readonly string[] } = {}): string {
  return formatStyle(parseStyle(style, options));
}
