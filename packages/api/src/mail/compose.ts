import type { LanguageCode } from "@crestwood/i18n";

/**
 * A mail is written once, as blocks, and rendered twice: a plain-text part and an HTML part that
 * say the same thing. Everything that comes from people (names, comments, titles) is text here and
 * escaped in the HTML part; no block takes HTML.
 */
export type MailBlock =
  | { type: "paragraph"; text: string }
  /** Someone's words (a comment), set apart. */
  | { type: "quote"; label?: string; text: string }
  /** The one thing the mail asks the reader to do: a button in HTML, a line with the address in text. */
  | { type: "action"; label: string; url: string }
  | { type: "link"; label: string; url: string }
  /** A post in a digest: its title linking to it, and its opening lines. */
  | { type: "post"; title: string; url: string; excerpt: string; readMore: string }
  | { type: "small"; text: string };

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContent {
  language: LanguageCode;
  subject: string;
  blocks: MailBlock[];
  /** Small print under a rule: why the reader gets this, how to stop it. */
  footer: MailBlock[];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Only http(s) links go into a mail; anything else is a bug upstream, not something to send. */
function checkedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Not a web address for a mail link: ${url}`);
  return parsed.href;
}

/** Line breaks in a person's text survive in HTML as <br>. */
function htmlText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>\n");
}

function quoteText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join("\n");
}

function blockText(block: MailBlock): string {
  switch (block.type) {
    case "paragraph":
    case "small":
      return block.text;
    case "quote":
      return `${block.label ? `${block.label}\n` : ""}${quoteText(block.text)}`;
    case "action":
    case "link":
      return `${block.label}:\n${checkedUrl(block.url)}`;
    case "post":
      return `${block.title}\n${block.excerpt ? `${block.excerpt}\n` : ""}${block.readMore}: ${checkedUrl(block.url)}`;
  }
}

const STYLE = {
  body: "margin:0;padding:24px;background:#f4f4f1;font-family:Georgia,'Times New Roman',serif;color:#222;",
  card: "max-width:560px;margin:0 auto;padding:24px;background:#fff;border:1px solid #ddd;",
  p: "margin:0 0 16px;font-size:16px;line-height:1.5;",
  quote: "margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccc;color:#444;font-size:15px;line-height:1.5;",
  button: "display:inline-block;padding:10px 18px;background:#2a5db0;color:#fff;text-decoration:none;border-radius:4px;font-family:Arial,sans-serif;font-size:15px;",
  link: "color:#2a5db0;",
  small: "margin:0 0 8px;font-size:13px;line-height:1.4;color:#666;",
  rule: "border:0;border-top:1px solid #ddd;margin:24px 0 16px;",
  postTitle: "margin:0 0 4px;font-size:18px;",
} as const;

function blockHtml(block: MailBlock): string {
  switch (block.type) {
    case "paragraph":
      return `<p style="${STYLE.p}">${htmlText(block.text)}</p>`;
    case "small":
      return `<p style="${STYLE.small}">${htmlText(block.text)}</p>`;
    case "quote":
      return `${block.label ? `<p style="${STYLE.p}">${htmlText(block.label)}</p>` : ""}<blockquote style="${STYLE.quote}">${htmlText(block.text)}</blockquote>`;
    case "action":
      return `<p style="${STYLE.p}"><a href="${escapeHtml(checkedUrl(block.url))}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p>`;
    case "link":
      return `<p style="${STYLE.p}"><a href="${escapeHtml(checkedUrl(block.url))}" style="${STYLE.link}">${escapeHtml(block.label)}</a></p>`;
    case "post": {
      const url = escapeHtml(checkedUrl(block.url));
      return (
        `<h2 style="${STYLE.postTitle}"><a href="${url}" style="${STYLE.link}">${escapeHtml(block.title)}</a></h2>` +
        (block.excerpt ? `<p style="${STYLE.p}">${htmlText(block.excerpt)}</p>` : "") +
        `<p style="${STYLE.p}"><a href="${url}" style="${STYLE.link}">${escapeHtml(block.readMore)}</a></p>`
      );
    }
  }
}

export function composeMail(content: MailContent): ComposedMail {
  const text = [...content.blocks.map(blockText), "--", ...content.footer.map(blockText)].join("\n\n") + "\n";
  const html =
    `<!DOCTYPE html>\n<html lang="${content.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="${STYLE.body}"><div style="${STYLE.card}">\n${content.blocks.map(blockHtml).join("\n")}\n<hr style="${STYLE.rule}">\n${content.footer.map(blockHtml).join("\n")}\n</div></body></html>\n`;
  // A subject is one line: a title with a line break in it must not become a second header.
  return { subject: content.subject.replace(/[\r\n]+/g, " ").trim(), text, html };
}
