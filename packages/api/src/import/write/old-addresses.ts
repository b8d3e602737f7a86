/**
 * The one place an import records the addresses a post had on Blogger, so they keep answering
 * (with a permanent redirect when the post's address changed). Today a post holds one such path
 * (Post.legacyPath, the decoded form the reader pages look up); every other spelling (?m=1,
 * percent-encoded) reaches the same page because the reader routes ignore the query and decode
 * the path. When the URL module's address table arrives, this function writes all of them there.
 */
export function oldAddressFields(paths: readonly string[]): { legacyPath: string | null } {
  return { legacyPath: paths[0] ?? null };
}
