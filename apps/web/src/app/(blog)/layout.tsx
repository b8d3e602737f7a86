import type { ReactNode } from "react";
import { BlogHeader } from "~/app/_components/blog-header";
import { Sidebar } from "~/app/_components/sidebar";

/** The reader's page: the blog's header, the posts, and the sidebar, as Blogger laid them out. */
export default function BlogLayout({ children }: { children: ReactNode }) {
  return (
    <div className="outer">
      <BlogHeader />
      <div className="columns">
        <main id="main" className="main-column">
          {children}
        </main>
        <Sidebar />
      </div>
    </div>
  );
}
