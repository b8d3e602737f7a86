import type { ReactNode } from "react";
import { BlogFrame } from "~/app/_components/blog-frame";

/** Every reader page: posts, pages, labels, archives, search. */
export default function BlogLayout({ children }: { children: ReactNode }) {
  return <BlogFrame>{children}</BlogFrame>;
}
