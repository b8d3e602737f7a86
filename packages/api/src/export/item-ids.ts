/**
 * Entry ids in Crestwood's export. An item that came from Blogger keeps its Blogger key, so
 * importing Blogger's own export after a round trip still finds it; others carry their row id.
 * import/blogger/ids.ts reads both back to the same keys.
 */
export const EXPORT_ID_PREFIX = "tag:crestwood.invalid,2026:item/";

export function exportItemId(importKey: string | undefined, rowId: string): string {
  return `${EXPORT_ID_PREFIX}${importKey ?? `crestwood:${rowId}`}`;
}
