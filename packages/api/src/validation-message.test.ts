import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validationMessage } from "./validation-message";

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return validationMessage(result.error);
};

describe("validationMessage", () => {
  it("names each field and says what it must be", () => {
    const schema = z.object({ body: z.string().max(4096), authorName: z.string().min(1), postId: z.string() });
    expect(messageOf(schema, { body: "x".repeat(5000), authorName: "" })).toBe("body: at most 4096 characters; authorName: required; postId: required.");
  });

  it("keeps a schema's own words where the code says nothing plainer", () => {
    const schema = z.object({ slug: z.string().regex(/^[a-z]+$/, { error: "Use lower-case letters." }) });
    expect(messageOf(schema, { slug: "Å" })).toBe("slug: Use lower-case letters.");
  });

  it("covers nested fields, lists, numbers and choices", () => {
    const schema = z.object({ labels: z.array(z.string().max(3)), page: z.number().int().min(1), status: z.enum(["draft", "published"]) });
    expect(messageOf(schema, { labels: ["ok", "long"], page: 0, status: "x" })).toBe('labels.1: at most 3 characters; page: at least 1; status: one of "draft", "published".');
    expect(messageOf(z.object({ labels: z.array(z.string()).max(1) }), { labels: ["a", "b"] })).toBe("labels: at most 1 item.");
  });
});
