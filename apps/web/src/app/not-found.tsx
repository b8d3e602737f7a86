import Link from "next/link";
import { getBlogContext } from "~/lib/blog";

export default async function NotFound() {
  const { t } = await getBlogContext();
  return (
    <div className="not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <Link href="/">&lt;&lt; {t.home}</Link>
      </p>
    </div>
  );
}
