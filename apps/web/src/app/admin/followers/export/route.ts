import { errorResponse, routeCaller } from "~/lib/route-caller";

/** The owner's download of every follower as CSV (UTF-8 with a BOM, so spreadsheets read å, ä, ö). */
export async function GET(req: Request) {
  try {
    const csv = await routeCaller(req).admin.mail.followersCsv();
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="followers-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
