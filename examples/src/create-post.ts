// Creates a post with labels, publishes it and reads it back through the blog's API.
import { createCrestwoodClient, toCrestwoodError } from "@crestwood/client";

const { CRESTWOOD_URL: url, CRESTWOOD_TOKEN: token } = process.env;
if (!url || !token) {
  console.error("Set CRESTWOOD_URL (e.g. http://localhost:3000) and CRESTWOOD_TOKEN (from `pnpm crestwood token create --name examples`).");
  process.exit(2);
}
const blog = createCrestwoodClient({ url, token });

try {
  const fields = { title: `Hello from a script ${new Date().toISOString()}`, bodyHtml: "<p>Written with @crestwood/client.</p>", labels: ["Scripts", "API"] };
  const draft = await blog.admin.post.create.mutate({ ...fields, status: "draft" });
  await blog.admin.post.update.mutate({ ...fields, id: draft.id, slug: draft.slug, status: "published" });
  const post = await blog.post.bySlug.query({ slug: draft.slug });
  console.log(`Published "${post.title}" on ${post.publishedAt.toISOString()}: ${new URL(post.path, url)} (labels: ${post.labels.map((l) => l.name).join(", ")})`);
} catch (error) {
  console.error(`The blog said: ${toCrestwoodError(error)?.message ?? error}`);
  process.exit(1);
}
