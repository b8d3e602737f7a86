import type { Command } from "commander";
import { announceChanges } from "@crestwood/api";
import { withDb } from "../database";

export function registerCacheCommands(program: Command) {
  const cache = program.command("cache").description("The page caches of every running Crestwood server.");

  cache
    .command("purge")
    .description("Drop every cached page in every server using this database, on its next request (after changing the database by hand).")
    .action(async () => {
      await withDb((db) => announceChanges(db, [{ type: "everything.changed", reason: "crestwood cache purge" }]));
      console.log("Every server's page cache will be emptied on its next request.");
    });
}
