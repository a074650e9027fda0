import { MeilisearchApiError, MeilisearchErrorResponse, MeilisearchRequestError } from 'meilisearch';
import { Pool } from 'undici';
import { AppConfig } from '../config/config.schema';

/** Keep-alive connections to Meilisearch for searches: enough for its search threads under load. */
const CONNECTIONS = 32;

/**
 * The search hot path's transport to Meilisearch: undici's `Pool` (keep-alive, no response
 * compression asked for), JSON in and out.
 *
 * The official client goes through `fetch`, whose WHATWG streams and header objects cost ~1.7 ms
 * of CPU per multi-search here: measured with `node --cpu-prof` on `npm run bench:search`, more
 * than everything else our API does for a search together. Admin calls (settings, documents,
 * tasks, swaps) stay on the official client; only the three search calls come through here.
 *
 * Errors are the official client's classes, so callers tell them apart the same way: a non-2xx
 * answer is a `MeilisearchApiError` carrying Meilisearch's error body, anything else (refused,
 * reset, timed out) a `MeilisearchRequestError`.
 */
export class MeiliHttp {
  private readonly pool: Pool;
  private readonly headers: Record<string, string>;

  constructor(config: AppConfig['meilisearch']) {
    this.pool = new Pool(config.host, {
      connections: CONNECTIONS,
      headersTimeout: config.timeoutMs,
      bodyTimeout: config.timeoutMs,
      connectTimeout: config.timeoutMs,
    });
    this.headers = { 'content-type': 'application/json', ...(config.masterKey && { authorization: `Bearer ${config.masterKey}` }) };
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request('POST', path, JSON.stringify(body));
  }

  get<T>(path: string): Promise<T> {
    return this.request('GET', path);
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: string): Promise<T> {
    let status: number;
    let text: string;
    try {
      const res = await this.pool.request({ method, path, headers: this.headers, body });
      status = res.statusCode;
      text = await res.body.text();
    } catch (err) {
      throw new MeilisearchRequestError(path, err);
    }
    const parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (status < 200 || status >= 300) throw new MeilisearchApiError(new Response(text, { status }), parsed as MeilisearchErrorResponse);
    return parsed as T;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
