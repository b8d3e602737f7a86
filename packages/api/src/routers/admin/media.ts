import { ZMediaByIdInputSchema, ZMediaDeleteInputSchema, ZMediaListInputSchema, ZMediaUpdateInputSchema, ZPostFeaturedMediaInputSchema } from "@crestwood/validators";
import { authorProcedure, createTRPCRouter } from "../../trpc";
import { getMediaStorage } from "../../media/storage";
import { deleteMedia, getMedia, listMedia, mediaUsage, setFeaturedMedia, updateMedia } from "../../services/media";

/**
 * The media library. Uploads arrive over POST /api/media (multipart, see media/http.ts); here is
 * everything after: browse, describe, see where used, delete, choose a post's featured image.
 */
export const adminMediaRouter = createTRPCRouter({
  list: authorProcedure.input(ZMediaListInputSchema).query(({ ctx, input }) => listMedia(ctx.db, input)),
  byId: authorProcedure.input(ZMediaByIdInputSchema).query(({ ctx, input }) => getMedia(ctx.db, input.id)),
  usage: authorProcedure.input(ZMediaByIdInputSchema).query(({ ctx, input }) => mediaUsage(ctx.db, input.id)),
  update: authorProcedure.input(ZMediaUpdateInputSchema).mutation(({ ctx, input }) => updateMedia(ctx.db, ctx.user, input)),
  delete: authorProcedure.input(ZMediaDeleteInputSchema).mutation(({ ctx, input }) => deleteMedia(ctx.db, ctx.mediaStorage ?? getMediaStorage(), ctx.user, input)),
  setFeatured: authorProcedure.input(ZPostFeaturedMediaInputSchema).mutation(({ ctx, input }) => setFeaturedMedia(ctx.db, ctx.user, input)),
});
