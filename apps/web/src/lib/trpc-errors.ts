import { parseError } from "@crestwood/client";

/**
 * The procedure's result, or null when what the address names does not exist: NOT_FOUND, or an
 * address no post could ever have (BAD_REQUEST: a blank or 300-character slug, a label of
 * spaces). A reader page then shows the 404 page instead of an error.
 */
export async function orNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    const { code } = parseError(error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return null;
    throw error;
  }
}
