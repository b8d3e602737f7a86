import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getBlogContext } from "~/lib/blog";
import { BlogHeader } from "./_components/blog-header";
import { Sidebar } from "./_components/sidebar";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await getBlogContext();
  return {
    title: { default: settings.title, template: `%s | ${settings.title}` },
    description: settings.description || undefined,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language } = await getBlogContext();
  return (
    <html lang={language}>
      <body>
        <div className="outer">
          <BlogHeader />
          <div className="columns">
            <main id="main" className="main-column">
              {children}
            </main>
            <Sidebar />
          </div>
        </div>
      </body>
    </html>
  );
}
