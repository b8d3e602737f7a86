import type { BlogContext } from "~/lib/blog";
import { CopyLink } from "./copy-link";

/** Sharing without third-party scripts: an e-mail with the title and address, and "copy link". */
export function ShareLinks({ title, url, blog }: { title: string; url: string; blog: BlogContext }) {
  const t = blog.t.share;
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
  return (
    <p className="share-links">
      <span className="share-title">{t.title}:</span> <a href={mail}>{t.email}</a> <CopyLink url={url} label={t.copyLink} copiedText={t.copied} />
    </p>
  );
}
