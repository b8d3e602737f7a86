import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@crestwood/api";

/** An error the blog's API answered with (or a network failure, which has no `data`). */
export type CrestwoodClientError = TRPCClientError<AppRouter>;
type ErrorData = NonNullable<CrestwoodClientError["data"]>;
/** The error codes the API uses: BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, … */
export type CrestwoodErrorCode = ErrorData["code"];

/**
 * What went wrong, narrowed by `code`: validation errors carry the field errors a form can show,
 * rate limits say when to retry, the rest a message (UNAUTHORIZED: no or a bad token; FORBIDDEN:
 * the token's role may not do this; NOT_FOUND; CONFLICT: a taken slug or name).
 */
export type CrestwoodError =
  | { code: "BAD_REQUEST"; message: string; fieldErrors: Record<string, string[]>; formErrors: string[] }
  | { code: "TOO_MANY_REQUESTS"; message: string; retryAfterSeconds: number | null }
  | { code: Exclude<CrestwoodErrorCode, "BAD_REQUEST" | "TOO_MANY_REQUESTS">; message: string }
  | { code: "NETWORK"; message: string };

export function isCrestwoodClientError(error: unknown): error is CrestwoodClientError {
  return error instanceof TRPCClientError;
}

/** The API's answer as a `CrestwoodError`; null for anything that did not come from the client. */
export function toCrestwoodError(error: unknown): CrestwoodError | null {
  if (!isCrestwoodClientError(error)) return null;
  const data = error.data as ErrorData | undefined;
  if (!data) return { code: "NETWORK", message: error.message };
  if (data.code === "BAD_REQUEST") {
    const fieldErrors = Object.fromEntries(
      Object.entries(data.zodError?.fieldErrors ?? {}).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])),
    );
    return { code: "BAD_REQUEST", message: error.message, fieldErrors, formErrors: data.zodError?.formErrors ?? [] };
  }
  if (data.code === "TOO_MANY_REQUESTS") return { code: "TOO_MANY_REQUESTS", message: error.message, retryAfterSeconds: data.retryAfter };
  return { code: data.code, message: error.message };
}

/** True when `error` is the API's answer with this code: `if (hasErrorCode(error, "NOT_FOUND")) …`. */
export function hasErrorCode(error: unknown, code: CrestwoodError["code"]): boolean {
  return toCrestwoodError(error)?.code === code;
}
