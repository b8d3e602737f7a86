import "server-only";
import { headers } from "next/headers";
import { publicOrigin } from "@crestwood/api";

/** The blog's public origin for absolute links: PUBLIC_URL, else the Host this request came to. */
export async function getOrigin(): Promise<string> {
  return publicOrigin(await headers());
}
