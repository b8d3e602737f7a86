/** Around highlighted words in search titles and snippets (private-use characters: never in real text). */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
