// The mail the e2e server "sends": with no SMTP_URL, its background worker writes each message as
// an .eml file to tmp/e2e/outbox (beside the database). Tests read them as a mail client would.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { findRepoRoot } from "@crestwood/db";

const outboxDir = () => join(findRepoRoot(import.meta.dirname), "tmp", "e2e", "outbox");

async function mailTo(address: string): Promise<ParsedMail[]> {
  let files: string[];
  try {
    files = readdirSync(outboxDir()).filter((name) => name.endsWith(".eml")).sort();
  } catch {
    return [];
  }
  const parsed = await Promise.all(files.map((name) => simpleParser(readFileSync(join(outboxDir(), name)))));
  return parsed.filter((mail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((group) => group.value.some((entry) => entry.address === address)));
}

/** Waits for the worker (it wakes every few seconds) to deliver the `count`th mail to `address`. */
export async function waitForMail(address: string, count = 1): Promise<ParsedMail> {
  let found: ParsedMail[] = [];
  await expect(async () => {
    found = await mailTo(address);
    expect(found.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 30_000, intervals: [500, 1000] });
  const mail = found[count - 1];
  if (!mail) throw new Error(`No mail number ${count} to ${address}`);
  return mail;
}

/** The path and query of the first link in the mail's text whose path starts with `pathPrefix`. */
export function linkPath(mail: ParsedMail, pathPrefix: string): string {
  for (const word of mail.text?.split(/\s+/) ?? []) {
    if (!/^https?:\/\//.test(word)) continue;
    const url = new URL(word);
    if (url.pathname.startsWith(pathPrefix)) return `${url.pathname}${url.search}`;
  }
  throw new Error(`No link to ${pathPrefix} in:\n${mail.text ?? ""}`);
}
