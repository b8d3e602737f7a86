import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { appRouter, type AppRouter } from "./root";
import { createCallerFactory, createTRPCContext, type Context } from "./trpc";

/** Calls procedures in process (server components, scripts, tests): no HTTP involved. */
export const createCaller = createCallerFactory(appRouter);

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export { appRouter, createTRPCContext, type AppRouter, type Context };
export { AppError, AppErrorCode } from "./errors";
export * from "./urls";
export { publicOrigin, configuredPublicUrl } from "./content/public-url";
export { feedResponse, type RenderedFeed } from "./feeds";
export { sanitizePostHtml, sanitizeCommentHtml, commentTextToHtml, excerptFromHtml, htmlToText } from "./content/sanitize";
export type { ReaderPost } from "./services/posts";
export { addPostAddresses, recordAddress, type AddressAnswer } from "./services/addresses";
export type { SearchResult } from "./services/search";
export type { ReaderComment, CommentPage } from "./services/comments";
export type { PublicBlogSettings } from "./services/blog";
export { SESSION_COOKIE, DEVICE_COOKIE, sessionCookieOptions, serializeSessionCookie, isHttpsRequest, type SessionCookieJar } from "./auth/session-cookie";
export type { AuthUser, Caller } from "./auth/caller";
export type { AdminPost, AdminPostSummary } from "./services/post-admin";
export { createUser, isSetupNeeded } from "./services/accounts";
export { createSetupToken, setupPath, SETUP_LINK_LIFETIME_MS } from "./services/setup-link";
export { createApiToken, listApiTokens, revokeApiToken, type ApiTokenSummary } from "./services/api-tokens";
export { API_TOKEN_PREFIX } from "./auth/api-token";
export { resolveCaller } from "./auth/caller";
export { handleMediaUpload, handleMediaFile } from "./media/http";
export { getMediaStorage, createMediaStorage, resolveMediaDir, FolderMediaStorage, type MediaStorage } from "./media/storage";
export { copyMediaFiles, type MediaCopyReport } from "./media/copy-files";
export { maxUploadBytes } from "./media/config";
export type { MediaView } from "./services/media";
export { FORM_TOKEN_PLACEHOLDER, mintFormToken, readFormToken, type FormTokenCheck } from "./spam/form-token";
export { startServerBackgroundWork, startBackgroundWork, type BackgroundWork, type BackgroundStep } from "./background";
export { describeMailTransport, type MailTransportDescription } from "./mail/transport";
export type { OwnerProfile } from "./services/profile";
export type { Account } from "./services/account";
export type { ContentDiff, DiffPart } from "./services/revisions";
export { TRASH_DAYS } from "./services/trash";
export { EditConflictError } from "./services/post-admin";
export { withChanges, announceChanges, type Tx, type Announce } from "./changes/announce";
export { announcePostWritten } from "./changes/post-change";
export { affectedBy, CacheTag, changeTransport, type Change } from "./changes";
export * from "./import";
export * from "./export";
export * from "./backup";
