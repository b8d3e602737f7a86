// `pnpm bench`: the Blogger import (import.ts: posts/s for a 10,000-post export against plain
// inserts), the reader procedures on SQLite and PostgreSQL (procedures.ts), then whole reader
// pages through Crestwood's server with and without the page cache (pages.ts).
// BENCH_ONLY=import, BENCH_ONLY=procedures or BENCH_ONLY=pages runs one of them.
const only = process.env.BENCH_ONLY;
if (only && only !== "import" && only !== "procedures" && only !== "pages") throw new Error(`BENCH_ONLY must be "import", "procedures" or "pages", not "${only}".`);
if (!only || only === "import") await (await import("./import")).runImportBench();
if (!only || only === "procedures") await import("./procedures");
if (!only || only === "pages") await import("./pages");
