import type { ReactNode } from "react";
import { BlogHeader } from "./blog-header";
import { Sidebar } from "./sidebar";

/**
 * The reader's page as Blogger laid it out: the blog's header, the main column and the sidebar.
 * Used by the (blog) layout and by the 404 page of addresses no route matches.
 */
export function BlogFrame({ children }: { children: ReactNode }) {
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
