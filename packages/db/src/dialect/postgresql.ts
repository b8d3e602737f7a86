// The PostgreSQL client: node-postgres through Prisma's driver adapter, one pool per process.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma-postgresql/client";
import { caseInsensitiveArgs } from "./insensitive-text";

export interface PostgresqlOptions {
  /** Connections this process keeps at most (DATABASE_POOL_SIZE). */
  poolSize: number;
}

export function createPostgresqlClient(connectionString: string, options: PostgresqlOptions) {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter }).$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          return query(caseInsensitiveArgs(args));
        },
      },
    },
  });
}
