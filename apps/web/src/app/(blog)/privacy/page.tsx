import type { Metadata } from "next";
import { getBlogContext } from "~/lib/blog";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.privacy.title };
}

/** What the blog keeps about readers and why; the comment form and the follow box link here. */
export default async function PrivacyPage() {
  const { t } = await getBlogContext();
  return (
    <article className="mail-page">
      <h1 className="post-title">{t.privacy.title}</h1>
      {t.privacy.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </article>
  );
}
