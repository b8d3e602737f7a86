/**
 * `crestwood export <file>`: the whole blog as a classic Blogger export (an Atom feed with kind
 * categories, labels, app:draft, thr:in-reply-to), which Blogger-reading tools accept. What
 * Blogger's format cannot hold goes in elements of Crestwood's own namespace, which those tools
 * skip and our importer reads: comment moderation state, accounts (never passwords), the media
 * library's images with their stored files, ids, slugs, excerpts, creation times, every address a
 * post has had (the address table). Importing the
 * file into an empty blog reproduces the blog.
 *
 * Written as a stream, a page of rows at a time, so a large blog needs little memory.
 */
import type { Db } from "@crestwood/db";
import { stripXmlIllegal } from "../feeds/xml-text";
import { CRESTWOOD_NS, KIND_PREFIX, KIND_SCHEME, LABEL_SCHEME } from "../import/blogger/namespaces";
import type { MediaStorage } from "../media/storage";
import { getBlog } from "../services/blog";
import { formatPostPath } from "../urls";
import { exportItemId } from "./item-ids";

const PAGE = 500;

/** Text for XML character data or attribute values; a CR is escaped so the parser does not fold CRLF. */
export function xml(text: string): string {
  return stripXmlIllegal(text).replace(/[&<>"'\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;" })[c]!);
}

const date = (value: Date) => value.toISOString();
const kind = (term: string) => `<category scheme='${KIND_SCHEME}' term='${KIND_PREFIX}${term}'/>`;

export interface ExportWriter {
  write(chunk: string): Promise<void>;
}

export interface ExportCounts {
  posts: number;
  pages: number;
  comments: number;
  accounts: number;
  media: number;
}

export async function exportBlog(db: Db, out: ExportWriter, options: { origin?: string; storage?: MediaStorage | null; now?: Date } = {}): Promise<ExportCounts> {
  const blog = await getBlog(db);
  const origin = (options.origin ?? "").replace(/\/$/, "");
  const counts: ExportCounts = { posts: 0, pages: 0, comments: 0, accounts: 0, media: 0 };
  const now = options.now ?? new Date();
  const setting = (key: string, value: string) =>
    `<entry><id>tag:crestwood.invalid,2026:blog.settings.${key}</id><published>${date(now)}</published><updated>${date(now)}</updated>${kind("settings")}<title type='text'>${key}</title><content type='text'>${xml(value)}</content></entry>\n`;

  await out.write(
    `<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' xmlns:app='http://purl.org/atom/app#' xmlns:thr='http://purl.org/syndication/thread/1.0' xmlns:cw='${CRESTWOOD_NS}'>\n` +
      `<id>tag:crestwood.invalid,2026:blog</id>\n<updated>${date(now)}</updated>\n<title type='text'>${xml(blog.title)}</title>\n` +
      (origin ? `<link rel='alternate' type='text/html' href='${xml(origin)}/'/>\n` : "") +
      `<author><name>${xml(blog.title)}</name></author>\n<generator>Crestwood</generator>\n`,
  );

  // Accounts first: posts and comments name them.
  const users = await db.user.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, email: true, name: true, role: true, createdAt: true } });
  for (const user of users) {
    await out.write(`<cw:account id='${xml(user.id)}' email='${xml(user.email)}' name='${xml(user.name)}' role='${user.role}' created='${date(user.createdAt)}'/>\n`);
    counts.accounts++;
  }
  const emailOf = new Map(users.map((user) => [user.id, user.email]));

  // Labels without posts are kept too.
  for (const label of await db.label.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } })) {
    await out.write(`<cw:label id='${xml(label.id)}' name='${xml(label.name)}'/>\n`);
  }

  for (let cursor: string | undefined; ; ) {
    const rows = await db.media.findMany({ orderBy: { id: "asc" }, take: 20, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    if (rows.length === 0) break;
    for (const media of rows) {
      const variants = JSON.parse(media.variants) as { name: string; width: number; height: number; format: string }[];
      let files = "";
      for (const variant of variants) {
        const data = options.storage ? await options.storage.get(variant.name) : null;
        if (!data) continue;
        files += `<cw:file name='${xml(variant.name)}' width='${variant.width}' height='${variant.height}' format='${xml(variant.format)}'>${data.toString("base64")}</cw:file>`;
      }
      const uploader = media.uploadedById ? emailOf.get(media.uploadedById) : undefined;
      await out.write(
        `<cw:media id='${xml(media.id)}' hash='${media.hash}' fileName='${xml(media.fileName)}' mime='${xml(media.mime)}' width='${media.width}' height='${media.height}' bytes='${media.bytes}' created='${date(media.createdAt)}'${uploader ? ` uploadedBy='${xml(uploader)}'` : ""}><cw:alt>${xml(media.alt)}</cw:alt><cw:caption>${xml(media.caption)}</cw:caption>${files}</cw:media>\n`,
      );
      counts.media++;
    }
    cursor = rows[rows.length - 1]!.id;
  }

  await out.write(
    setting("BLOG_NAME", blog.title) +
      setting("BLOG_DESCRIPTION", blog.description) +
      setting("BLOG_LOCALE", blog.language) +
      setting("BLOG_TIME_ZONE", blog.timezone) +
      setting("CRESTWOOD_POSTS_PER_PAGE", String(blog.postsPerPage)) +
      setting("CRESTWOOD_COMMENT_POLICY", blog.commentPolicy),
  );

  for (let cursor: string | undefined; ; ) {
    const posts = await db.post.findMany({
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      include: {
        labels: { select: { label: { select: { name: true } } }, orderBy: { label: { name: "asc" } } },
        featuredMedia: { select: { hash: true } },
        imports: { select: { sourceId: true }, take: 1 },
        addresses: { select: { path: true }, orderBy: { path: "asc" } },
      },
    });
    if (posts.length === 0) break;
    const postIds = new Map(posts.map((post) => [post.id, exportItemId(post.imports[0]?.sourceId, post.id)]));
    for (const post of posts) {
      const id = postIds.get(post.id)!;
      const path = post.publishedAt && post.status !== "draft" ? formatPostPath({ slug: post.slug, kind: post.kind, publishedAt: post.publishedAt }, blog.timezone) : null;
      const author = post.authorId ? emailOf.get(post.authorId) : undefined;
      const authorName = post.authorId ? (users.find((user) => user.id === post.authorId)?.name ?? "") : "";
      await out.write(
        `<entry><id>${xml(id)}</id>` +
          (post.publishedAt ? `<published>${date(post.publishedAt)}</published>` : "") +
          `<updated>${date(post.updatedAt)}</updated>` +
          (post.status === "draft" ? `<app:control><app:draft>yes</app:draft></app:control>` : "") +
          kind(post.kind) +
          post.labels.map(({ label }) => `<category scheme='${LABEL_SCHEME}' term='${xml(label.name)}'/>`).join("") +
          `<title type='text'>${xml(post.title)}</title><content type='html'>${xml(post.bodyHtml)}</content>` +
          (path ? `<link rel='alternate' type='text/html' href='${xml(origin + path)}' title='${xml(post.title)}'/>` : "") +
          (author ? `<author><name>${xml(authorName)}</name></author>` : "") +
          `<cw:id>${xml(post.id)}</cw:id><cw:slug>${xml(post.slug)}</cw:slug><cw:status>${post.status}</cw:status><cw:excerpt>${xml(post.excerpt)}</cw:excerpt><cw:created>${date(post.createdAt)}</cw:created>` +
          post.addresses.map((address) => `<cw:address>${xml(address.path)}</cw:address>`).join("") +
          (author ? `<cw:author email='${xml(author)}'/>` : "") +
          (post.featuredMedia ? `<cw:featured hash='${post.featuredMedia.hash}'/>` : "") +
          `</entry>\n`,
      );
      counts[post.kind === "page" ? "pages" : "posts"]++;
    }
    // The comments of this page of posts, parents before replies (by time, as they were written).
    const comments = await db.comment.findMany({
      where: { postId: { in: posts.map((post) => post.id) } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { imports: { select: { sourceId: true }, take: 1 }, parent: { select: { id: true, imports: { select: { sourceId: true }, take: 1 } } } },
    });
    for (const comment of comments) {
      const id = exportItemId(comment.imports[0]?.sourceId, comment.id);
      const parent = comment.parent ? exportItemId(comment.parent.imports[0]?.sourceId, comment.parent.id) : null;
      const user = comment.userId ? emailOf.get(comment.userId) : undefined;
      await out.write(
        `<entry><id>${xml(id)}</id><published>${date(comment.createdAt)}</published><updated>${date(comment.createdAt)}</updated>${kind("comment")}` +
          `<title type='text'></title><content type='html'>${xml(comment.bodyHtml)}</content>` +
          (parent ? `<link rel='related' type='application/atom+xml' href='${xml(parent)}'/>` : "") +
          `<author><name>${xml(comment.authorName)}</name>${comment.authorUrl ? `<uri>${xml(comment.authorUrl)}</uri>` : ""}</author>` +
          `<thr:in-reply-to ref='${xml(postIds.get(comment.postId)!)}' type='text/html'/>` +
          `<cw:id>${xml(comment.id)}</cw:id><cw:status>${comment.status}</cw:status>${user ? `<cw:user email='${xml(user)}'/>` : ""}</entry>\n`,
      );
      counts.comments++;
    }
    cursor = posts[posts.length - 1]!.id;
  }
  await out.write(`</feed>\n`);
  return counts;
}
