#!/usr/bin/env node
// The `crestwood` command (`pnpm crestwood …` at the repository root). The workspace ships
// TypeScript source, so tsx compiles it on the fly.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
