import type { Metadata } from "next";
import type { ReactNode } from "react";
import { INTL_LOCALE } from "@crestwood/i18n";
import { getBlogContext } from "~/lib/blog";
import { feedAlternates } from "~/lib/feed-links";
import { getOrigin } from "~/lib/origin";
import { getApi } from "~/trpc/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [blog, origin, favicon] = await Promise.all([getBlogContext(), getOrigin(), getApi().then((api) => api.blog.favicon())]);
  const { settings } = blog;
  return {
    // Relative URLs in metadata (canonical, feeds, OpenGraph) become absolute against this.
    metadataBase: new URL(origin),
    title: { default: settings.title, template: `%s | ${settings.title}` },
    description: settings.description || undefined,
    alternates: feedAlternates(blog),
    openGraph: { type: "website", siteName: settings.title, title: settings.title, description: settings.description || undefined, locale: INTL_LOCALE[blog.language].replace("-", "_"), url: "/" },
    twitter: { card: "summary", title: settings.title, description: settings.description || undefined },
    icons: { icon: favicon ? [{ url: favicon.url, type: favicon.type }] : [{ url: "/favicon.svg", type: "image/svg+xml" }] },
  };
}

/** The document around both areas: the blog, (blog)/layout.tsx, and the admin, admin/layout.tsx. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language } = await getBlogContext();
  return (
    <html lang={language}>
      <body>{children}</body>
    </html>
  );
}
