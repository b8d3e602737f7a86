import { LABEL_NAME_MAX } from "@crestwood/validators";

/** A Blogger label as a Crestwood label name (/ ? # cannot appear in a label's address). */
export function labelName(raw: string): { name: string; renamed: boolean } {
  const cleaned = raw.replace(/[/?#]/g, "-").replace(/\s+/g, " ").trim();
  const name = [...cleaned].slice(0, LABEL_NAME_MAX).join("").trim();
  return { name, renamed: name !== raw.trim() };
}
