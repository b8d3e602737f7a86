import { getEnv, type EnvSource } from "@crestwood/config";
import type { OutgoingMail } from "./transport";

/**
 * Who mail comes from: MAIL_FROM, else the blog's title and noreply@ its public host name
 * (PUBLIC_URL; "localhost" without one, which real mail servers will refuse: set MAIL_FROM).
 */
export function mailSender(blogTitle: string, source?: EnvSource): OutgoingMail["from"] {
  const env = getEnv(source);
  if (env.MAIL_FROM) return env.MAIL_FROM.name ? { name: env.MAIL_FROM.name, address: env.MAIL_FROM.address } : env.MAIL_FROM.address;
  return { name: blogTitle, address: `noreply@${env.PUBLIC_URL?.hostname ?? "localhost"}` };
}

/**
 * The origin for links in mail written outside a request (the digest worker): PUBLIC_URL, else
 * this server's own address. Mail written during a request uses the request's origin.
 */
export function backgroundMailOrigin(source?: EnvSource): string {
  const env = getEnv(source);
  return env.PUBLIC_URL?.origin ?? `http://${env.HOST && env.HOST !== "0.0.0.0" && env.HOST !== "::" ? env.HOST : "localhost"}:${env.PORT}`;
}
