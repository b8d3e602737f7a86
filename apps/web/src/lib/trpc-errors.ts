import { TRPCError } from "@trpc/server";

/** The procedure's result, or null when it answered NOT_FOUND (a page then shows the 404 page). */
export async function orNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
