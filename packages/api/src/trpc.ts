/**
 * tRPC set-up: the context every procedure receives, the error shape clients see, and the
 * procedure builders the routers use.
 */
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "@crestwood/db";
import { AppError, toTRPCError } from "./errors";

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

export interface CreateContextOptions {
  db: Db;
  headers: Headers;
  /** The client's IP address as the deployment sees it (for flood control), if known. */
  clientIp?: string | null;
}

/**
 * The inner context: everything a procedure needs, built from plain values so tests can
 * create it without a request (`createCaller(createTRPCContext({ db, headers }))`).
 */
export function createTRPCContext(options: CreateContextOptions) {
  return { db: options.db, headers: options.headers, clientIp: options.clientIp ?? null };
}
export type Context = ReturnType<typeof createTRPCContext>;

// ---------------------------------------------------------------------------------------------
// Initialisation and error formatting
// ---------------------------------------------------------------------------------------------

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field errors a form can show next to each field; null when the input was not the problem.
        zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
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
