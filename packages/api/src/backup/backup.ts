/**
 * `crestwood backup <dir>` and `crestwood restore <dir>`: the database and the media library's
 * files, as one consistent copy. The database is copied with SQLite's online backup (one moment
 * in time, while the blog keeps serving and taking comments). Media files never change once
 * written (their names are their hashes), so copying them around the snapshot is enough: every
 * file the snapshot's rows name is copied before the snapshot (those that exist then) or right
 * after it (those uploaded meanwhile).
 */
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { backupSqlite, readBackupRows, restoreSqlite, sqliteDatabaseFile, type Db } from "@crestwood/db";
import type { MediaStorage } from "../media/storage";
import { FolderMediaStorage } from "../media/storage";

export const BACKUP_DATABASE = "crestwood.db";
export const BACKUP_MANIFEST = "manifest.json";
const BACKUP_MEDIA = "media";

export interface BackupManifest {
  format: "crestwood-backup-1";
  createdAt: string;
  database: { file: string; pages: number };
  media: { files: number; missing: string[] };
}

function variantNames(json: string): string[] {
  try {
    const value = JSON.parse(json) as { name?: unknown }[];
    return Array.isArray(value) ? value.map((v) => v.name).filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}

async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
}

export class BackupError extends Error {}

async function copyFiles(names: Iterable<string>, from: MediaStorage, to: MediaStorage, done: Set<string>): Promise<string[]> {
  const missing: string[] = [];
  for (const name of names) {
    if (done.has(name)) continue;
    const data = await from.get(name);
    if (!data) {
      missing.push(name);
      continue;
    }
    await to.put(name, data);
    done.add(name);
  }
  return missing;
}

export async function createBackup(db: Db, dir: string, media: MediaStorage, options: { databaseUrl?: string; now?: Date } = {}): Promise<BackupManifest> {
  // PostgreSQL is refused (pg_dump, docs/database.md) before anything is written.
  sqliteDatabaseFile(options.databaseUrl);
  if (!(await isEmptyFolder(dir))) throw new BackupError(`${dir} is not empty: back up into a new folder.`);
  await mkdir(join(dir, BACKUP_MEDIA), { recursive: true });
  const copy = new FolderMediaStorage(join(dir, BACKUP_MEDIA));
  const copied = new Set<string>();

  const before = await db.media.findMany({ select: { variants: true } });
  await copyFiles(before.flatMap((row) => variantNames(row.variants)), media, copy, copied);
  const databaseFile = join(dir, BACKUP_DATABASE);
  const { pages } = await backupSqlite(databaseFile, options.databaseUrl);
  const rows = await readBackupRows<{ variants: string }>(databaseFile, `SELECT variants FROM "Media"`);
  const missing = await copyFiles(rows.flatMap((row) => variantNames(row.variants)), media, copy, copied);

  const manifest: BackupManifest = {
    format: "crestwood-backup-1",
    createdAt: (options.now ?? new Date()).toISOString(),
    database: { file: BACKUP_DATABASE, pages },
    media: { files: copied.size, missing },
  };
  await writeFile(join(dir, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, BACKUP_MANIFEST), "utf8")) as BackupManifest;
  } catch {
    throw new BackupError(`${dir} is not a Crestwood backup: it has no readable ${BACKUP_MANIFEST}.`);
  }
  if (manifest.format !== "crestwood-backup-1") throw new BackupError(`${dir} holds a backup in a format this version cannot read (${String(manifest.format)}).`);
  await stat(join(dir, BACKUP_DATABASE)).catch(() => {
    throw new BackupError(`${dir} has no ${BACKUP_DATABASE}.`);
  });
  return manifest;
}

/** Puts the backup's database in place of DATABASE_URL's and its files into the media storage. */
export async function restoreBackup(dir: string, media: MediaStorage, options: { databaseUrl?: string } = {}): Promise<BackupManifest> {
  sqliteDatabaseFile(options.databaseUrl);
  const manifest = await readManifest(dir);
  const folder = join(dir, BACKUP_MEDIA);
  const names = await readdir(folder).catch(() => [] as string[]);
  const from = new FolderMediaStorage(folder);
  for (const name of names) {
    if (name.startsWith(".")) continue;
    if (!(await media.exists(name))) {
      const data = await from.get(name);
      if (data) await media.put(name, data);
    }
  }
  await restoreSqlite(join(dir, BACKUP_DATABASE), options.databaseUrl);
  return manifest;
}

