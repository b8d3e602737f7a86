import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL.provider).toBe("sqlite");
    expect(env.DATABASE_URL.url).toMatch(/data\/crestwood\.db$/);
    expect(env.PUBLIC_URL).toBeNull();
    expect(env.TRUST_PROXY.kind).toBe("none");
    expect(env.MEDIA_MAX_UPLOAD_MB).toBe(20);
    expect(env.MEDIA_DIR).toBeNull();
    expect(env.PAGE_CACHE_MB).toBe(64);
    expect(env.MAX_BODY_KB).toBe(64);
    expect(env.MAX_POST_BODY_KB).toBe(4096);
  });

  it("reads PAGE_CACHE_MB, where 0 turns the page cache off", () => {
    expect(parseEnv({ PAGE_CACHE_MB: "0" }).PAGE_CACHE_MB).toBe(0);
    expect(parseEnv({ PAGE_CACHE_MB: "256" }).PAGE_CACHE_MB).toBe(256);
    expect(() => parseEnv({ PAGE_CACHE_MB: "-1" })).toThrow(/PAGE_CACHE_MB=-1/);
    expect(() => parseEnv({ PAGE_CACHE_MB: "lots" })).toThrow(/PAGE_CACHE_MB=lots/);
  });

  it("refuses body limits that are not whole numbers of KiB", () => {
    expect(() => parseEnv({ MAX_BODY_KB: "0" })).toThrow(/MAX_BODY_KB=0/);
    expect(() => parseEnv({ MAX_POST_BODY_KB: "2.5" })).toThrow(/whole number/);
    expect(parseEnv({ MAX_POST_BODY_KB: "8192" }).MAX_POST_BODY_KB).toBe(8192);
  });

  it("treats blank values as unset", () => {
    expect(parseEnv({ PORT: "  ", PUBLIC_URL: "" }).PORT).toBe(3000);
  });

  it("names every wrong variable in one message", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "eighty", PUBLIC_URL: "ftp://x", DATABASE_URL: "mysql://db", TRUST_PROXY: "true" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(4);
    expect(message).toMatch(/PORT=eighty/);
    expect(message).toMatch(/PUBLIC_URL/);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/TRUST_PROXY/);
  });

  it("reads PostgreSQL URLs and relative SQLite paths", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@127.0.0.1/blog" }).DATABASE_URL).toEqual({ provider: "postgresql", url: "postgresql://u@127.0.0.1/blog" });
    expect(parseEnv({ DATABASE_URL: "file:./x/y.db" }).DATABASE_URL.url).toMatch(/\/x\/y\.db$/);
  });

  it("refuses a public URL with a path", () => {
    expect(() => parseEnv({ PUBLIC_URL: "https://example.com/blog" })).toThrow(/origin only/);
  });

  it("reads the mail settings, and refuses what cannot be mail", () => {
    const env = parseEnv({ SMTP_URL: "smtp://user:p%40ss@smtp.example.com:587", MAIL_FROM: "Min blogg <blogg@example.com>" });
    expect(env.SMTP_URL?.hostname).toBe("smtp.example.com");
    expect(decodeURIComponent(env.SMTP_URL?.password ?? "")).toBe("p@ss");
    expect(env.MAIL_FROM).toEqual({ name: "Min blogg", address: "blogg@example.com" });
    expect(parseEnv({ MAIL_FROM: "blogg@example.com" }).MAIL_FROM).toEqual({ name: null, address: "blogg@example.com" });
    expect(parseEnv({}).SMTP_URL).toBeNull();
    expect(() => parseEnv({ SMTP_URL: "http://smtp.example.com" })).toThrow(/smtp:\/\//);
    expect(() => parseEnv({ SMTP_URL: "not a url" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ MAIL_FROM: "Min blogg" })).toThrow(/MAIL_FROM/);
  });
});

describe("MEDIA_STORAGE", () => {
  it("is the folder by default and an S3 bucket with an optional prefix when asked", () => {
    expect(parseEnv({}).MEDIA_STORAGE).toEqual({ kind: "folder" });
    expect(parseEnv({ MEDIA_STORAGE: "s3://blog-media" }).MEDIA_STORAGE).toEqual({ kind: "s3", bucket: "blog-media", prefix: "" });
    expect(parseEnv({ MEDIA_STORAGE: "s3://blog-media/crestwood/media/" }).MEDIA_STORAGE).toEqual({ kind: "s3", bucket: "blog-media", prefix: "crestwood/media" });
  });

  it("refuses other schemes, bad bucket names, dot segments and a bad endpoint, naming the variable", () => {
    for (const value of ["http://x/y", "s3://", "s3://Bad_Bucket", "s3://ok-bucket/../x"]) {
      expect(() => parseEnv({ MEDIA_STORAGE: value })).toThrow(/MEDIA_STORAGE/);
    }
    expect(() => parseEnv({ MEDIA_S3_ENDPOINT: "minio:9000" })).toThrow(/MEDIA_S3_ENDPOINT/);
  });
});
