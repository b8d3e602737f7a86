import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { ExportWriter } from "./blogger-atom";

/** Writes an export to a file, waiting whenever the disk is behind (so memory stays flat). */
export async function withFileWriter<T>(path: string, work: (out: ExportWriter) => Promise<T>): Promise<T> {
  const stream = createWriteStream(path, { encoding: "utf8" });
  const failed = once(stream, "error").then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {});
  try {
    const result = await Promise.race([
      work({
        async write(chunk) {
          if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
        },
      }),
      failed,
    ]);
    stream.end();
    await Promise.race([once(stream, "finish"), failed]);
    return result;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}
