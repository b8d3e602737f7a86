/**
 * Fetches one image for the import, under limits: Blogger's hosts only (redirects included),
 * public addresses only (the name is resolved here and the connection goes to the checked
 * address, so a name that resolves to 127.0.0.1 or 10.x is refused, and cannot change between
 * the check and the connection), a byte limit while reading, and a time limit for the whole.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { isBloggerImageHost } from "./hosts";

export interface ImageFetchOptions {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  /** Tests only: also allow loopback and private addresses (the test's own server). */
  allowPrivateAddresses?: boolean;
  /** Tests only: resolve names this way instead of through DNS. */
  resolve?: (hostname: string) => Promise<string>;
}

export class ImageFetchError extends Error {}

function isPublic(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

function resolver(options: ImageFetchOptions): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    // Node asks for every address (`all`) when it may try several; one checked address is enough.
    const answer = callback as unknown as (error: Error | null, address: string | LookupAddress[], family?: number) => void;
    const done = (error: Error | null, address?: string) => {
      if (error || !address) return answer(error ?? new ImageFetchError(`${hostname} did not resolve`), "", 4);
      if (!options.allowPrivateAddresses && !isPublic(address)) {
        return answer(new ImageFetchError(`${hostname} resolves to ${address}, which is not a public address`), "", 4);
      }
      const family = address.includes(":") ? 6 : 4;
      if (lookupOptions.all) answer(null, [{ address, family }]);
      else answer(null, address, family);
    };
    if (options.resolve) {
      options.resolve(hostname).then((address) => done(null, address), (error: Error) => done(error));
      return;
    }
    dnsLookup(hostname, { all: false }, (error, address: string | LookupAddress[]) => done(error, typeof address === "string" ? address : address[0]?.address));
  };
}

export interface FetchedImage {
  bytes: Buffer;
  /** The last path segment, for the media library's file name. */
  fileName: string;
}

function once(url: URL, options: ImageFetchOptions, signal: AbortSignal): Promise<{ redirect: string } | FetchedImage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    // agent: false: a fresh connection, so the address check runs every time (a pooled socket
    // to the same name would skip the lookup).
    const request = client.get(url, { agent: false, lookup: resolver(options), signal, headers: { "user-agent": "Crestwood-import/1 (+moving a Blogger blog)", accept: "image/*" } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        resolve({ redirect: new URL(response.headers.location, url).toString() });
        return;
      }
      if (status !== 200) {
        response.resume();
        reject(new ImageFetchError(`HTTP ${status}`));
        return;
      }
      const declared = Number(response.headers["content-length"] ?? NaN);
      if (declared > options.maxBytes) {
        response.destroy();
        reject(new ImageFetchError(`${declared} bytes, more than the ${options.maxBytes} allowed`));
        return;
      }
      const parts: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          response.destroy();
          reject(new ImageFetchError(`more than the ${options.maxBytes} bytes allowed`));
          return;
        }
        parts.push(chunk);
      });
      response.on("end", () => resolve({ bytes: Buffer.concat(parts), fileName: decodeURIComponent(url.pathname.split("/").pop() || "image") }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

export async function fetchImage(rawUrl: string, options: ImageFetchOptions): Promise<FetchedImage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ImageFetchError(`no answer within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  try {
    let url = new URL(rawUrl);
    for (let hop = 0; hop <= (options.maxRedirects ?? 3); hop++) {
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new ImageFetchError(`${url.protocol} is not fetched`);
      if (!isBloggerImageHost(url.hostname)) throw new ImageFetchError(`${url.hostname} is not one of Blogger's image hosts`);
      const result = await once(url, options, controller.signal);
      if ("bytes" in result) return result;
      url = new URL(result.redirect);
    }
    throw new ImageFetchError("too many redirects");
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason instanceof Error ? controller.signal.reason : new ImageFetchError("timed out");
    throw error instanceof ImageFetchError ? error : new ImageFetchError(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
