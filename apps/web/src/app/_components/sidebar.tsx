import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { getApi } from "~/trpc/server";

export async function Sidebar() {
  const [{ t }, api] = await Promise.all([getBlogContext(), getApi()]);
  const labels = await api.label.list();
  return (
    <aside className="sidebar" aria-label={t.blogNavigation}>
      {labels.length > 0 ? (
        <section className="widget">
          <h2>{t.labels.replace(/:$/, "")}</h2>
          <ul>
            {labels.map((label) => (
              <li key={label.name}>
                <Link href={label.path}>{label.name}</Link> <span className="count">({label.postCount})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
