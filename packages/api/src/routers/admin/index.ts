import { createTRPCRouter } from "../../trpc";
import { adminAccountRouter } from "./account";
import { adminBlogRouter } from "./blog";
import { adminCommentRouter } from "./comment";
import { adminImportRouter } from "./import";
import { adminLabelRouter } from "./label";
import { adminMailRouter } from "./mail";
import { adminMediaRouter } from "./media";
import { adminPostRouter } from "./post";
import { adminRevisionRouter } from "./revision";
import { adminTokenRouter } from "./token";
import { adminTrashRouter } from "./trash";
import { adminUserRouter } from "./user";

/**
 * The admin API: everything here needs a signed-in caller (authorProcedure) or the owner
 * (adminProcedure). The reader API (post, label, comment, blog at the top level) stays public.
 */
export const adminRouter = createTRPCRouter({
  post: adminPostRouter,
  label: adminLabelRouter,
  comment: adminCommentRouter,
  blog: adminBlogRouter,
  user: adminUserRouter,
  token: adminTokenRouter,
  media: adminMediaRouter,
  import: adminImportRouter,
  account: adminAccountRouter,
  mail: adminMailRouter,
  trash: adminTrashRouter,
  revision: adminRevisionRouter,
});
