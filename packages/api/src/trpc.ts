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

function fieldErrorsOf(cause: unknown): FieldErrors | null {
  if (cause instanceof ZodError) return z.flattenError(cause);
  if (cause instanceof AppError && cause.field) return { formErrors: [], fieldErrors: { [cause.field]: [cause.message] } };
  return null;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      // zod's own message is a JSON dump of its issues; callers get a sentence naming the fields.
      message: cause instanceof ZodError ? validationMessage(cause) : shape.message,
      data: {
        ...shape.data,
        // Field errors a form can show next to each field; null when the input was not the problem.
        // A domain error about one field (a taken slug) comes in the same shape.
        zodError: fieldErrorsOf(cause),
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
