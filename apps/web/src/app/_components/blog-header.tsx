import Link from "next/link";
import { getBlogContext } from "~/lib/blog";

export async function BlogHeader() {
  const { settings } = await getBlogContext();
  return (
    <header className="blog-header">
      <p className="blog-title">
        <Link href="/">{settings.title}</Link>
      </p>
      {settings.description ? <p className="blog-description">{settings.description}</p> : null}
    </header>
  );
}
