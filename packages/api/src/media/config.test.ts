import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maxUploadBytes } from "./config";
import { resolveMediaDir } from "./storage";

describe("maxUploadBytes", () => {
  it("is 20 MB unless MEDIA_MAX_UPLOAD_MB says otherwise", () => {
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ MEDIA_MAX_UPLOAD_MB: "5" })).toBe(5 * 1024 * 1024);
    expect(maxUploadBytes({ MEDIA_MAX_UPLOAD_MB: "0.5" })).toBe(512 * 1024);
  });

  it("names the variable when its value is wrong", () => {
    expect(() => maxUploadBytes({ MEDIA_MAX_UPLOAD_MB: "lots" })).toThrow(/MEDIA_MAX_UPLOAD_MB/);
    expect(() => maxUploadBytes({ MEDIA_MAX_UPLOAD_MB: "-1" })).toThrow(/MEDIA_MAX_UPLOAD_MB=-1/);
  });
});

describe("resolveMediaDir", () => {
  it("is media/ beside the SQLite file, so one folder holds the whole blog", () => {
    expect(resolveMediaDir({ DATABASE_URL: "file:/srv/blog/crestwood.db" })).toBe("/srv/blog/media");
  });

  it("follows MEDIA_DIR, relative paths from the repository root", () => {
    expect(resolveMediaDir({ MEDIA_DIR: "/var/media", DATABASE_URL: "file:/srv/blog/crestwood.db" })).toBe("/var/media");
    expect(resolveMediaDir({ MEDIA_DIR: "uploads" }).endsWith(join("", "uploads"))).toBe(true);
  });
});
