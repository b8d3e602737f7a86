import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "@crestwood/db";
import { markedTextToHtml } from "./highlight";

describe("markedTextToHtml", () => {
  it("escapes the text and marks the matches", () => {
    expect(markedTextToHtml(`a <b> & ${MARK_START}intranät${MARK_END} "x"`)).toBe("a &lt;b&gt; &amp; <mark>intranät</mark> &quot;x&quot;");
  });

  it("drops markers that do not pair up", () => {
    expect(markedTextToHtml(`${MARK_END}a ${MARK_START}b`)).toBe("a b");
  });
});
