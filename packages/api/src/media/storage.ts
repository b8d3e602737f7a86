/**
 * Where media files live. The interface is what the rest of the code sees, so another home (an
 * object store) can replace the folder without touching uploads or serving.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { findRepoRoot, getEnv, type EnvSource } from "@crestwood/config";
import { S3MediaStorage, s3ConfigFromEnv } from "./s3-storage";
import { parseVariantName } from "./variants";

export interface MediaStorage {
  /** Stores `data` under `name` whole or not at all: readers never see half a file. */
  put(name: string, data: Buffer): Promise<void>;
  /** The file, or null when there is none. */
  get(name: string): Promise<Buffer | null>;
  delete(name: string): Promise<void>;
  exists(name: string): Promise<boolean>;
}

function checkedName(name: string): string {
  if (!parseVariantName(name)) throw new Error(`Not a media file name: ${JSON.stringify(name)}`);
  return name;
}

/** Files in one folder, written to a temporary name first and renamed into place. */
export class FolderMediaStorage implements MediaStorage {
  constructor(readonly dir: string) {}

  private path(name: string): string {
    return join(this.dir, checkedName(name));
  }

  async put(name: string, data: Buffer): Promise<void> {
    const target = this.path(name);
    await mkdir(this.dir, { recursive: true });
    // The temporary file sits in the same folder, so the rename is atomic (same file system).
    const temporary = join(this.dir, `.upload-${randomUUID()}.tmp`);
    try {
      await writeFile(temporary, data, { flag: "wx" });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(name: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(name: string): Promise<void> {
    await rm(this.path(name), { force: true });
  }

  async exists(name: string): Promise<boolean> {
    try {
      return (await stat(this.path(name))).isFile();
    } catch {
      return false;
    }
  }
}

/**
 * The media folder: MEDIA_DIR when set (relative paths start at the repository root), else
 * `media/` beside the SQLite file (`data/media/` by default), so one folder holds the whole blog.
 */
export function resolveMediaDir(source?: EnvSource): string {
  const env = getEnv(source);
  if (env.MEDIA_DIR) return env.MEDIA_DIR;
  const database = env.DATABASE_URL;
  if (database.provider === "sqlite" && database.url !== ":memory:") return join(dirname(database.url), "media");
  return join(findRepoRoot(), "data", "media");
}

/** The storage MEDIA_STORAGE names: the local folder (default) or an S3-compatible bucket. */
export function createMediaStorage(source?: EnvSource): MediaStorage {
  const env = getEnv(source);
  const target = env.MEDIA_STORAGE;
  if (target.kind === "s3") return new S3MediaStorage(s3ConfigFromEnv(env), { bucket: target.bucket, prefix: target.prefix });
  return new FolderMediaStorage(resolveMediaDir(source));
}

const globalForMedia = globalThis as unknown as { crestwoodMediaStorage?: MediaStorage };

/** The process's media storage (see createMediaStorage). */
export function getMediaStorage(): MediaStorage {
  globalForMedia.crestwoodMediaStorage ??= createMediaStorage();
  return globalForMedia.crestwoodMediaStorage;
}
