import type { Command } from "commander";
import { copyMediaFiles, createMediaStorage, FolderMediaStorage, resolveMediaDir, type MediaStorage } from "@crestwood/api";
import { parseDatabaseUrl } from "@crestwood/config";
import { compareDatabases, copyDatabase, CopyRefused, createDb, migrateDatabase, unappliedMigrations, type TableCheck } from "@crestwood/db";
import { UsageError } from "../usage-error";

function describeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

function printChecks(checks: TableCheck[]) {
  const width = Math.max(...checks.map((check) => check.table.length));
  console.error(`\n${"table".padEnd(width)}  ${"source".padStart(8)}  ${"target".padStart(8)}  content hash`);
  for (const check of checks) {
    const hash = check.same ? `${check.sourceHash.slice(0, 16)} same` : `${check.sourceHash.slice(0, 16)} ≠ ${check.targetHash.slice(0, 16)}`;
    console.error(`${check.table.padEnd(width)}  ${String(check.sourceRows).padStart(8)}  ${String(check.targetRows).padStart(8)}  ${hash}`);
  }
}

interface CopyOptions {
  from: string;
  to: string;
  mediaFrom?: string;
}

async function copy(options: CopyOptions) {
  let source, target;
  try {
    source = parseDatabaseUrl(options.from);
    target = parseDatabaseUrl(options.to);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (source.provider === target.provider && source.url === target.url) throw new UsageError("--from and --to name the same database");

  console.error(`Migrating the target ${describeUrl(options.to)} …`);
  migrateDatabase(options.to);
  const from = createDb(options.from);
  const to = createDb(options.to);
  try {
    const pending = await unappliedMigrations(from);
    if (pending.length > 0) {
      throw new UsageError(`the source database lacks ${pending.length} migration(s) of this build (${pending.join(", ")}): run DATABASE_URL=${describeUrl(options.from)} pnpm db:migrate first`);
    }
    console.error(`Copying ${describeUrl(options.from)} → ${describeUrl(options.to)}`);
    await copyDatabase(from, to, (table, rows) => console.error(`  ${table}: ${rows} row(s)`));

    // Files: from the source's folder (beside a SQLite file unless --media-from says otherwise) to
    // the storage this environment configures (MEDIA_STORAGE / MEDIA_DIR) for the target.
    const sourceDir = options.mediaFrom ?? resolveMediaDir({ ...process.env, DATABASE_URL: options.from, MEDIA_DIR: undefined });
    const targetEnv = { ...process.env, DATABASE_URL: options.to };
    const targetStorage: MediaStorage = createMediaStorage(targetEnv);
    const same = targetStorage instanceof FolderMediaStorage && targetStorage.dir === sourceDir;
    const media = await copyMediaFiles(to, new FolderMediaStorage(sourceDir), targetStorage, { same });
    console.error(
      same
        ? `Media files: ${media.files} in ${sourceDir}, which the target uses as it is.`
        : `Media files: ${media.files} copied (${(media.bytes / 1024 / 1024).toFixed(1)} MB) from ${sourceDir}.`,
    );
    if (media.missingInSource.length > 0) console.error(`  ${media.missingInSource.length} file(s) named by the database were missing in the source: ${media.missingInSource.slice(0, 5).join(", ")}`);

    const checks = await compareDatabases(from, to);
    printChecks(checks);
    const differing = checks.filter((check) => !check.same);
    if (differing.length > 0 || media.missingInTarget.length > 0) {
      throw new UsageError(
        `the copy differs from the source (${[...differing.map((check) => check.table), ...(media.missingInTarget.length ? [`${media.missingInTarget.length} media file(s)`] : [])].join(", ")})`,
      );
    }
    console.error("\nEvery table has the same rows and content on both sides. Point DATABASE_URL at the target to use it.");
  } catch (error) {
    if (error instanceof CopyRefused) throw new UsageError(error.message);
    throw error;
  } finally {
    await Promise.all([from.$disconnect(), to.$disconnect()]);
  }
}

export function registerDbCommands(program: Command) {
  const db = program.command("db").description("The blog's database as a whole.");
  db.command("copy")
    .description(
      "Copy a whole blog into another database (e.g. SQLite → PostgreSQL) with every id, path and comment thread, and its media files; " +
        "then compare row counts and a content hash per table. The target is migrated first and must be empty.",
    )
    .requiredOption("--from <url>", "the blog's database now, e.g. file:./data/crestwood.db")
    .requiredOption("--to <url>", "the new database, e.g. postgresql://crestwood@db.internal/crestwood")
    .option("--media-from <dir>", "the source's media folder (default: media/ beside the source SQLite file)")
    .addHelpText(
      "after",
      "\nMedia files go to the storage this environment configures (MEDIA_STORAGE, MEDIA_DIR).\nExample:\n  pnpm crestwood db copy --from file:./data/crestwood.db --to postgresql://crestwood@127.0.0.1/crestwood",
    )
    .action((options: CopyOptions) => copy(options));
}
