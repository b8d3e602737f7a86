import { startServer } from "./main";

await startServer({ dev: process.argv.includes("--dev") });
