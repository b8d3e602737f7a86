/** The namespaces and category schemes of Blogger's two export formats and Crestwood's extensions. */
export { ATOM_NS } from "./xml-entries";

/** Google Takeout's feed.atom (2018 onwards). */
export const BLOGGER_2018_NS = "http://schemas.google.com/blogger/2018";
/** The classic export's kind categories. */
export const KIND_SCHEME = "http://schemas.google.com/g/2005#kind";
export const KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#";
/** The classic export's labels. */
export const LABEL_SCHEME = "http://www.blogger.com/atom/ns#";
/** Blogger wrote the draft flag in the pre-RFC Atom Publishing Protocol namespace; newer tools use the RFC one. */
export const APP_NAMESPACES = ["http://purl.org/atom/app#", "http://www.w3.org/2007/app"];
export const THREAD_NS = "http://purl.org/syndication/thread/1.0";
export const GD_NS = "http://schemas.google.com/g/2005";
/** What only Crestwood's own export carries (moderation state, accounts, images, ids). */
export const CRESTWOOD_NS = "urn:crestwood:export:1";
