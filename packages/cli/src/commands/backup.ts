import type { Command } from "commander";
import { BackupError, createBackup, getMediaStorage, restoreBackup } from "@crestwood/api";
import { sqliteDatabaseFile } from "@crestwood/db";
import { withDb } from "../database";
import { UsageError } from "../usage-error";

async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError || (error instanceof Error && /pg_dump/.test(error.message))) throw new UsageError(error.message);
    throw error;
  }
}

export function registerBackupCommands(program: Command) {
  program
    .command("backup")
    .description("Copy the database (SQLite's online backup: one consistent moment, while the blog keeps running) and the media files into a new folder. For PostgreSQL use pg_dump (docs/database.md).")
    .argument("<dir>", "a new or empty folder")
    .action(async (dir: string) => {
      const manifest = await asUsage(() => withDb((db) => createBackup(db, dir, getMediaStorage())));
      console.error(`Backed up ${sqliteDatabaseFile()} (${manifest.database.pages} pages) and ${manifest.media.files} media files into ${dir}.`);
      if (manifest.media.missing.length) console.error(`${manifest.media.missing.length} media files were deleted while the backup ran and are not in it.`);
    });

  program
    .command("restore")
    .description("Put a backup made by `crestwood backup` in place of the database and copy its media files back. Stop the server first; the current database is replaced.")
    .argument("<dir>", "the backup folder")
    .option("--yes", "replace the current database without asking")
    .action(async (dir: string, options: { yes?: boolean }) => {
      if (!options.yes) throw new UsageError(`this replaces ${sqliteDatabaseFile()} with the backup: stop the server, then run again with --yes`);
      const manifest = await asUsage(() => restoreBackup(dir, getMediaStorage()));
      console.error(`Restored the backup of ${manifest.createdAt} into ${sqliteDatabaseFile()}.`);
    });
}
