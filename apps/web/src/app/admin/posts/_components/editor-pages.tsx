import { notFound, redirect } from "next/navigation";
import { parseError } from "@crestwood/client";
import { formatDate, formatTime, toZonedInputValue } from "@crestwood/i18n";
import { getAdminContext, requireUser } from "~/lib/admin";
import { PostEditor } from "./post-editor";
import { adminBase } from "./post-list-page";
import "../../_components/account-and-history.css";

/** A new post or page: the same editor; pages have no labels. */
export async function NewEntryPage({ kind }: { kind: "post" | "page" }) {
  await requireUser(`${adminBase(kind)}/new`);
  const { api, t, blog } = await getAdminContext();
  const labels = kind === "post" ? await api.admin.label.list() : [];
  return (
    <>
      <h1>{kind === "page" ? t.pages.newTitle : t.editor.newTitle}</h1>
      <PostEditor
        post={{ id: null, kind, title: "", slug: "", bodyHtml: "", labels: [], publishedAt: "", status: "draft", featured: null, version: 0, autosaved: null }}
        existingLabels={labels.map((label) => label.name)}
        language={blog.language}
        timeZone={blog.timeZone}
        savedNotice={false}
      />
    </>
  );
}

async function findPost(id: string) {
  const { api } = await getAdminContext();
  try {
    return await api.admin.post.byId({ id });
  } catch (error) {
    if (parseError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** An existing post or page in the editor (read-only for another author's). */
export async function EditEntryPage({ kind, id, saved }: { kind: "post" | "page"; id: string; saved: boolean }) {
  await requireUser(`${adminBase(kind)}/${id}`);
  const { api, t, blog } = await getAdminContext();
  const post = await findPost(id);
  // A page opened under /admin/posts (or the reverse) moves to its own list's address.
  if (post.kind !== kind) redirect(`${adminBase(post.kind)}/${id}${saved ? "?saved=1" : ""}`);
  const [labels, featured, autosaved] = await Promise.all([
    kind === "post" ? api.admin.label.list() : Promise.resolve([]),
    post.featuredMediaId ? api.admin.media.byId({ id: post.featuredMediaId }) : Promise.resolve(null),
    post.canEdit ? api.admin.revision.autosaved({ postId: id }) : Promise.resolve(null),
  ]);
  if (!post.canEdit) {
    return (
      <>
        <h1>{post.title}</h1>
        <p role="status">{t.editor.readOnly}</p>
        <div className="preview-frame post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      </>
    );
  }
  return (
    <>
      <h1>{kind === "page" ? t.pages.editTitle : t.editor.editTitle}</h1>
      <PostEditor
        post={{
          id: post.id,
          kind: post.kind,
          title: post.title,
          slug: post.slug,
          bodyHtml: post.bodyHtml,
          labels: post.labels,
          publishedAt: post.publishedAt ? toZonedInputValue(post.publishedAt, blog.timeZone) : "",
          status: post.status,
          featured: featured ? { id: featured.id, fileName: featured.fileName } : null,
          version: post.version,
          autosaved: autosaved
            ? {
                title: autosaved.title,
                slug: autosaved.slug,
                bodyHtml: autosaved.bodyHtml,
                labels: autosaved.labels,
                savedAt: `${formatDate(autosaved.savedAt, blog.language, blog.timeZone)} ${formatTime(autosaved.savedAt, blog.language, blog.timeZone)}`,
              }
            : null,
        }}
        existingLabels={labels.map((label) => label.name)}
        language={blog.language}
        timeZone={blog.timeZone}
        savedNotice={saved}
      />
    </>
  );
}
