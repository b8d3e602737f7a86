/** Where uploaded images' files live: a local folder (the default) or an S3-compatible bucket. */
export type MediaStorageTarget = { kind: "folder" } | { kind: "s3"; bucket: string; prefix: string };

/**
 * MEDIA_STORAGE: unset or `folder` for the local folder (MEDIA_DIR); `s3://bucket/optional/prefix`
 * for an S3-compatible object store (AWS S3, Cloudflare R2, MinIO, Garage), shared by every instance.
 */
export function parseMediaStorage(raw: string | undefined): MediaStorageTarget {
  if (raw === undefined || raw === "folder") return { kind: "folder" };
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(raw);
  if (!match) {
    throw new Error(`MEDIA_STORAGE="${raw}": expected "folder" or s3://bucket/prefix (a bucket name of 3–63 lower-case letters, digits, dots and hyphens).`);
  }
  const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((part) => part === "." || part === "..") || prefix.includes("\0")) {
    throw new Error(`MEDIA_STORAGE="${raw}": the prefix may not contain "." or ".." segments.`);
  }
  return { kind: "s3", bucket: match[1] as string, prefix };
}
