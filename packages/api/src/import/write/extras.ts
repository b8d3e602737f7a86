/** Accounts and media library images, which only a Crestwood export carries. */
import type { MediaStorage } from "../../media/storage";
import { parseVariantName } from "../../media/variants";
import type { ImportAccount, ImportLabel, ImportMedia } from "../model";
import type { RunContext, Tx } from "./context";
import { newRowId } from "./row-ids";

/** An account by e-mail: kept when it exists, else made without a password (set one with `crestwood user`). */
export async function writeAccount(tx: Tx, ctx: RunContext, account: ImportAccount): Promise<void> {
  const existing = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
  if (existing) {
    ctx.report.count("accounts", "existing");
    ctx.authors.set(`email:${account.email}`, existing.id);
    return;
  }
  const free = account.id ? (await tx.user.findUnique({ where: { id: account.id }, select: { id: true } })) === null : false;
  const id = free && account.id ? account.id : newRowId();
  if (!ctx.dryRun) {
    await tx.user.create({ data: { id, email: account.email, name: account.name, role: account.role, passwordHash: null, ...(account.createdAt ? { createdAt: account.createdAt } : {}) } });
  }
  ctx.authors.set(`email:${account.email}`, id);
  ctx.report.count("accounts", "imported");
}

/** A media row with its stored files, as exported; the same image (by hash) is not stored twice. */
export async function writeMedia(tx: Tx, ctx: RunContext, storage: MediaStorage | null, media: ImportMedia): Promise<void> {
  const existing = await tx.media.findUnique({ where: { hash: media.hash }, select: { id: true } });
  if (existing) {
    ctx.report.count("media", "existing");
    return;
  }
  const files = media.files.filter((file) => parseVariantName(file.name) && file.name.startsWith(media.hash));
  if (!storage || files.length === 0) {
    ctx.report.count("media", "skipped");
    return;
  }
  if (!ctx.dryRun) {
    for (const file of files) await storage.put(file.name, file.data);
    const uploader = media.uploadedByEmail ? await tx.user.findUnique({ where: { email: media.uploadedByEmail }, select: { id: true } }) : null;
    const free = media.id ? (await tx.media.findUnique({ where: { id: media.id }, select: { id: true } })) === null : false;
    await tx.media.create({
      data: {
        id: free && media.id ? media.id : newRowId(),
        hash: media.hash,
        fileName: media.fileName,
        mime: media.mime,
        width: media.width,
        height: media.height,
        bytes: media.bytes,
        alt: media.alt,
        caption: media.caption,
        variants: JSON.stringify(files.map(({ name, width, height, format, data }) => ({ name, width, height, format, bytes: data.length }))),
        uploadedById: uploader?.id ?? null,
        ...(media.createdAt ? { createdAt: media.createdAt } : {}),
      },
    });
  }
  ctx.report.count("media", "imported");
}

/** A label by name: kept when it exists (with its id when that is free). */
export async function writeLabel(tx: Tx, ctx: RunContext, label: ImportLabel): Promise<void> {
  const existing = await tx.label.findUnique({ where: { blogId_name: { blogId: 1, name: label.name } }, select: { id: true } });
  if (existing) {
    ctx.labels.set(label.name, existing.id);
    return;
  }
  const free = label.id ? (await tx.label.findUnique({ where: { id: label.id }, select: { id: true } })) === null : false;
  const id = free && label.id ? label.id : newRowId();
  if (!ctx.dryRun) await tx.label.create({ data: { id, blogId: 1, name: label.name } });
  ctx.labels.set(label.name, id);
  ctx.report.labelsCreated++;
}
