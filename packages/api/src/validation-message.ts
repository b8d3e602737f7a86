import type { ZodError } from "zod";

type Issue = ZodError["issues"][number];

const plural = (count: number | bigint, one: string, other: string) => `${count} ${Number(count) === 1 ? one : other}`;
const UNITS: Record<string, [string, string]> = { string: ["character", "characters"], array: ["item", "items"], set: ["item", "items"], file: ["byte", "bytes"] };

/** One problem in words a person can act on: "at most 4096 characters", "expected a number". */
function describe(issue: Issue): string {
  switch (issue.code) {
    case "too_big": {
      const unit = UNITS[issue.origin];
      const limit = unit ? plural(issue.maximum, ...unit) : String(issue.maximum);
      return issue.inclusive === false ? `less than ${limit}` : `at most ${limit}`;
    }
    case "too_small": {
      const unit = UNITS[issue.origin];
      if (unit && Number(issue.minimum) === 1) return "required";
      const limit = unit ? plural(issue.minimum, ...unit) : String(issue.minimum);
      return issue.inclusive === false ? `more than ${limit}` : `at least ${limit}`;
    }
    case "invalid_type":
      return issue.input === undefined ? "required" : `expected ${issue.expected}`;
    case "unrecognized_keys":
      return `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.join(", ")}`;
    case "invalid_value":
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    default:
      return issue.message;
  }
}

/**
 * A validation failure as one sentence naming each field: "body: at most 4096 characters;
 * authorName: required". The structured field errors travel beside it (trpc.ts).
 */
export function validationMessage(error: ZodError): string {
  const parts = error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.map(String).join(".");
    return path ? `${path}: ${describe(issue)}` : describe(issue);
  });
  const more = error.issues.length > 10 ? `; and ${error.issues.length - 10} more` : "";
  return `${[...new Set(parts)].join("; ")}${more}`.replace(/\.?$/, ".");
}
