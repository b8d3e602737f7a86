export { createCrestwoodClient, apiUrl, type CrestwoodClient, type CrestwoodClientOptions } from "./client";
export { toCrestwoodError, hasErrorCode, isCrestwoodClientError, type CrestwoodError, type CrestwoodErrorCode, type CrestwoodClientError } from "./errors";
export type { AppRouter, RouterInputs, RouterOutputs } from "@crestwood/api";
