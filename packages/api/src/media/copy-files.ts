// Media files follow their rows when a blog moves (`crestwood db copy`): every stored variant of
// every Media row is read from one storage and written to the other, then checked there.
import type { Db } from "@crestwood/db";
import { parseVariants } from "../services/media";
import type { MediaStorage } from "./storage";

export interface MediaCopyReport {
  files: number;
  bytes: number;
  /** Files the rows name that the source storage does not have (left out, reported). */
  missingInSource: string[];
  /** Files absent from the target after copying (a failed copy). */
  missingInTarget: string[];
}

/** Copies the files of `db`'s Media rows; `same` when both storages are one place (check only). */
export async function copyMediaFiles(db: Db, from: MediaStorage, to: MediaStorage, options: { same?: boolean } = {}): Promise<MediaCopyReport> {
  const report: MediaCopyReport = { files: 0, bytes: 0, missingInSource: [], missingInTarget: [] };
  const rows = await db.media.findMany({ select: { variants: true }, orderBy: { id: "asc" } });
  for (const row of rows) {
    for (const { name } of parseVariants(row.variants)) {
      if (!options.same) {
        const data = await from.get(name);
        if (!data) {
          report.missingInSource.push(name);
          continue;
        }
        if (!(await to.exists(name))) await to.put(name, data);
        report.bytes += data.length;
      }
      if (await to.exists(name)) report.files++;
      else report.missingInTarget.push(name);
    }
  }
  return report;
}
