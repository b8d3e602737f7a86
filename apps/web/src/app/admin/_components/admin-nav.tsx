"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { messages, type LanguageCode } from "@crestwood/i18n";

/** The admin's sections; the owner also gets labels, settings and authors. */
export function AdminNav({ language, isOwner }: { language: LanguageCode; isOwner: boolean }) {
  const pathname = usePathname();
  const t = messages[language].admin.nav;
  const links = [
    { href: "/admin/posts", label: t.posts },
    { href: "/admin/posts/new", label: t.newPost },
    { href: "/admin/pages", label: t.pages },
    { href: "/admin/comments", label: t.comments },
    { href: "/admin/media", label: messages[language].media.title },
    { href: "/admin/trash", label: messages[language].admin.trash.nav },
    ...(isOwner
      ? [
          { href: "/admin/labels", label: t.labels },
          { href: "/admin/settings", label: t.settings },
          { href: "/admin/authors", label: t.authors },
          { href: "/admin/tokens", label: t.tokens },
          { href: "/admin/import", label: t.importer },
          { href: "/admin/mail", label: messages[language].admin.mail.nav },
          { href: "/admin/followers", label: messages[language].admin.followers.nav },
        ]
      : []),
    { href: "/admin/account", label: messages[language].admin.account.nav },
    { href: "/", label: t.viewBlog },
  ];
  return (
    <nav className="admin-nav" aria-label={t.label}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
