import Link from "next/link";
import { USER_LIMITS } from "@crestwood/validators";
import type { BlogContext } from "~/lib/blog";

/**
 * "Följ via e-post": a plain form posting to /api/follow, so it works without JavaScript and on
 * a cached page (it holds nothing about the reader). A confirmation mail follows (double opt-in).
 */
export function FollowWidget({ blog }: { blog: BlogContext }) {
  const t = blog.t.follow;
  return (
    <section className="widget follow-widget" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t.widgetTitle}</h2>
      <form action="/api/follow" method="post">
        <label htmlFor="follow-email">{t.email}</label>
        <div className="search-row">
          <input id="follow-email" name="email" type="email" autoComplete="email" required maxLength={USER_LIMITS.email} />
          <button type="submit">{t.submit}</button>
        </div>
      </form>
      <p className="widget-note">
        {t.intro} <Link href="/privacy">{blog.t.privacy.link}</Link>
      </p>
    </section>
  );
}
