import { describe, expect, it } from "vitest";
import { mintFormToken, readFormToken } from "./form-token";

describe("form tokens", () => {
  const secret = "s3cret";
  const now = Date.UTC(2026, 10, 29, 12, 0, 0);

  it("tell how long ago the form was handed out", () => {
    const token = mintFormToken(secret, now);
    expect(readFormToken(secret, token, now + 7_000)).toEqual({ valid: true, ageSeconds: 7 });
  });

  it("cannot be forged, altered or taken from another blog", () => {
    const token = mintFormToken(secret, now);
    const [version, issuedAt, mac] = token.split(".");
    expect(readFormToken("other", token, now)).toEqual({ valid: false });
    expect(readFormToken(secret, `${version}.${Number(issuedAt) - 3600}.${mac}`, now)).toEqual({ valid: false });
    expect(readFormToken(secret, "__CRESTWOOD_FORM_TOKEN__", now)).toEqual({ valid: false });
    expect(readFormToken(secret, "", now)).toEqual({ valid: false });
    expect(readFormToken(secret, undefined, now)).toEqual({ valid: false });
  });

  it("refuses tokens from the future", () => {
    expect(readFormToken(secret, mintFormToken(secret, now + 60_000), now)).toEqual({ valid: false });
  });
});
