/**
 * The import report: counts by kind and one line for every entry that needed a decision. Every
 * messy case an export can hold has a code here with its outcome, so the CLI and /admin/import
 * show the same report and nothing is decided silently.
 */
import type { SourceRef } from "./model";

/** Each case, with the outcome the importer gives it (shown once above its lines). */
export const PROBLEMS = {
  "not-blogger": "Entry is not a Blogger post, page, comment or setting: skipped.",
  template: "Blog template (layout): skipped; Crestwood has its own theme.",
  trashed: "Trashed on Blogger: not imported (never published).",
  untitled: "No title: imported without one, as Blogger showed it.",
  "undated-draft": "Draft without a date: imported as a draft with no date.",
  "missing-date": "Published entry without a publication date: dated by its last update.",
  "mobile-duplicate": "Second entry for the same post at a ?m=1 address: skipped; that address leads to the post.",
  "duplicate-path": "Two different entries claim the same address: the second is imported at a free address.",
  "path-taken": "Address already used by a post of this blog: the imported post went to a free address; the existing post keeps its own.",
  "slug-renamed": "Address not usable as is (repeated slug or characters outside a-z, 0-9, -): imported at a new address; the old one redirects there.",
  "orphan-comment": "Comment whose post is not in the export (or was not imported): skipped.",
  "orphan-reply": "Reply to a comment that is not in the export: kept as a comment on the post.",
  "held-comment": "Comment not live on Blogger (pending or spam): kept, held for moderation.",
  "data-image": "Image embedded as a data: URI: posts may not hold data: images (the content allowlist), so it is left out unless images are downloaded (--images download moves it to the media library).",
  location: "Post location: not kept (Crestwood has no place for it).",
  locale: "Blog language is not one Crestwood has (sv, en): the blog's language is left as it was.",
  "embed-converted": "Old Flash video player (<object>/<embed>) or old player address converted to the privacy-first YouTube/Vimeo player.",
  "embed-linked": "Embedded content from a host posts may not embed (Blogger's own video player, maps, audio…): replaced by a link to it.",
  "content-removed": "Markup the content allowlist does not allow (scripts, forms, …) was removed from the post; the line names it.",
  "image-downloaded": "Blogger image copied to the media library; the post now shows the copy.",
  "image-failed": "Blogger image could not be copied: the post keeps the original link.",
  "link-rewritten": "Links to the blog's old address rewritten to the new paths.",
  "bad-date": "Date not readable: the entry's other dates were used.",
  "label-renamed": "Label with / ? or # or longer than 100 characters: those characters became \"-\" (label addresses cannot hold them).",
  "settings-kept": "Blog settings not changed: this blog already has content of its own.",
} as const;
export type ProblemCode = keyof typeof PROBLEMS;

export interface ReportLine {
  code: ProblemCode;
  message: string;
  ref?: SourceRef;
}

export interface KindCounts {
  /** Entries of this kind in the file. */
  found: number;
  /** Written by this run. */
  imported: number;
  /** Matched by their export id to what an earlier import wrote: left as they are. */
  existing: number;
  /** Not imported (see the report lines). */
  skipped: number;
}

const emptyCounts = (): KindCounts => ({ found: 0, imported: 0, existing: 0, skipped: 0 });

export type CountedKind = "posts" | "pages" | "comments" | "accounts" | "media";

export interface ImportReportData {
  format: "classic" | "takeout" | "crestwood" | null;
  counts: Record<CountedKind, KindCounts>;
  labelsCreated: number;
  images: { downloaded: number; failed: number };
  lines: ReportLine[];
  elapsedMs: number;
}

export class ImportReport {
  format: ImportReportData["format"] = null;
  readonly counts: Record<CountedKind, KindCounts> = {
    posts: emptyCounts(),
    pages: emptyCounts(),
    comments: emptyCounts(),
    accounts: emptyCounts(),
    media: emptyCounts(),
  };
  labelsCreated = 0;
  readonly images = { downloaded: 0, failed: 0 };
  readonly lines: ReportLine[] = [];
  elapsedMs = 0;

  add(code: ProblemCode, message: string, ref?: SourceRef): void {
    this.lines.push({ code, message, ref });
  }

  count(kind: CountedKind, outcome: keyof KindCounts, by = 1): void {
    this.counts[kind][outcome] += by;
  }

  toJSON(): ImportReportData {
    return { format: this.format, counts: this.counts, labelsCreated: this.labelsCreated, images: this.images, lines: this.lines, elapsedMs: this.elapsedMs };
  }
}

/** "entry 12, line 340 (tag:blogger.com,1999:blog-1.post-2)" */
export function describeRef(ref: SourceRef | undefined): string {
  if (!ref) return "";
  return `entry ${ref.entry}, line ${ref.line}${ref.id ? ` (${ref.id})` : ""}`;
}

export interface ReportGroup {
  code: ProblemCode;
  outcome: string;
  lines: ReportLine[];
}

/** Lines grouped by case, in the order cases first occurred. */
export function groupReportLines(lines: readonly ReportLine[]): ReportGroup[] {
  const groups = new Map<ProblemCode, ReportGroup>();
  for (const line of lines) {
    let group = groups.get(line.code);
    if (!group) groups.set(line.code, (group = { code: line.code, outcome: PROBLEMS[line.code], lines: [] }));
    group.lines.push(line);
  }
  return [...groups.values()];
}

const FORMAT_NAMES = { classic: "Blogger export (classic Atom)", takeout: "Google Takeout feed.atom", crestwood: "Crestwood export" } as const;

/** The report as terminal text: counts, then each case with up to `maxLines` of its lines. */
export function formatReport(report: ImportReportData, options: { maxLines?: number; dryRun?: boolean } = {}): string {
  const maxLines = options.maxLines ?? 10;
  const out: string[] = [];
  const verb = options.dryRun ? "would import" : "imported";
  out.push(`${report.format ? FORMAT_NAMES[report.format] : "Export"}: ${(report.elapsedMs / 1000).toFixed(1)} s`);
  const rows: [string, KindCounts][] = [
    ["posts", report.counts.posts],
    ["pages", report.counts.pages],
    ["comments", report.counts.comments],
    ["accounts", report.counts.accounts],
    ["images", report.counts.media],
  ];
  for (const [name, counts] of rows) {
    if (counts.found === 0) continue;
    const parts = [`${counts.found} in the file`, `${counts.imported} ${verb}`];
    if (counts.existing) parts.push(`${counts.existing} already imported earlier`);
    if (counts.skipped) parts.push(`${counts.skipped} skipped`);
    out.push(`  ${name.padEnd(9)} ${parts.join(", ")}`);
  }
  if (report.labelsCreated) out.push(`  labels    ${report.labelsCreated} new`);
  if (report.images.downloaded || report.images.failed) {
    out.push(`  downloads ${report.images.downloaded} Blogger images copied, ${report.images.failed} failed`);
  }
  const groups = groupReportLines(report.lines);
  if (groups.length === 0) {
    out.push("Nothing needed a decision.");
    return out.join("\n");
  }
  out.push("");
  for (const group of groups) {
    out.push(`${group.lines.length} × ${group.outcome}`);
    for (const line of group.lines.slice(0, maxLines)) {
      const where = describeRef(line.ref);
      out.push(`    - ${line.message}${where ? ` [${where}]` : ""}`);
    }
    if (group.lines.length > maxLines) out.push(`    … and ${group.lines.length - maxLines} more`);
  }
  return out.join("\n");
}
