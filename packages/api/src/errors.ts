import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { Prisma } from "@crestwood/db";

/** What can go wrong in the domain, independent of the transport that reports it. */
export const AppErrorCode = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "INVALID_INPUT",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  ALREADY_EXISTS: "ALREADY_EXISTS",
  COMMENTS_CLOSED: "COMMENTS_CLOSED",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  IN_USE: "IN_USE",
} as const;
export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

/** The one table from domain errors to tRPC (and so HTTP) codes. */
const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  ALREADY_EXISTS: "CONFLICT",
  COMMENTS_CLOSED: "FORBIDDEN",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  IN_USE: "CONFLICT",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Seconds until a retry can succeed (TOO_MANY_REQUESTS). */
  readonly retryAfter?: number;
  /** The input field the error is about (e.g. a taken slug), so a form can show it there. */
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, options: { retryAfter?: number; field?: string } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.retryAfter = options.retryAfter;
    this.field = options.field;
  }
}

export function toTRPCError(error: unknown): TRPCError | undefined {
  if (error instanceof AppError) {
    return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") {
      return new TRPCError({ code: "CONFLICT", message: "Something with that name or slug already exists.", cause: error });
    }
    if (error.code === "P2025") {
      return new TRPCError({ code: "NOT_FOUND", message: "Not found.", cause: error });
    }
  }
  return undefined;
}

/** The HTTP status for an error, for route handlers outside tRPC (e.g. media uploads). */
export function httpStatusOf(error: AppError): number {
  return getHTTPStatusCodeFromError(toTRPCError(error) ?? new TRPCError({ code: "INTERNAL_SERVER_ERROR" }));
}
