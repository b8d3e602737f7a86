import { describe, expect, it } from "vitest";
import { parseStyle, sanitizeStyle } from "./styles";

describe("sanitizeStyle", () => {
  it("keeps the layout Blogger and WordPress write", () => {
    expect(sanitizeStyle("clear: both; text-align: center;")).toBe("clear: both; text-align: center;");
    expect(sanitizeStyle("CLEAR:left;float:left;margin-bottom:1em;margin-right:1em")).toBe("clear: left; float: left; margin-bottom: 1em; margin-right: 1em;");
    expect(sanitizeStyle("margin-left: auto; margin-right: auto;")).toBe("margin-left: auto; margin-right: auto;");
    expect(sanitizeStyle("width: 320px; height: 240px; max-width: 100%")).toBe("width: 320px; height: 240px; max-width: 100%;");
    expect(sanitizeStyle('font-family: "trebuchet ms", sans-serif; font-size: x-large; color: #ff0000')).toBe(
      'font-family: "trebuchet ms", sans-serif; font-size: x-large; color: #ff0000;',
    );
    expect(sanitizeStyle("color: rgb(255, 0, 0); background-color: yellow")).toBe("color: rgb(255, 0, 0); background-color: yellow;");
  });

  it("drops properties outside the allowlist and keeps the rest", () => {
    expect(sanitizeStyle("position: fixed; top: 0; left: 0; z-index: 9999; text-align: left")).toBe("text-align: left;");
    expect(sanitizeStyle("display: none; visibility: hidden; opacity: 0")).toBe("");
  });

  it.each([
    "background-image: url(javascript:alert(1))",
    "width: expression(alert(1))",
    "color: red; width: expression(alert('XSS'))",
    "float: left !important",
    "color: \\72 ed",
    "margin: /**/ 1em",
    "font-family: x</style><script>alert(1)</script>",
    "color: rgb(1,2,3) url(x)",
    "font-family: 'a', url(https://evil.example/font)",
    "margin-top: -1000px",
    "margin: 99999px",
    "width: calc(100% + 1px)",
    "behavior: url(x.htc)",
    "-moz-binding: url(x.xml#xss)",
    "color: rgb(0,0,0)) ; background: url(x",
    "text-align: center; @import 'x'",
  ])("neutralises %s", (style) => {
    const kept = sanitizeStyle(style);
    expect(kept).not.toMatch(/url|expression|\\|import|script|!|-1000|99999|calc|behavior|binding/i);
  });

  it("lets a later declaration of a property win, as CSS does", () => {
    expect(parseStyle("float: left; float: right")).toEqual([{ property: "float", value: "right" }]);
  });

  it("leaves out properties another attribute owns", () => {
    expect(sanitizeStyle("text-align: center; margin: 0 auto", { except: ["text-align"] })).toBe("margin: 0 auto;");
  });
});
