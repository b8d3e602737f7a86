/**
 * Crestwood's own export is a classic Blogger export plus elements in the CRESTWOOD_NS
 * namespace for what Blogger's format cannot hold. Blogger-reading tools skip them; our
 * importer reads them back, so export → import reproduces a blog exactly.
 */
import type { CrestwoodPostExtras, ImportAccount, ImportLabel, ImportMedia, SourceRef } from "../model";
import { parseDate } from "./entry-fields";
import { CRESTWOOD_NS } from "./namespaces";
import { attr, child, childText, childrenNamed, type XmlNode } from "./xml-entries";

export function readPostExtras(entry: XmlNode): CrestwoodPostExtras | undefined {
  if (!entry.children.some((c) => c.uri === CRESTWOOD_NS)) return undefined;
  const author = child(entry, "author", CRESTWOOD_NS);
  const featured = child(entry, "featured", CRESTWOOD_NS);
  const status = childText(entry, "status", CRESTWOOD_NS)?.trim();
  return {
    status: status === "draft" || status === "scheduled" || status === "published" ? status : undefined,
    addresses: childrenNamed(entry, "address", CRESTWOOD_NS).map((node) => node.text.trim()).filter(Boolean),
    id: childText(entry, "id", CRESTWOOD_NS)?.trim() || undefined,
    slug: childText(entry, "slug", CRESTWOOD_NS)?.trim() || undefined,
    excerpt: childText(entry, "excerpt", CRESTWOOD_NS),
    authorEmail: author ? attr(author, "email") : undefined,
    featuredMediaHash: featured ? attr(featured, "hash") : undefined,
  };
}

export function readCreated(entry: XmlNode): Date | null {
  return parseDate(childText(entry, "created", CRESTWOOD_NS)).date;
}

export function readCommentExtras(entry: XmlNode): { id?: string; userEmail?: string; status?: "published" | "pending" | "spam" } | undefined {
  if (!entry.children.some((c) => c.uri === CRESTWOOD_NS)) return undefined;
  const status = childText(entry, "status", CRESTWOOD_NS)?.trim();
  const user = child(entry, "user", CRESTWOOD_NS);
  return {
    id: childText(entry, "id", CRESTWOOD_NS)?.trim() || undefined,
    userEmail: user ? attr(user, "email") : undefined,
    status: status === "pending" || status === "spam" || status === "published" ? status : undefined,
  };
}

/** <cw:account email name role created/> at the feed's top. */
export function readAccount(node: XmlNode, ref: SourceRef): ImportAccount | null {
  const email = attr(node, "email")?.trim().toLowerCase();
  const name = attr(node, "name")?.trim();
  const role = attr(node, "role");
  if (!email || !name || (role !== "owner" && role !== "author")) return null;
  return { type: "account", ref, id: attr(node, "id"), email, name, role, createdAt: parseDate(attr(node, "created")).date ?? undefined };
}

/** <cw:media hash …><cw:file name width height format>base64</cw:file>…</cw:media> */
export function readMedia(node: XmlNode, ref: SourceRef): ImportMedia | null {
  const hash = attr(node, "hash");
  const numbers = ["width", "height", "bytes"].map((name) => Number(attr(node, name)));
  if (!hash || !/^[0-9a-f]{64}$/.test(hash) || numbers.some((n) => !Number.isInteger(n) || n < 0)) return null;
  const [width, height, bytes] = numbers as [number, number, number];
  const files = childrenNamed(node, "file", CRESTWOOD_NS).map((file) => ({
    name: attr(file, "name") ?? "",
    width: Number(attr(file, "width")),
    height: Number(attr(file, "height")),
    format: attr(file, "format") ?? "",
    data: Buffer.from(file.text.replace(/\s+/g, ""), "base64"),
  }));
  return {
    type: "media",
    ref,
    id: attr(node, "id"),
    hash,
    fileName: attr(node, "fileName") ?? "image",
    mime: attr(node, "mime") ?? "",
    width,
    height,
    bytes,
    alt: childText(node, "alt", CRESTWOOD_NS) ?? "",
    caption: childText(node, "caption", CRESTWOOD_NS) ?? "",
    createdAt: parseDate(attr(node, "created")).date ?? undefined,
    uploadedByEmail: attr(node, "uploadedBy"),
    files,
  };
}

/** <cw:label id name/> at the feed's top. */
export function readLabel(node: XmlNode, ref: SourceRef): ImportLabel | null {
  const name = attr(node, "name")?.trim();
  return name ? { type: "label", ref, id: attr(node, "id"), name } : null;
}
