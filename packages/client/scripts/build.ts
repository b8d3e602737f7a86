/**
 * Builds dist/ for use outside this repository: JavaScript (esbuild) and declarations that need
 * only @trpc/client, @trpc/server and superjson — none of the server's packages (Prisma, zod, …).
 *
 * Declaration bundlers copy the server's declarations as written (`ReturnType<typeof fn>`,
 * the router's context with its Prisma client) and so drag the whole server along. Here the
 * compiler instead *evaluates* every procedure's input and output and writes them out as plain
 * types (dist/app-router.d.ts); the client's own declarations import the router from there.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const entry = join(root, "src", "index.ts");
const SERVER_MODULE = "@crestwood/api";
const ROUTER_MODULE = "./app-router.js";

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail(d.messageText) });
  if (!parsed) fail(`cannot read ${configPath}`);
  return parsed.options;
}

function fail(message: unknown): never {
  throw new Error(`build: ${typeof message === "string" ? message : JSON.stringify(message)}`);
}

/** Writes a type as plain TypeScript: no names from the server survive, only structure. */
function typePrinter(checker: ts.TypeChecker) {
  const verbatim = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.BigInt
    | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Never | ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral
    | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.BigIntLiteral | ts.TypeFlags.TemplateLiteral;
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

  const print = (type: ts.Type, path: ts.Type[] = []): string => {
    if (type.flags & verbatim) return checker.typeToString(type);
    if (type.isUnion()) return type.types.map((member) => print(member, path)).join(" | ");
    if (type.isIntersection()) return type.types.map((member) => `(${print(member, path)})`).join(" & ");
    if (!(type.flags & ts.TypeFlags.Object)) fail(`cannot write the type ${checker.typeToString(type)}`);
    if (type.getSymbol()?.getName() === "Date") return "Date";
    if (checker.isArrayType(type)) return `Array<${print(checker.getTypeArguments(type as ts.TypeReference)[0]!, path)}>`;
    if (checker.isTupleType(type)) return `[${checker.getTypeArguments(type as ts.TypeReference).map((member) => print(member, path)).join(", ")}]`;
    if (path.includes(type)) fail(`the recursive type ${checker.typeToString(type)} cannot be written out`);
    if (type.getCallSignatures().length > 0) fail(`the function type ${checker.typeToString(type)} cannot cross the API`);
    const inner = [...path, type];
    const members = checker.getPropertiesOfType(type).map((property) => {
      const optional = property.flags & ts.SymbolFlags.Optional ? "?" : "";
      return `${key(property.getName())}${optional}: ${print(checker.getTypeOfSymbol(property), inner)};`;
    });
    for (const index of checker.getIndexInfosOfType(type)) members.push(`[key: ${checker.typeToString(index.keyType)}]: ${print(index.type, inner)};`);
    return `{ ${members.join(" ")} }`;
  };
  return print;
}

/** dist/app-router.d.ts: the router's procedures with their evaluated inputs and outputs. */
function routerDeclarations(program: ts.Program): string {
  const checker = program.getTypeChecker();
  const print = typePrinter(checker);
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!) ?? fail("no module symbol for src/index.ts");
  const exported = checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.getName() === "AppRouter") ?? fail("src/index.ts must export AppRouter");
  const router = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(exported));
  const property = (type: ts.Type, name: string) => {
    const symbol = type.getProperty(name);
    return symbol ? checker.getTypeOfSymbol(symbol) : undefined;
  };
  const def = property(router, "_def") ?? fail("AppRouter has no _def");
  const errorShape = property(property(property(def, "_config")!, "$types")!, "errorShape") ?? fail("AppRouter has no error shape");

  const procedureKinds: Record<string, string> = { '"query"': "TRPCQueryProcedure", '"mutation"': "TRPCMutationProcedure" };
  const record = (type: ts.Type, indent: string): string => {
    const lines = checker.getPropertiesOfType(type).map((symbol) => {
      const entryType = checker.getTypeOfSymbol(symbol);
      const procedureDef = property(entryType, "_def");
      if (procedureDef && property(procedureDef, "procedure")) {
        const kind = procedureKinds[checker.typeToString(property(procedureDef, "type")!)] ?? fail(`${symbol.getName()}: only queries and mutations are supported`);
        const types = property(procedureDef, "$types")!;
        return `${indent}${symbol.getName()}: ${kind}<{ input: ${print(property(types, "input")!)}; output: ${print(property(types, "output")!)}; meta: object }>;`;
      }
      return `${indent}${symbol.getName()}: {\n${record(entryType, `${indent}  `)}\n${indent}};`;
    });
    return lines.join("\n");
  };

  return [
    "// Generated by scripts/build.ts from the server's router: the API's procedures with their inputs and outputs.",
    'import type { TRPCBuiltRouter, TRPCMutationProcedure, TRPCQueryProcedure, inferRouterInputs, inferRouterOutputs } from "@trpc/server";',
    "",
    `export type AppErrorShape = ${print(errorShape)};`,
    "",
    "export type AppRouterRecord = {",
    record(property(def, "record")!, "  "),
    "};",
    "",
    "/** The blog's API router, as clients see it (no server context). */",
    "export type AppRouter = TRPCBuiltRouter<{ ctx: object; meta: object; errorShape: AppErrorShape; transformer: true }, AppRouterRecord>;",
    "export type RouterInputs = inferRouterInputs<AppRouter>;",
    "export type RouterOutputs = inferRouterOutputs<AppRouter>;",
    "",
  ].join("\n");
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const options = { ...compilerOptions(), noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: dist, rootDir: join(root, "src") };
const program = ts.createProgram([entry], options);
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) fail(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" }));

writeFileSync(join(dist, "app-router.d.ts"), routerDeclarations(program));
// The client's own declarations, with the server's router swapped for the written-out one.
program.emit(undefined, (fileName, text) => {
  if (!fileName.startsWith(dist)) return;
  writeFileSync(fileName, text.replaceAll(`"${SERVER_MODULE}"`, `"${ROUTER_MODULE}"`).replace(/from "(\.\/[\w-]+)"/g, 'from "$1.js"'));
});

await build({ entryPoints: [entry], outfile: join(dist, "index.js"), bundle: true, format: "esm", platform: "neutral", packages: "external", target: "es2022" });
console.log(`built ${dist}`);
