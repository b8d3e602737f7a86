/**
 * The neutral import model: what an export file says, independent of its format. Readers of a
 * format (blogger/classic.ts, blogger/takeout.ts) turn entries into these items; the writer
 * (write.ts) turns items into rows. Nothing here knows about XML or the database.
 */

/** Where an entry sits in the file, for report lines a person can look up. */
export interface SourceRef {
  /** 1-based position among the file's entries. */
  entry: number;
  /** Line of the entry's start tag. */
  line: number;
  /** The entry's id in the export (e.g. tag:blogger.com,1999:blog-1.post-2), when it has one. */
  id?: string;
}

export interface ImportAuthor {
  name: string;
  /** Profile address (Blogger: https://www.blogger.com/profile/<n>), when the export has one. */
  uri?: string;
  /** Only real addresses: Blogger's placeholder noreply@blogger.com is dropped. */
  email?: string;
  /** A commenter without a Blogger profile. */
  anonymous?: boolean;
}

export interface ImportSettings {
  type: "settings";
  ref: SourceRef;
  title?: string;
  description?: string;
  language?: "sv" | "en";
  /** The locale as Blogger gave it, when it is not a language Crestwood has. */
  unsupportedLocale?: string;
  timezone?: string;
  postsPerPage?: number;
  commentPolicy?: "open" | "moderated" | "closed";
  /** Addresses the blog had (https://name.blogspot.com/), for rewriting its own links. */
  blogUrls?: string[];
}

/** What only a Crestwood export carries (its `crestwood:` extension elements). */
export interface CrestwoodPostExtras {
  id?: string;
  slug?: string;
  excerpt?: string;
  authorEmail?: string;
  featuredMediaHash?: string;
  /** The stored status (a scheduled post whose time has come is still "scheduled"). */
  status?: "draft" | "scheduled" | "published";
  /** Every address the post had (the address table's rows), current one included. */
  addresses?: string[];
}

export interface ImportPost {
  type: "post";
  ref: SourceRef;
  /** The export's id for this post, the key that makes a second import change nothing. */
  sourceId: string;
  kind: "post" | "page";
  status: "published" | "draft";
  title: string;
  bodyHtml: string;
  labels: string[];
  /** null: a draft that was never given a date. */
  publishedAt: Date | null;
  updatedAt: Date | null;
  createdAt: Date | null;
  author: ImportAuthor | null;
  /** Every address the post had, as paths: "/2009/02/slug.html" (first is the main one). */
  oldPaths: string[];
  /** The export gave this entry's address with ?m=1: Blogger's mobile copy of a post. */
  mobileCopy?: boolean;
  /** Blogger's "search description". */
  metaDescription?: string;
  /** Blogger's location (name), which Crestwood has no place for. */
  location?: string;
  crestwood?: CrestwoodPostExtras;
}

export interface ImportComment {
  type: "comment";
  ref: SourceRef;
  sourceId: string;
  /** The sourceId of the post it is on; null when the export does not say. */
  postSourceId: string | null;
  /** The sourceId of the comment it answers. */
  parentSourceId: string | null;
  author: ImportAuthor;
  bodyHtml: string;
  createdAt: Date;
  status: "published" | "pending" | "spam";
  crestwood?: { id?: string; userEmail?: string };
}

/** An account (Crestwood exports only); never a password. */
export interface ImportAccount {
  type: "account";
  ref: SourceRef;
  id?: string;
  email: string;
  name: string;
  role: "owner" | "author";
  createdAt?: Date;
}

/** An image of the media library (Crestwood exports only): its row and stored files. */
export interface ImportMedia {
  type: "media";
  ref: SourceRef;
  id?: string;
  hash: string;
  fileName: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  createdAt?: Date;
  uploadedByEmail?: string;
  files: { name: string; width: number; height: number; format: string; data: Buffer }[];
}

/** A label, with or without posts (Crestwood exports only). */
export interface ImportLabel {
  type: "label";
  ref: SourceRef;
  id?: string;
  name: string;
}

export type ImportItem = ImportSettings | ImportPost | ImportComment | ImportAccount | ImportMedia | ImportLabel;
