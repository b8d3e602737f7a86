import { redirect } from "next/navigation";
import { requireUser } from "~/lib/admin";

/** /admin: setup on a fresh blog, sign-in when signed out, else the posts. */
export default async function AdminHome() {
  await requireUser("/admin");
  redirect("/admin/posts");
}
