export { getEnv, parseEnv, parsePublicUrl, parseSmtpUrl, parseMailFrom, ConfigError, type Env, type EnvSource } from "./env";
export { parseDatabaseUrl, defaultDatabaseUrl, type DatabaseTarget, type DatabaseProvider } from "./database-url";
export { findRepoRoot } from "./repo-root";
export { parseTrustProxy, resolveClientAddress, peerIsTrustedProxy, normalizeAddress, type TrustProxy } from "./trust-proxy";
export { parseMediaStorage, type MediaStorageTarget } from "./media-storage";
export { API_LIMITS } from "./limits";
