import { z } from "zod";

const DEFAULT_MAX_UPLOAD_MB = 20;

const MaxUploadMb = z.coerce
  .number({ error: "MEDIA_MAX_UPLOAD_MB must be a number of megabytes, e.g. 20." })
  .positive({ error: "MEDIA_MAX_UPLOAD_MB must be more than 0." })
  .max(1024, { error: "MEDIA_MAX_UPLOAD_MB may be at most 1024." });

/** The largest upload accepted, in bytes: MEDIA_MAX_UPLOAD_MB megabytes (default 20). */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MEDIA_MAX_UPLOAD_MB?.trim();
  if (!raw) return DEFAULT_MAX_UPLOAD_MB * 1024 * 1024;
  const parsed = MaxUploadMb.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid MEDIA_MAX_UPLOAD_MB: ${parsed.error.issues[0]?.message ?? "unrecognised value"}`);
  return Math.floor(parsed.data * 1024 * 1024);
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
