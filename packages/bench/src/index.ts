// `pnpm bench`: the reader procedures on SQLite and PostgreSQL (procedures.ts), then whole reader
// pages through Crestwood's server with and without the page cache (pages.ts). BENCH_ONLY=procedures
// or BENCH_ONLY=pages runs one of them.
const only = process.env.BENCH_ONLY;
if (only && only !== "procedures" && only !== "pages") throw new Error(`BENCH_ONLY must be "procedures" or "pages", not "${only}".`);
if (only !== "pages") await import("./procedures");
if (only !== "procedures") await import("./pages");
