import { createWriteStream } from "node:fs";
import { once } from "node:events";

const KIND = (term: string) => `<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#${term}'/>`;
const LABELS = 40;

/**
 * Writes a classic Blogger export of `posts` posts and `comments` comments (every comment on one
 * of the posts, every fourth one a reply), newest first as Blogger writes them: the shape of a
 * large old blog, for the import benchmark.
 */
export async function writeBloggerExport(file: string, posts: number, comments: number): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>\n<id>tag:blogger.com,1999:blog-9</id><title type='text'>Bänkblogg</title><link rel='alternate' type='text/html' href='http://bank.blogspot.com/'/>\n`);
  const start = Date.UTC(2024, 0, 1);
  const dateOf = (i: number) => new Date(start - i * 3_600_000);
  const pathOf = (i: number) => {
    const date = dateOf(i);
    return `/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/inlagg-${i}.html`;
  };
  for (let i = 0; i < posts; i++) {
    const published = dateOf(i).toISOString();
    const body = `&lt;div style="text-align: center;"&gt;Text för inlägg ${i} &amp;amp; mer.&lt;/div&gt;&lt;p&gt;${"Lorem ipsum dolor sit amet, åäö. ".repeat(20)}&lt;/p&gt;&lt;a href="http://bank.blogspot.com${pathOf(i + 1)}"&gt;föregående&lt;/a&gt;`;
    await write(
      `<entry><id>tag:blogger.com,1999:blog-9.post-${1_000_000 + i}</id><published>${published}</published><updated>${published}</updated>${KIND("post")}` +
        `<category scheme='http://www.blogger.com/atom/ns#' term='etikett ${i % LABELS}'/><category scheme='http://www.blogger.com/atom/ns#' term='etikett ${(i * 7 + 3) % LABELS}'/>` +
        `<title type='text'>Inlägg nummer ${i}</title><content type='html'>${body}</content><link rel='alternate' type='text/html' href='http://bank.blogspot.com${pathOf(i)}'/>` +
        `<author><name>Skribent ${i % 3}</name><uri>https://www.blogger.com/profile/${i % 3}</uri><email>noreply@blogger.com</email></author></entry>\n`,
    );
  }
  for (let c = 0; c < comments; c++) {
    const post = c % posts;
    const id = 5_000_000 + c;
    // Every fourth comment answers the previous comment on the same post.
    const replyTo = c % 4 === 3 && c >= posts ? id - posts : null;
    const published = new Date(dateOf(post).getTime() + (c + 1) * 1000).toISOString();
    await write(
      `<entry><id>tag:blogger.com,1999:blog-9.post-${id}</id><published>${published}</published><updated>${published}</updated>${KIND("comment")}` +
        `<title type='text'>Kommentar</title><content type='html'>Bra skrivet, nummer ${c}!</content>` +
        (replyTo ? `<link rel='related' href='https://www.blogger.com/feeds/9/${1_000_000 + post}/comments/default/${replyTo}'/>` : "") +
        `<author><name>Läsare ${c % 50}</name><email>noreply@blogger.com</email></author><thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-${1_000_000 + post}' type='text/html'/></entry>\n`,
    );
  }
  await write(`</feed>\n`);
  out.end();
  await once(out, "finish");
}
