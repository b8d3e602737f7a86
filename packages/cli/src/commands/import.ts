import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { formatReport, getMediaStorage, importExport, maxUploadBytes, openExportSource } from "@crestwood/api";
import { withDb } from "../database";
import { importProgressBar } from "../progress";
import { UsageError } from "../usage-error";

interface ImportCommandOptions {
  dryRun?: boolean;
  blog?: string;
  settings: "auto" | "apply" | "keep";
  oldUrl?: string[];
  batchSize: string;
  report?: string;
  all?: boolean;
  progress: boolean;
  images: "download" | "keep";
}

export function registerImportCommands(program: Command) {
  const importCommand = program.command("import").description("Move a blog in from another platform.");

  importCommand
    .command("blogger")
    .description(
      "Import a Blogger export: the classic export (.xml from Settings → Back up content), Google Takeout's feed.atom, the Takeout folder or its .zip. Posts, pages, drafts, labels, threaded comments, authors and old addresses are kept; running it again changes nothing.",
    )
    .argument("<export>", "the export file, Takeout folder or Takeout .zip")
    .option("--dry-run", "check the file and print the report without changing the blog")
    .option("--blog <name>", "which blog of a Takeout archive holding several (Takeout/Blogger/Blogs/<name>)")
    .addOption(new Option("--settings <mode>", "take Blogger's title, description, language and timezone: auto = when this blog has no posts of its own").choices(["auto", "apply", "keep"]).default("auto"))
    .addOption(
      new Option("--images <mode>", "download: copy Blogger-hosted and data: images into the media library and point the posts at the copies; keep: leave image links as they are")
        .choices(["download", "keep"])
        .default("keep"),
    )
    .option("--old-url <url...>", "other addresses the blog had (e.g. a custom domain); links to them are rewritten")
    .option("--batch-size <n>", "entries written per transaction", "500")
    .option("--report <file>", "also write the full report as JSON")
    .option("--all", "list every report line (default: the first 10 of each case)")
    .option("--no-progress", "no progress bar")
    .addHelpText(
      "after",
      `\nExamples:\n  pnpm crestwood import blogger blog-02-02-2009.xml\n  pnpm crestwood import blogger takeout-20250101.zip --dry-run
  pnpm crestwood import blogger feed.atom --images download\n\nEach batch is one transaction; an import cut short carries on where it stopped when run again.`,
    )
    .action(async (path: string, options: ImportCommandOptions) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new UsageError("--batch-size must be a whole number from 1 to 10000");
      const source = await openExportSource(path, { blog: options.blog });
      const bar = options.progress ? importProgressBar() : null;
      console.error(`Importing ${source.name}${options.dryRun ? " (dry run: nothing is written)" : ""}`);
      const result = await withDb(async (db) => {
        try {
          return await importExport(db, source, {
            dryRun: options.dryRun,
            batchSize,
            settings: options.settings,
            oldUrls: options.oldUrl,
            storage: getMediaStorage(),
            images: options.images === "download" ? { storage: getMediaStorage(), maxBytes: maxUploadBytes(), timeoutMs: 20_000 } : null,
            onProgress: bar ? (progress) => bar.update(progress) : undefined,
          });
        } finally {
          bar?.stop();
        }
      });
      console.log(formatReport(result.report, { maxLines: options.all ? Infinity : 10, dryRun: options.dryRun }));
      if (options.report) await writeFile(options.report, `${JSON.stringify(result.report, null, 2)}\n`);
    });
}
