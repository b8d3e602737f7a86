import { getDb } from "@crestwood/db";
import { backgroundMailOrigin } from "../mail/sender";
import { createMailTransport } from "../mail/transport";
import { queueFollowerMail } from "../services/followers";
import { purgeTrash } from "../services/trash";
import { startBackgroundWork, type BackgroundStep, type BackgroundWork } from "./worker";

/** The steps every server runs besides sending mail; each file says what it does. */
const STEPS: BackgroundStep[] = [
  // New posts (scheduled ones once their time comes) to followers by e-mail.
  { name: "follower mail", everyMs: 60_000, run: (db, now) => queueFollowerMail(db, backgroundMailOrigin(), now) },
  // What has been in the trash for 30 days goes for good.
  { name: "trash purge", everyMs: 60 * 60_000, run: (db, now) => purgeTrash(db, now) },
];

/** The worker `pnpm start` (apps/web/server) runs beside the web server, configured from the environment. */
export function startServerBackgroundWork(): BackgroundWork {
  return startBackgroundWork({ db: getDb(), transport: createMailTransport(), steps: STEPS });
}

export { startBackgroundWork, type BackgroundStep, type BackgroundWork } from "./worker";
