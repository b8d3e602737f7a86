import type { MediaView } from "@crestwood/api";

export type UploadedMedia = Omit<MediaView, "createdAt"> & { createdAt: string; created: boolean };

/**
 * Uploads one image to POST /api/media. XMLHttpRequest rather than fetch: only it reports upload
 * progress. Resolves with the stored image; rejects with the server's message (too large, not an
 * image, …) or a network error.
 */
export function uploadMediaFile(file: File, options: { alt?: string; caption?: string; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {}): Promise<UploadedMedia> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.set("file", file);
    if (options.alt) form.set("alt", options.alt);
    if (options.caption) form.set("caption", options.caption);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      const body = request.response as (UploadedMedia & { error?: { message?: string } }) | null;
      if (request.status >= 200 && request.status < 300 && body) {
        options.onProgress?.(1);
        resolve(body);
      } else {
        reject(new Error(body?.error?.message ?? `HTTP ${request.status}`));
      }
    });
    request.addEventListener("error", () => reject(new Error("The connection failed.")));
    request.addEventListener("abort", () => reject(new Error("The upload was cancelled.")));
    options.signal?.addEventListener("abort", () => request.abort());
    request.send(form);
  });
}
