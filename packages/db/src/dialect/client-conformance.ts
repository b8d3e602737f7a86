// Compile-time check behind the `Db` type (client.ts): for every model and operation, whatever
// the SQLite client accepts the PostgreSQL client accepts too, and what PostgreSQL answers has the
// shape SQLite's answers have. `pnpm typecheck` fails here when a schema change breaks that.
import type { Prisma as Sqlite } from "../generated/prisma/client";
import type { Prisma as Postgresql } from "../generated/prisma-postgresql/client";

type Operations<Map, Model> = Model extends keyof Map ? (Map[Model] extends { operations: infer O } ? O : never) : never;
type Args<Operation> = Operation extends { args: infer A } ? A : never;
type Result<Operation> = Operation extends { result: infer R } ? R : never;
type SqliteModels = Sqlite.TypeMap["model"];
type PostgresqlModels = Postgresql.TypeMap["model"];

type Mismatch = {
  [Model in keyof SqliteModels]: {
    [Op in keyof Operations<SqliteModels, Model>]: Op extends keyof Operations<PostgresqlModels, Model>
      ? [Args<Operations<SqliteModels, Model>[Op]>] extends [Args<Operations<PostgresqlModels, Model>[Op]>]
        ? [Result<Operations<PostgresqlModels, Model>[Op]>] extends [Result<Operations<SqliteModels, Model>[Op]>]
          ? never
          : `${Model & string}.${Op & string}: PostgreSQL answers another shape`
        : `${Model & string}.${Op & string}: PostgreSQL refuses arguments SQLite accepts`
      : `${Model & string}.${Op & string}: missing on PostgreSQL`;
  }[keyof Operations<SqliteModels, Model>];
}[keyof SqliteModels];

/** A type error here names each model operation where the two clients differ. */
export const clientsConform: [Mismatch] extends [never] ? true : Mismatch = true;
