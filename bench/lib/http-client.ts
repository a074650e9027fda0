/**
 * The fastest plain client we have: node:http over one keep-alive socket, no compression (no
 * accept-encoding header, so neither Fastify nor Meilisearch compresses). Both the API and the
 * direct Meilisearch measurements go through it, so the comparison is client-neutral.
 */
import { Agent, request } from 'node:http';

export interface TimedResponse {
  status: number;
  body: string;
  /** Wall time from sending the request to the last byte of the response. */
  ms: number;
}

export class KeepAliveClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly base: URL;

  constructor(
    baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {
    this.base = new URL(baseUrl);
  }

  get(path: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
    return this.send('GET', path, undefined, headers);
  }

  /** POSTs `body` as JSON (a string is sent as is: callers may serialise beforehand). */
  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<TimedResponse> {
    return this.send('POST', path, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  }

  /** Like `get`/`post`, but fails unless the status is `expected`; returns the parsed JSON body. */
  async json<T>(method: 'GET' | 'POST', path: string, body?: unknown, expected = 200, headers: Record<string, string> = {}): Promise<T> {
    const res = method === 'GET' ? await this.get(path, headers) : await this.post(path, body, headers);
    if (res.status !== expected) throw new Error(`${method} ${path}: HTTP ${res.status} (expected ${expected}): ${res.body.slice(0, 500)}`);
    return JSON.parse(res.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<TimedResponse> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          headers: {
            ...this.headers,
            ...headers,
            ...(body !== undefined && { 'content-length': Buffer.byteLength(body) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}
