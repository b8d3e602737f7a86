import { createTRPCRouter } from "./trpc";
import { blogRouter } from "./routers/blog";
import { commentRouter } from "./routers/comment";
import { labelRouter } from "./routers/label";
import { postRouter } from "./routers/post";

export const appRouter = createTRPCRouter({
  blog: blogRouter,
  post: postRouter,
  label: labelRouter,
  comment: commentRouter,
});

export type AppRouter = typeof appRouter;
