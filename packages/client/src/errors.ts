import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@crestwood/api";

/**
 * The one parser for errors on the calling side (as documenso's `AppError.parseError`): whatever
 * a call to the blog's API threw — an answer over HTTP (`TRPCClientError`, scripts), a procedure
 * called in process (`TRPCError`, the web app's server actions), a network failure — comes out as
 * one `CrestwoodError`. The web app's forms and scripts read the same fields; forms localise
 * `fieldIssues` (the structured form of `fieldErrors`) into the blog's language.
 *
 * Dependency-free apart from @trpc/client, so the client package stays standalone.
 */

/** An error the blog's API answered with (or a network failure, which has no `data`). */
export type CrestwoodClientError = TRPCClientError<AppRouter>;
type ErrorData = NonNullable<CrestwoodClientError["data"]>;
/** The error codes the API uses: BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, … */
export type CrestwoodErrorCode = ErrorData["code"];

/** What was wrong with one field, in words a program can act on (a form localises it). */
export type FieldIssueKind =
  /** Empty where something is needed. */
  | "required"
  /** Text or list longer than `limit`. */
  | "too_long"
  /** Text or list shorter than `limit` (more than one character needed). */
  | "too_short"
  /** A number below / above `limit`. */
  | "too_small"
  | "too_big"
  /** Taken by something else (a slug, an email). */
  | "taken"
  /** Any other refusal (a malformed address, an expired form token). */
  | "invalid";

export interface FieldIssue {
  /** The input field, e.g. "title" (the first part of `path`). */
  field: string;
  /** The full path, e.g. "labels.2". */
  path: string;
  kind: FieldIssueKind;
  limit?: number;
  /** The API's own sentence (English). */
  message: string;
}

/**
 * An issue as the API reports it in `error.data.issues`: a zod issue's path, code and bounds, or
 * a domain error about one field (code `app:<AppErrorCode>`).
 */
export interface ReportedIssue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

export interface CrestwoodError {
  /** The API's code, or NETWORK (no answer) or UNKNOWN (not an API error at all). */
  code: CrestwoodErrorCode | "NETWORK" | "UNKNOWN";
  /** A sentence for people (the API's own; for BAD_REQUEST it names the fields). */
  message: string;
  /** Messages per input field, as the API wrote them. */
  fieldErrors: Record<string, string[]>;
  /** The same, structured, for localising. */
  fieldIssues: FieldIssue[];
  /** Messages about the input as a whole. */
  formErrors: string[];
  /** TOO_MANY_REQUESTS: seconds until a retry can succeed. */
  retryAfterSeconds: number | null;
}

function boundOf(value: number | bigint | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function kindOf(issue: ReportedIssue): { kind: FieldIssueKind; limit?: number } {
  const minimum = boundOf(issue.minimum);
  const maximum = boundOf(issue.maximum);
  const sized = issue.origin === "string" || issue.origin === "array" || issue.origin === "set";
  switch (issue.code) {
    case "too_small":
      if (sized) return minimum !== undefined && minimum <= 1 ? { kind: "required" } : { kind: "too_short", limit: minimum };
      return { kind: "too_small", limit: minimum };
    case "too_big":
      return sized ? { kind: "too_long", limit: maximum } : { kind: "too_big", limit: maximum };
    case "app:ALREADY_EXISTS":
    case "app:IN_USE":
      return { kind: "taken" };
    default:
      return { kind: "invalid" };
  }
}

/** Reported issues as field issues (issues about the whole input have no field and are left out). */
export function fieldIssuesOf(issues: readonly ReportedIssue[]): FieldIssue[] {
  return issues
    .filter((issue) => issue.path.length > 0)
    .map((issue) => ({ field: String(issue.path[0]), path: issue.path.map(String).join("."), message: issue.message, ...kindOf(issue) }));
}

function groupMessages(issues: readonly FieldIssue[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const issue of issues) (grouped[issue.field] ??= []).push(issue.message);
  return grouped;
}

interface InProcessError {
  name: string;
  code: string;
  message: string;
  cause?: unknown;
}

function isInProcessTrpcError(error: unknown): error is InProcessError {
  return error instanceof Error && error.name === "TRPCError" && typeof (error as { code?: unknown }).code === "string";
}

/** A domain error (the API's AppError) or a zod error, as a procedure called in process throws it as `cause`. */
function issuesOfCause(cause: unknown): { issues: ReportedIssue[]; retryAfter: number | null } {
  if (!(cause instanceof Error)) return { issues: [], retryAfter: null };
  const withIssues = cause as Error & { issues?: unknown; field?: unknown; code?: unknown; retryAfter?: unknown };
  if (cause.name === "ZodError" && Array.isArray(withIssues.issues)) return { issues: withIssues.issues as ReportedIssue[], retryAfter: null };
  if (cause.name === "AppError") {
    const issues = typeof withIssues.field === "string" ? [{ path: [withIssues.field], code: `app:${String(withIssues.code)}`, message: cause.message }] : [];
    return { issues, retryAfter: typeof withIssues.retryAfter === "number" ? withIssues.retryAfter : null };
  }
  return { issues: [], retryAfter: null };
}

function build(code: CrestwoodError["code"], message: string, issues: readonly ReportedIssue[], formErrors: string[], retryAfter: number | null): CrestwoodError {
  const fieldIssues = fieldIssuesOf(issues);
  const wholeInput = issues.filter((issue) => issue.path.length === 0).map((issue) => issue.message);
  return { code, message, fieldErrors: groupMessages(fieldIssues), fieldIssues, formErrors: [...formErrors, ...wholeInput], retryAfterSeconds: retryAfter };
}

/** Any thrown value as a CrestwoodError. Never throws. */
export function parseError(error: unknown): CrestwoodError {
  if (error instanceof TRPCClientError) {
    const data = (error as CrestwoodClientError).data as (ErrorData & { issues?: ReportedIssue[] }) | undefined;
    if (!data) return build("NETWORK", error.message, [], [], null);
    const issues = Array.isArray(data.issues) ? data.issues : [];
    // Field messages from older servers (zodError only) are kept as they came.
    const parsed = build(data.code, error.message, issues, issues.length > 0 ? [] : (data.zodError?.formErrors ?? []), data.retryAfter ?? null);
    if (issues.length === 0 && data.zodError) {
      parsed.fieldErrors = Object.fromEntries(Object.entries(data.zodError.fieldErrors).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])));
    }
    return parsed;
  }
  if (isInProcessTrpcError(error)) {
    const { issues, retryAfter } = issuesOfCause(error.cause);
    return build(error.code as CrestwoodErrorCode, error.message, issues, [], retryAfter);
  }
  return build("UNKNOWN", error instanceof Error ? error.message : String(error), [], [], null);
}

export function isCrestwoodClientError(error: unknown): error is CrestwoodClientError {
  return error instanceof TRPCClientError;
}

/** The API's answer as a `CrestwoodError`; null for anything that did not come from the client. */
export function toCrestwoodError(error: unknown): CrestwoodError | null {
  return isCrestwoodClientError(error) ? parseError(error) : null;
}

/** True when `error` is the API's answer with this code: `if (hasErrorCode(error, "NOT_FOUND")) …`. */
export function hasErrorCode(error: unknown, code: CrestwoodError["code"]): boolean {
  return parseError(error).code === code;
}
