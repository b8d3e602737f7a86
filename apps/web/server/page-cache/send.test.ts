import { describe, expect, it } from "vitest";
import { chooseEncoding } from "./send";

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd", true)).toBe("br");
    expect(chooseEncoding("gzip, deflate, br", false)).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip", true)).toBe("gzip");
    expect(chooseEncoding("*", true)).toBe("br");
    expect(chooseEncoding("gzip;q=0", true)).toBe("identity");
    expect(chooseEncoding(undefined, true)).toBe("identity");
    expect(chooseEncoding("identity", true)).toBe("identity");
  });
});
