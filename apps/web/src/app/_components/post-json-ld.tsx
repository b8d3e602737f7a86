import type { ReaderPost } from "@crestwood/api";

/**
 * schema.org BlogPosting for search engines. JSON inside <script> ends at the first "</script",
 * so every "<" is written as \u003c (still the same JSON string).
 */
export function PostJsonLd({ post, origin, blogTitle }: { post: ReaderPost; origin: string; blogTitle: string }) {
  const url = `${origin}${post.path}`;
  const data = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.excerpt || undefined,
    url,
    mainEntityOfPage: url,
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    author: post.authorName ? { "@type": "Person", name: post.authorName } : { "@type": "Organization", name: blogTitle },
    publisher: { "@type": "Organization", name: blogTitle },
    keywords: post.labels.map((label) => label.name).join(", ") || undefined,
    commentCount: post.commentCount,
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
