import type { Db } from "@crestwood/db";
import { ZLabelMergeInputSchema, ZLabelUpdateInputSchema, type TLabelMergeInput, type TLabelUpdateInput } from "@crestwood/validators";
import { AppError } from "../errors";
import { withChanges } from "../changes/announce";
import { addressKeyOf, formatLabelPath } from "../urls";
import { recordAddress } from "./addresses";
import { BLOG_ID } from "./blog";

/** Every label with how many posts (drafts included) carry it. */
export async function listAdminLabels(db: Db) {
  const labels = await db.label.findMany({
    where: { blogId: BLOG_ID },
    select: { id: true, name: true, _count: { select: { posts: true } } },
    orderBy: { name: "asc" },
  });
  return labels.map((label) => ({ id: label.id, name: label.name, postCount: label._count.posts, path: formatLabelPath(label.name) }));
}

async function findLabel(db: Db, id: string) {
  const label = await db.label.findFirst({ where: { id, blogId: BLOG_ID }, select: { id: true, name: true } });
  if (!label) throw new AppError("NOT_FOUND", "No such label.");
  return label;
}

/** Renames a label; its posts carry the new name at once (they link to the label, not a copy). */
export async function renameLabel(db: Db, rawInput: TLabelUpdateInput) {
  const input = ZLabelUpdateInputSchema.parse(rawInput);
  await findLabel(db, input.id);
  const clash = await db.label.findFirst({ where: { blogId: BLOG_ID, name: input.name, id: { not: input.id } }, select: { id: true } });
  if (clash) throw new AppError("ALREADY_EXISTS", "A label with that name exists: merge them instead.", { field: "name" });
  return withChanges(db, async (tx, announce) => {
    const before = await tx.label.findUniqueOrThrow({ where: { id: input.id }, select: { name: true } });
    // /search/label/<old name> keeps answering: a permanent redirect to the new name.
    await recordAddress(tx, labelKey(before.name), { labelId: input.id });
    const renamed = await tx.label.update({ where: { id: input.id }, data: { name: input.name }, select: { id: true, name: true } });
    await recordAddress(tx, labelKey(renamed.name), { labelId: input.id });
    announce({ type: "label.changed", names: [before.name, renamed.name] });
    return renamed;
  });
}

function labelKey(name: string): string {
  return addressKeyOf({ kind: "label", name });
}

/** Gives every post of the source label the target label, then removes the source. */
export async function mergeLabels(db: Db, rawInput: TLabelMergeInput) {
  const input = ZLabelMergeInputSchema.parse(rawInput);
  if (input.sourceId === input.targetId) throw new AppError("INVALID_INPUT", "Choose two different labels.", { field: "targetId" });
  const [, target] = await Promise.all([findLabel(db, input.sourceId), findLabel(db, input.targetId)]);
  await withChanges(db, async (tx, announce) => {
    const links = await tx.postLabel.findMany({ where: { labelId: input.sourceId }, select: { postId: true } });
    const already = new Set(
      (await tx.postLabel.findMany({ where: { labelId: input.targetId, postId: { in: links.map((l) => l.postId) } }, select: { postId: true } })).map(
        (l) => l.postId,
      ),
    );
    const moving = links.filter((link) => !already.has(link.postId));
    if (moving.length > 0) await tx.postLabel.createMany({ data: moving.map(({ postId }) => ({ postId, labelId: input.targetId })) });
    // Every address the merged label had now leads to the label it was merged into.
    const source = await tx.label.findUniqueOrThrow({ where: { id: input.sourceId }, select: { name: true } });
    await tx.address.updateMany({ where: { labelId: input.sourceId }, data: { labelId: input.targetId } });
    await recordAddress(tx, labelKey(source.name), { labelId: input.targetId });
    await tx.label.delete({ where: { id: input.sourceId } });
    announce({ type: "label.changed", names: [source.name, target.name] });
  });
  return findLabel(db, input.targetId);
}

/** Removes a label from every post (the posts stay); its addresses answer 410 Gone from then on. */
export async function deleteLabel(db: Db, id: string) {
  const label = await findLabel(db, id);
  await withChanges(db, async (tx, announce) => {
    await recordAddress(tx, labelKey(label.name), { labelId: id });
    // Address.labelId is set to null by the delete (onDelete: SetNull): gone.
    await tx.label.delete({ where: { id } });
    announce({ type: "label.changed", names: [label.name] });
  });
}
