import { getEnv, type EnvSource } from "@crestwood/config";

/** The largest upload accepted, in bytes: MEDIA_MAX_UPLOAD_MB megabytes (default 20). */
export function maxUploadBytes(source?: EnvSource): number {
  return Math.floor(getEnv(source).MEDIA_MAX_UPLOAD_MB * 1024 * 1024);
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
