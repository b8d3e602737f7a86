import { createTRPCRouter } from "./trpc";
import { addressRouter } from "./routers/address";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { blogRouter } from "./routers/blog";
import { commentRouter } from "./routers/comment";
import { feedRouter } from "./routers/feed";
import { followRouter } from "./routers/follow";
import { labelRouter } from "./routers/label";
import { pageRouter } from "./routers/page";
import { postRouter } from "./routers/post";

export const appRouter = createTRPCRouter({
  blog: blogRouter,
  post: postRouter,
  page: pageRouter,
  address: addressRouter,
  label: labelRouter,
  comment: commentRouter,
  auth: authRouter,
  admin: adminRouter,
  feed: feedRouter,
  follow: followRouter,
});

export type AppRouter = typeof appRouter;
