/**
 * The comment form's token (see @crestwood/api's spam/form-token.ts): every HTML response gets a
 * fresh one in place of the placeholder, cached or not, so no page ever hands out a stale time.
 */
import { FORM_TOKEN_PLACEHOLDER, mintFormToken } from "@crestwood/api/edge";

export class FormTokens {
  readonly placeholder = Buffer.from(FORM_TOKEN_PLACEHOLDER);

  /** `secret` gives Blog.secret (null before the blog exists). */
  constructor(private readonly secret: () => string | null) {}

  /** A token minted now, or the placeholder itself when the blog has no secret yet. */
  mint(): Buffer {
    const secret = this.secret();
    return secret ? Buffer.from(mintFormToken(secret)) : this.placeholder;
  }

  /** The body with every placeholder replaced by one fresh token. */
  fill(body: Buffer): Buffer {
    if (!body.includes(this.placeholder)) return body;
    const token = this.mint();
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = body.indexOf(this.placeholder); at >= 0; at = body.indexOf(this.placeholder, from)) {
      parts.push(body.subarray(from, at), token);
      from = at + this.placeholder.length;
    }
    parts.push(body.subarray(from));
    return Buffer.concat(parts);
  }
}
