/**
 * Imports started from /admin/import. The upload is checked at once (the preview); the import
 * itself runs after the owner confirms, in the background of the server that holds the file,
 * writing its progress and report to the ImportJob row that the pages read.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Db } from "@crestwood/db";
import { AppError } from "../errors";
import type { MediaStorage } from "../media/storage";
import { openExportSource } from "./blogger/source";
import { ExportFileError } from "./blogger/xml-entries";
import type { ImageImportOptions } from "./images/copy-images";
import { importExport, type ImportProgress } from "./importer";
import { planImport } from "./plan";
import type { ImportReportData } from "./report";

export type ImportJobStatus = "checking" | "ready" | "importing" | "done" | "failed";

/** A job counts as stalled when it has not moved for this long (its server stopped): it can be started again. */
const STALLED_MS = 2 * 60_000;

function parse<T>(json: string | null): T | null {
  return json ? (JSON.parse(json) as T) : null;
}

export function toImportJobView(row: { id: string; fileName: string; status: string; preview: string | null; progress: string | null; report: string | null; error: string | null; createdAt: Date; updatedAt: Date }, now = new Date()) {
  const status = row.status as ImportJobStatus;
  return {
    id: row.id,
    fileName: row.fileName,
    status,
    stalled: status === "importing" && now.getTime() - row.updatedAt.getTime() > STALLED_MS,
    preview: parse<ImportReportData>(row.preview),
    progress: parse<ImportProgress>(row.progress),
    report: parse<ImportReportData>(row.report),
    error: row.error,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
export type ImportJobView = ReturnType<typeof toImportJobView>;

export async function listImportJobs(db: Db) {
  const rows = await db.importJob.findMany({ orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map((row) => toImportJobView(row));
}

export async function getImportJob(db: Db, id: string) {
  const row = await db.importJob.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND", "No such import.");
  return toImportJobView(row);
}

/** Records an uploaded file and runs the checking pass on it: the preview. */
export async function createImportJob(db: Db, upload: { fileName: string; filePath: string; userId: string }) {
  const job = await db.importJob.create({ data: { fileName: upload.fileName, filePath: upload.filePath, createdById: upload.userId } });
  try {
    const plan = await planImport(await openExportSource(upload.filePath, { displayName: upload.fileName }));
    await db.importJob.update({ where: { id: job.id }, data: { status: "ready", preview: JSON.stringify(plan.report.toJSON()) } });
  } catch (error) {
    if (!(error instanceof ExportFileError)) throw error;
    await db.importJob.update({ where: { id: job.id }, data: { status: "failed", error: error.message } });
    await rm(dirname(upload.filePath), { recursive: true, force: true });
  }
  return job.id;
}

/**
 * Starts the import of a checked upload and returns at once; the work goes on in this process.
 * A job that is importing is not started twice (unless it stalled: its server stopped).
 */
export async function startImportJob(db: Db, id: string, options: { storage: MediaStorage; images: Omit<ImageImportOptions, "storage"> | null }): Promise<void> {
  const job = await getImportJob(db, id);
  if (job.status !== "ready" && !job.stalled) throw new AppError("INVALID_INPUT", job.status === "importing" ? "This import is already running." : "This import cannot be started again: upload the file again.");
  // Uploads wait on the disk of the instance that received them (see importUploadsDir).
  const staged = await db.importJob.findUniqueOrThrow({ where: { id }, select: { filePath: true } });
  if (!existsSync(staged.filePath)) throw new AppError("INVALID_INPUT", "The uploaded file is not on this server (another instance received it, or it was cleaned up): upload the file again.");
  const claimed = await db.importJob.updateMany({ where: { id, status: job.status, updatedAt: job.updatedAt }, data: { status: "importing", progress: null } });
  if (claimed.count === 0) throw new AppError("INVALID_INPUT", "This import is already running.");
  const row = await db.importJob.findUniqueOrThrow({ where: { id } });
  let lastWrite = 0;
  const run = async () => {
    const result = await importExport(db, await openExportSource(row.filePath, { displayName: row.fileName }), {
      storage: options.storage,
      images: options.images ? { ...options.images, storage: options.storage } : null,
      onProgress: (progress) => {
        // Often enough for a progress bar, seldom enough not to slow the import.
        if (Date.now() - lastWrite < 500) return;
        lastWrite = Date.now();
        void db.importJob.update({ where: { id }, data: { progress: JSON.stringify(progress) } }).catch(() => {});
      },
    });
    await db.importJob.update({ where: { id }, data: { status: "done", report: JSON.stringify(result.report) } });
    await rm(dirname(row.filePath), { recursive: true, force: true });
  };
  void run().catch(async (error: unknown) => {
    console.error("Import failed", error);
    const message = error instanceof Error ? error.message : String(error);
    await db.importJob.update({ where: { id }, data: { status: "failed", error: message } }).catch(() => {});
  });
}
