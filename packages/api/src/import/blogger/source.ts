/**
 * Where an export comes from: a file (classic .xml or feed.atom), a Takeout folder, or the Takeout
 * zip. Each yields the feed as text, as often as asked (the import reads it twice: once to check
 * and count, once to write), and settings.csv when Takeout put one beside the feed.
 */
import { createReadStream } from "node:fs";
import { open, readFile, readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { ExportFileError } from "./xml-entries";

export interface ExportSource {
  /** What to call it in messages: the file, or the feed's path inside the folder or zip. */
  name: string;
  /** Size of the feed in bytes (for progress). */
  bytes: number;
  /** settings.csv's text, when Takeout put one beside the feed. */
  settingsCsv: string | null;
  /** The feed's text, chunk by chunk; `onBytes` hears how many bytes each chunk was. */
  read(onBytes?: (bytes: number) => void): AsyncIterable<string>;
}

async function* decode(stream: Readable, onBytes?: (bytes: number) => void): AsyncIterable<string> {
  const decoder = new StringDecoder("utf8");
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes?.(chunk.length);
    let text = decoder.write(chunk);
    if (first && text.length > 0) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The Takeout layout: …/Blogger/Blogs/<blog name>/feed.atom. */
const FEED_NAME = "feed.atom";

function chooseFeed(paths: string[], where: string, blog: string | undefined): string {
  const feeds = paths.filter((path) => basename(path) === FEED_NAME);
  const named = blog ? feeds.filter((path) => basename(dirname(path)) === blog) : feeds;
  if (named.length === 1) return named[0]!;
  const names = feeds.map((path) => basename(dirname(path)));
  if (named.length === 0 && blog) throw new ExportFileError(`${where} has no blog named "${blog}": it has ${names.map((n) => `"${n}"`).join(", ") || "none"}.`);
  if (named.length === 0) throw new ExportFileError(`${where} has no ${FEED_NAME}: expected Takeout/Blogger/Blogs/<blog>/${FEED_NAME}.`);
  throw new ExportFileError(`${where} holds ${named.length} blogs (${names.map((n) => `"${n}"`).join(", ")}): choose one with --blog NAME.`);
}

async function listFiles(dir: string, depth = 0): Promise<string[]> {
  if (depth > 6) return [];
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(path, depth + 1)));
    else if (entry.isFile() && (entry.name === FEED_NAME || entry.name === "settings.csv")) found.push(path);
  }
  return found;
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

function fileSource(path: string, bytes: number, name: string, settingsCsv: string | null): ExportSource {
  return { name, bytes, settingsCsv, read: (onBytes) => decode(createReadStream(path, { highWaterMark: 256 * 1024 }), onBytes) };
}

async function folderSource(dir: string, blog: string | undefined): Promise<ExportSource> {
  const feed = chooseFeed(await listFiles(dir), `The folder ${dir}`, blog);
  const settingsCsv = await readIfExists(join(dirname(feed), "settings.csv"));
  return fileSource(feed, (await stat(feed)).size, relative(dir, feed) || FEED_NAME, settingsCsv);
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

async function zipEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}

async function streamText(stream: Readable): Promise<string> {
  const parts: string[] = [];
  for await (const text of decode(stream)) parts.push(text);
  return parts.join("");
}

async function zipSource(path: string, blog: string | undefined): Promise<ExportSource> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    throw new ExportFileError(`${basename(path)} is not a readable zip file: ${error instanceof Error ? error.message : String(error)}.`);
  }
  try {
    const entries = await zipEntries(zip);
    const byName = new Map(entries.map((entry) => [entry.fileName, entry]));
    const feedName = chooseFeed([...byName.keys()], basename(path), blog);
    const feed = byName.get(feedName)!;
    const settings = byName.get(join(dirname(feedName), "settings.csv"));
    const settingsCsv = settings ? await streamText(await entryStream(zip, settings)) : null;
    zip.close();
    return {
      name: `${basename(path)}: ${feedName}`,
      bytes: feed.uncompressedSize,
      settingsCsv,
      async *read(onBytes) {
        // A fresh handle per read: each pass streams the entry from the start.
        const again = await openZip(path);
        try {
          const [entry] = (await zipEntries(again)).filter((e) => e.fileName === feedName);
          if (!entry) throw new ExportFileError(`${feedName} disappeared from ${basename(path)}.`);
          yield* decode(await entryStream(again, entry), onBytes);
        } finally {
          again.close();
        }
      },
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function startsWithZipMagic(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(4);
    await handle.read(buffer, 0, 4, 0);
    return buffer.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    await handle.close();
  }
}

/** The export at `path`: a file, a Takeout folder or a Takeout zip (told apart by content). */
export async function openExportSource(path: string, options: { blog?: string; displayName?: string } = {}): Promise<ExportSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ExportFileError(`No file or folder at ${path}.`);
  }
  if (info.isDirectory()) return folderSource(path, options.blog);
  if (await startsWithZipMagic(path)) return zipSource(path, options.blog);
  const settingsCsv = basename(path) === FEED_NAME ? await readIfExists(join(dirname(path), "settings.csv")) : null;
  return fileSource(path, info.size, options.displayName ?? basename(path), settingsCsv);
}
