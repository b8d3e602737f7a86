import type { Command } from "commander";
import { configuredPublicUrl, exportBlog, getMediaStorage, withFileWriter } from "@crestwood/api";
import { withDb } from "../database";

export function registerExportCommand(program: Command) {
  program
    .command("export")
    .description(
      "Write the whole blog as a Blogger-format Atom export (posts, pages, drafts, labels, threaded comments, settings). What Blogger's format cannot hold (moderation state, accounts without passwords, images) goes in crestwood: extension elements, so `crestwood import blogger` of the file into an empty blog reproduces it.",
    )
    .argument("<file>", "where to write the export (.xml)")
    .option("--url <origin>", "the blog's public address for the permalinks (default: PUBLIC_URL)")
    .option("--no-media", "leave the image files out (much smaller; images are then missing after an import)")
    .action(async (file: string, options: { url?: string; media: boolean }) => {
      const origin = options.url ? configuredPublicUrl(options.url)?.origin : configuredPublicUrl()?.origin;
      const counts = await withDb((db) => withFileWriter(file, (out) => exportBlog(db, out, { origin, storage: options.media ? getMediaStorage() : null })));
      console.error(`Wrote ${file}: ${counts.posts} posts, ${counts.pages} pages, ${counts.comments} comments, ${counts.accounts} accounts, ${counts.media} images.`);
    });
}
