import { Command, CommanderError } from "commander";
import { ZodError } from "zod";
import { AppError } from "@crestwood/api";
import { registerCacheCommands } from "./commands/cache";
import { registerDbCommands } from "./commands/db";
import { registerSetupLinkCommand } from "./commands/setup-link";
import { registerTokenCommands } from "./commands/token";
import { registerUserCommands } from "./commands/user";
import { UsageError } from "./usage-error";

/**
 * The command tree. Each group (`user`, `token`, `cache`, and later `import`, `export`) lives in its own
 * file under commands/ and registers itself here.
 */
export function buildProgram(): Command {
  const program = new Command()
    .name("crestwood")
    .description("Run a Crestwood blog from the command line. The database is DATABASE_URL (default: data/crestwood.db).")
    .showHelpAfterError("(add --help for usage)")
    .exitOverride();
  registerUserCommands(program);
  registerTokenCommands(program);
  registerCacheCommands(program);
  registerDbCommands(program);
  registerSetupLinkCommand(program);
  return program;
}

/** A message a person can act on, for the errors a command can meet. */
function describe(error: unknown): string | null {
  if (error instanceof ZodError) return error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("\n");
  if (error instanceof AppError) return error.message;
  if (error instanceof UsageError) return error.message;
  return null;
}

/** Runs the command line; resolves to the process's exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    // Commander has already printed its own message (unknown option, missing argument, --help).
    if (error instanceof CommanderError) return error.exitCode;
    const message = describe(error);
    if (message === null) throw error;
    console.error(`error: ${message}`);
    return 1;
  }
}
