export { migrateDatabase as migrateForTests } from "../src/migrations/run";
