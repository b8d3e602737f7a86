import { getDb } from "@crestwood/db";
import { createMailTransport } from "../mail/transport";
import { startBackgroundWork, type BackgroundStep, type BackgroundWork } from "./worker";

/** The steps every server runs besides sending mail; each file says what it does. */
const STEPS: BackgroundStep[] = [];

/** The worker `pnpm start` (apps/web/server) runs beside the web server, configured from the environment. */
export function startServerBackgroundWork(): BackgroundWork {
  return startBackgroundWork({ db: getDb(), transport: createMailTransport(), steps: STEPS });
}

export { startBackgroundWork, type BackgroundStep, type BackgroundWork } from "./worker";
