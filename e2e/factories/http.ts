// Raw HTTP requests to the e2e server, for what browsers and Playwright's request context will not
// send as asked (another Host header), with the page cache's answer (hit, miss, pass).
import { request as httpRequest } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** X-Crestwood-Cache: "hit", "miss" or "pass". */
  cache: string | undefined;
}

export function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, path, method: "GET", headers, setHost: !("host" in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          cache: res.headers["x-crestwood-cache"] as string | undefined,
        }),
      );
    });
    req.on("error", reject);
    if ("host" in headers) req.setHeader("Host", headers.host!);
    req.end();
  });
}
