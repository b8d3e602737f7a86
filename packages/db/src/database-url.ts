import { getEnv, parseDatabaseUrl, type DatabaseTarget } from "@crestwood/config";

export { defaultDatabaseUrl, type DatabaseProvider, type DatabaseTarget } from "@crestwood/config";

/** The database DATABASE_URL (or the given value) names; see @crestwood/config. */
export function resolveDatabaseUrl(raw?: string): DatabaseTarget {
  return raw === undefined ? getEnv().DATABASE_URL : parseDatabaseUrl(raw);
}
