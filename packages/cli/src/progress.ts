/**
 * The import's progress on the terminal (standard error, so standard output keeps the report):
 * a bar over the file while it is checked, then a bar over posts and comments with the rate and
 * the time left (cli-progress works that out from the last updates).
 */
import { SingleBar } from "cli-progress";
import type { ImportProgress } from "@crestwood/api";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function importProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  let bar: SingleBar | null = null;
  let phase: ImportProgress["phase"] | null = null;
  let startedAt = 0;
  const start = (progress: ImportProgress) => {
    bar?.stop();
    phase = progress.phase;
    startedAt = Date.now();
    const format =
      progress.phase === "checking"
        ? "Checking  [{bar}] {percentage}% | {read} of {size}"
        : "Importing [{bar}] {percentage}% | posts {posts}/{totalPosts} | comments {comments}/{totalComments} | {rate} posts/s | ETA {eta_formatted}";
    bar = new SingleBar({ format, stream, barsize: 24, hideCursor: true, etaBuffer: 20, noTTYOutput: true, notTTYSchedule: 5000 });
    bar.start(progress.phase === "checking" ? Math.max(progress.totalBytes, 1) : Math.max(progress.totalPosts + progress.totalComments, 1), 0, payload(progress));
  };
  const payload = (progress: ImportProgress) => {
    const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
    return {
      read: megabytes(progress.bytes),
      size: megabytes(progress.totalBytes),
      posts: progress.posts.toLocaleString("en"),
      totalPosts: progress.totalPosts.toLocaleString("en"),
      comments: progress.comments.toLocaleString("en"),
      totalComments: progress.totalComments.toLocaleString("en"),
      rate: Math.round(progress.posts / seconds).toLocaleString("en"),
    };
  };
  return {
    update(progress: ImportProgress) {
      if (progress.phase === "finishing") {
        bar?.update(progress.totalPosts + progress.totalComments, payload(progress));
        return;
      }
      if (progress.phase !== phase) start(progress);
      bar?.update(progress.phase === "checking" ? progress.bytes : progress.posts + progress.comments, payload(progress));
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
