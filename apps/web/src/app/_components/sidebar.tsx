import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags } from "~/lib/cache-tags";
import { getApi } from "~/trpc/server";
import { ArchiveWidget } from "./archive-widget";
import { FollowWidget } from "./follow-widget";
import { ProfileWidget } from "./profile-widget";
import { SearchForm } from "./search-form";

export async function Sidebar() {
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const { t } = blog;
  const [labels, archive, pages, profile] = await Promise.all([api.label.list(), api.post.archive(), api.page.list(), api.blog.profile()]);
  await cacheTags(CacheTag.sidebar, ...(archive.openMonth ? [CacheTag.titles(archive.openMonth)] : []));
  return (
    <aside className="sidebar" aria-label={t.blogNavigation}>
      <section className="widget">
        <SearchForm blog={blog} />
      </section>
      {profile ? <ProfileWidget profile={profile} blog={blog} /> : null}
      <FollowWidget blog={blog} />
      {pages.length > 0 ? (
        <nav className="widget" aria-labelledby="pages-widget-title">
          <h2 id="pages-widget-title">{t.pagesWidget.title}</h2>
          <ul>
            <li>
              <Link href="/">{t.pagesWidget.home}</Link>
            </li>
            {pages.map((page) => (
              <li key={page.id}>
                <Link href={page.path}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ArchiveWidget archive={archive} blog={blog} />
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
