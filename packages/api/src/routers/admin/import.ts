import { z } from "zod";
import { getImportJob, listImportJobs } from "../../import/jobs";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** Imports started from /admin/import (uploads and starts are form posts to /api/import). */
export const adminImportRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listImportJobs(ctx.db)),
  byId: adminProcedure.input(z.object({ id: z.string().min(1).max(100) })).query(({ ctx, input }) => getImportJob(ctx.db, input.id)),
});
