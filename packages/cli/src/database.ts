import { createDb, type Db } from "@crestwood/db";

/** Runs `work` with a database client for DATABASE_URL and always closes it. */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb();
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}
