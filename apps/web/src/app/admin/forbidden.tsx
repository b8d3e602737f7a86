import Link from "next/link";
import { getAdminContext } from "~/lib/admin";

/** What an author sees on an owner-only page (requireOwner), with HTTP status 403. */
export default async function AdminForbidden() {
  const { t } = await getAdminContext();
  return (
    <>
      <h1>{t.forbiddenPage.title}</h1>
      <p role="alert">{t.errors.forbidden}</p>
      <p>
        <Link href="/admin/posts">{t.forbiddenPage.back}</Link>
      </p>
    </>
  );
}
