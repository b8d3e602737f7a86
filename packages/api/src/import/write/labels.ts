import type { RunContext, Tx } from "./context";
import { newRowId } from "./row-ids";

/** Ids for these label names, creating the missing ones (counted in the report). */
export async function labelIds(tx: Tx, ctx: RunContext, names: string[]): Promise<Map<string, string>> {
  const missing = [...new Set(names)].filter((name) => !ctx.labels.has(name));
  if (missing.length > 0) {
    const found = await tx.label.findMany({ where: { blogId: 1, name: { in: missing } }, select: { id: true, name: true } });
    for (const label of found) ctx.labels.set(label.name, label.id);
    const created = missing.filter((name) => !ctx.labels.has(name)).map((name) => ({ id: newRowId(), blogId: 1, name }));
    if (created.length > 0 && !ctx.dryRun) await tx.label.createMany({ data: created });
    for (const label of created) ctx.labels.set(label.name, label.id);
    ctx.report.labelsCreated += created.length;
  }
  return new Map(names.map((name) => [name, ctx.labels.get(name)!]));
}
