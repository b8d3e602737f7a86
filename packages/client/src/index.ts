export { createCrestwoodClient, apiUrl, type CrestwoodClient, type CrestwoodClientOptions } from "./client";
export { parseError, toCrestwoodError, hasErrorCode, isCrestwoodClientError, fieldIssuesOf, type CrestwoodError, type CrestwoodErrorCode, type CrestwoodClientError, type FieldIssue, type FieldIssueKind, type ReportedIssue } from "./errors";
export type { AppRouter, RouterInputs, RouterOutputs } from "@crestwood/api";
