// Requests as an attacker sends them: raw node:http, from a chosen loopback address (the e2e
// server trusts only 127.0.0.1 as a proxy, so 127.0.0.2 and up are outsiders whose forwarded
// headers must be ignored), with any headers and any body.
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function e2eOrigin(): string {
  return `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`;
}

export function rawRequest(
  method: string,
  path: string,
  options: { localAddress?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const request = http.request(
      `${e2eOrigin()}${path}`,
      {
        method,
        localAddress: options.localAddress,
        agent: false,
        headers: { ...(body ? { "content-length": String(body.length), "content-type": "application/json" } : {}), ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** A tRPC batch over HTTP: the codes of its answers in order ("OK" for results). */
export async function trpcBatch(procedure: string, inputs: unknown[], options: { localAddress?: string; headers?: Record<string, string> } = {}) {
  const body = JSON.stringify(Object.fromEntries(inputs.map((input, index) => [index, { json: input }])));
  const response = await rawRequest("POST", `/api/trpc/${inputs.map(() => procedure).join(",")}?batch=1`, { ...options, body });
  const parsed = JSON.parse(response.body) as unknown;
  const codes = Array.isArray(parsed)
    ? parsed.map((entry: { error?: { json?: { data?: { code?: string } } } }) => entry.error?.json?.data?.code ?? "OK")
    : [(parsed as { error?: { json?: { data?: { code?: string } } } }).error?.json?.data?.code ?? "?"];
  return { ...response, codes };
}

export function tally(codes: readonly (string | number)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}
