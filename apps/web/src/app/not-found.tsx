import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags } from "~/lib/cache-tags";
import { BlogHeader } from "./_components/blog-header";

/** Every unknown address, in the blog's own look (it renders outside the (blog) layout). */
export default async function NotFound() {
  const { t } = await getBlogContext();
  // Nothing here changes with content; the server adds the address itself, which a new post drops.
  await cacheTags(CacheTag.blog);
  return (
    <div className="outer">
      <BlogHeader />
      <main id="main" className="not-found">
        <h1>{t.notFound.title}</h1>
        <p>{t.notFound.text}</p>
        <p>
          <Link href="/">&lt;&lt; {t.home}</Link>
        </p>
      </main>
    </div>
  );
}
