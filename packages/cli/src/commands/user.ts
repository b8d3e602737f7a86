import { Option, type Command } from "commander";
import { createUser, isSetupNeeded } from "@crestwood/api";
import { ROLES } from "@crestwood/validators";
import { withDb } from "../database";
import { UsageError } from "../usage-error";
import { readStdin } from "../stdin";

export function registerUserCommands(program: Command) {
  const user = program.command("user").description("Accounts that can sign in to /admin.");

  user
    .command("create")
    .description("Create an account. The password is read from standard input, never from the command line.")
    .requiredOption("--email <email>", "email address to sign in with")
    .requiredOption("--name <name>", "name shown on posts and replies")
    .option("--password-stdin", "read the password from standard input (required)")
    .addOption(new Option("--role <role>", "owner or author (default: owner on a blog without one, else author)").choices(ROLES))
    .addHelpText("after", `\nExample:\n  printf '%s' "$PASSWORD" | pnpm crestwood user create --email ada@example.org --name Ada --password-stdin`)
    .action(async (options: { email: string; name: string; passwordStdin?: boolean; role?: (typeof ROLES)[number] }) => {
      if (!options.passwordStdin) throw new UsageError("give the password on standard input and add --password-stdin");
      const password = await readStdin();
      await withDb(async (db) => {
        const role = options.role ?? ((await isSetupNeeded(db)) ? "owner" : "author");
        const created = await createUser(db, { email: options.email, name: options.name, password, role });
        console.log(`Created ${created.role} ${created.name} <${created.email}> (id ${created.id}).`);
      });
    });
}
