/**
 * tRPC set-up: the context every procedure receives, the error shape clients see, and the
 * procedure builders the routers use.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "@crestwood/db";
import { AppError, toTRPCError } from "./errors";
import { resolveCaller, type Caller } from "./auth/caller";
import { validationMessage } from "./validation-message";
import type { SessionCookieJar } from "./auth/session-cookie";
import type { MediaStorage } from "./media/storage";

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

export interface CreateContextOptions {
  db: Db;
  headers: Headers;
  /** The client's IP address as the deployment sees it (for flood control), if known. */
  clientIp?: string | null;
  /** Where sign-in and sign-out write the session cookie; procedures that need it fail without. */
  sessionCookies?: SessionCookieJar | null;
  /** Where media files live; the process's default folder (media/storage.ts) when unset. */
  mediaStorage?: MediaStorage | null;
}

/**
 * The inner context: everything a procedure needs, built from plain values so tests can
 * create it without a request (`createCaller(createTRPCContext({ db, headers }))`).
 *
 * Who is calling is resolved lazily, on the first procedure that asks (`getCaller`), from the
 * request's credentials (see auth/caller.ts): public procedures — reader pages — never read a
 * cookie or touch the session table.
 */
export function createTRPCContext(options: CreateContextOptions) {
  let caller: Promise<Caller | null> | undefined;
  return {
    db: options.db,
    headers: options.headers,
    clientIp: options.clientIp ?? null,
    sessionCookies: options.sessionCookies ?? null,
    mediaStorage: options.mediaStorage ?? null,
    getCaller: () => (caller ??= resolveCaller(options.db, options.headers)),
  };
}
export type Context = ReturnType<typeof createTRPCContext>;

// ---------------------------------------------------------------------------------------------
// Initialisation and error formatting
// ---------------------------------------------------------------------------------------------

/**
 * Messages per input field, and for the input as a whole. Typed by field name (not by each
 * procedure's schema) so API clients, which see this in every error, get a usable type.
 */
export interface FieldErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
}

/**
 * What was wrong with the input, structured, so callers can put it in their own words (the web
 * app localises it; @crestwood/client's `parseError` reads it): a zod issue's path, code and
 * bounds, or a domain error about one field (code `app:<AppErrorCode>`).
 */
export interface ReportedIssue {
  path: (string | number)[];
  code: string;
  message: string;
  minimum?: number;
  maximum?: number;
  origin?: string;
}

function fieldErrorsOf(cause: unknown): FieldErrors | null {
  if (cause instanceof ZodError) return z.flattenError(cause);
  if (cause instanceof AppError && cause.field) return { formErrors: [], fieldErrors: { [cause.field]: [cause.message] } };
  return null;
}

function reportedIssuesOf(cause: unknown): ReportedIssue[] | null {
  if (cause instanceof ZodError) {
    return cause.issues.map((issue) => {
      const bounds = issue as { minimum?: number | bigint; maximum?: number | bigint; origin?: string };
      return {
        path: issue.path.map((part) => (typeof part === "number" ? part : String(part))),
        code: issue.code,
        message: issue.message,
        ...(bounds.minimum !== undefined ? { minimum: Number(bounds.minimum) } : {}),
        ...(bounds.maximum !== undefined ? { maximum: Number(bounds.maximum) } : {}),
        ...(bounds.origin !== undefined ? { origin: bounds.origin } : {}),
      };
    });
  }
  if (cause instanceof AppError && cause.field) return [{ path: [cause.field], code: `app:${cause.code}`, message: cause.message }];
  return null;
}

/** What callers are told about a failure nobody planned for: never the internal message (SQL, stack). */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on the server. It has been logged; try again later.";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      // zod's own message is a JSON dump of its issues; callers get a sentence naming the fields.
      message: internal ? INTERNAL_ERROR_MESSAGE : cause instanceof ZodError ? validationMessage(cause) : shape.message,
      data: {
        ...data,
        // Field errors a form can show next to each field; null when the input was not the problem.
        // A domain error about one field (a taken slug) comes in the same shape.
        zodError: fieldErrorsOf(cause),
        issues: reportedIssuesOf(cause),
        retryAfter: cause instanceof AppError ? (cause.retryAfter ?? null) : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// ---------------------------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------------------------

/** Turns domain errors into tRPC errors, and logs what nobody planned for. */
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
    // A service that validates its own input (as createComment does) throws a ZodError: bad input, not a bug.
    if (result.error.cause instanceof ZodError && result.error.code === "INTERNAL_SERVER_ERROR") {
      throw new TRPCError({ code: "BAD_REQUEST", message: result.error.cause.message, cause: result.error.cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      console.error(`[trpc] ${path} failed`, result.error.cause ?? result.error);
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

/** Signed in (any role): `ctx.user` is the caller. Runs before input parsing, so anonymous callers learn nothing. */
export const authorProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const caller = await ctx.getCaller();
  if (!caller) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  return next({ ctx: { caller, user: caller.user } });
});

/** Signed in as the blog's owner. */
export const adminProcedure = authorProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "owner") throw new TRPCError({ code: "FORBIDDEN", message: "Only the blog's owner may do this." });
  return next();
});

/**
 * The owner in person: a browser session, never an API token. For what would let a leaked token
 * outlive its revocation (minting tokens, making accounts, changing roles); the CLI on the server
 * is the other way in.
 */
export const sessionOwnerProcedure = adminProcedure.use(({ ctx, path, next }) => {
  if (ctx.caller.via !== "session") {
    const how = path.startsWith("admin.token.") ? "use `pnpm crestwood token`" : "use `pnpm crestwood user`";
    throw new TRPCError({ code: "FORBIDDEN", message: `API tokens cannot manage ${path.startsWith("admin.token.") ? "API tokens" : "accounts"}: sign in to /admin or ${how}.` });
  }
  return next();
});
