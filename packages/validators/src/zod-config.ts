import { z } from "zod";

// zod compiles object schemas with `new Function` when it may, and finds out whether it may by
// trying: under the admin's Content-Security-Policy (no 'unsafe-eval') that try is a reported
// violation in the browser. Interpreted parsing is fast enough for forms and procedures alike.
// Imported first by index.ts, before any schema exists.
z.config({ jitless: true });
