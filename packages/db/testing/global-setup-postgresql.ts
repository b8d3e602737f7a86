// Vitest global setup for the PostgreSQL integration project: a server (POSTGRES_TEST_URL, or a
// throwaway cluster started here) and one migrated template database for the run.
import { findPostgresServer, NO_POSTGRES_MESSAGE, onServer, quoteIdentifier, withDatabase } from "../scripts/postgres-server";
import { TEST_ENV } from "./index";
import { migrateForTests } from "./migrate-for-tests";

export default async function setup() {
  const server = await findPostgresServer();
  // vitest.config.ts only adds this project when a server can be had; this is the safety net.
  if (!server) throw new Error(NO_POSTGRES_MESSAGE);
  const template = `crestwood_template_${process.pid}_${Date.now()}`;
  await onServer(server.url, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(template)} LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`));
  migrateForTests(withDatabase(server.url, template));
  process.env[TEST_ENV.postgresServer] = server.url;
  process.env[TEST_ENV.postgresTemplate] = template;
  console.log(`PostgreSQL integration tests on ${server.source === "throwaway" ? "a throwaway server" : server.source} (${new URL(server.url).host})`);
  return async () => {
    await onServer(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(template)} WITH (FORCE)`)).catch(() => {});
    await server.release();
  };
}
