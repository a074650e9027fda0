import { Injectable } from '@nestjs/common';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { ncbiGapMs, RateLimiter, RetryPolicy } from './rate-limit';
import { fetchWithRetry, RegistryUnreachableError } from './registry-fetch';

/** One limiter per process for every request to NCBI (reference lookups and import jobs share it). */
@Injectable()
export class NcbiRateLimiter extends RateLimiter {
  constructor(@InjectConfig() config: AppConfig) {
    super(() => ncbiGapMs(!!config.literature.ncbiApiKey));
  }
}

/** An E-utilities answer that is not what was asked (an error page, an expired history handle…). */
export class EutilsError extends Error {}

export interface SearchHandle {
  count: number;
  webEnv: string;
  queryKey: string;
}

/**
 * The E-utilities calls of a PubMed query import: esearch on the history server (`usehistory=y`),
 * then efetch pages of the stored result set by WebEnv/query_key. Every request waits for the
 * shared NCBI limiter and is retried on 429/5xx (Retry-After honoured).
 */
@Injectable()
export class EutilsClient {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly limiter: NcbiRateLimiter,
  ) {}

  /** Backoff for background work: more patient than a curator's lookup (at least 3 retries, up to 60 s apart). */
  get jobRetryPolicy(): RetryPolicy {
    return { retries: Math.max(3, this.config.literature.retries), baseMs: 500, maxMs: 60_000 };
  }

  async search(query: string, signal?: AbortSignal): Promise<SearchHandle> {
    const res = await this.get('esearch.fcgi', { db: 'pubmed', term: query, usehistory: 'y', retmax: '0', retmode: 'json' }, 'application/json', signal);
    let body: { esearchresult?: { count?: string; webenv?: string; querykey?: string; ERROR?: string; errorlist?: Record<string, unknown> } };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new EutilsError('PubMed answered the search with something that is not JSON.');
    }
    const r = body.esearchresult;
    if (!r || r.ERROR) throw new EutilsError(`PubMed refused the search${r?.ERROR ? `: ${r.ERROR}` : '.'}`);
    const count = Number(r.count);
    if (!Number.isInteger(count) || count < 0 || !r.webenv || !r.querykey) throw new EutilsError('PubMed answered the search without a result count or history handle.');
    return { count, webEnv: r.webenv, queryKey: r.querykey };
  }

  /** The PubmedArticleSet XML of results retstart..retstart+retmax-1 of a stored search. */
  async fetchPage(handle: Pick<SearchHandle, 'webEnv' | 'queryKey'>, retstart: number, retmax: number, signal?: AbortSignal): Promise<string> {
    const res = await this.get('efetch.fcgi', { db: 'pubmed', WebEnv: handle.webEnv, query_key: handle.queryKey, retstart: String(retstart), retmax: String(retmax), retmode: 'xml' }, 'application/xml', signal);
    const xml = await res.text();
    // An expired WebEnv or a bad query_key comes back as 200 with an <ERROR> document.
    if (!/<PubmedArticleSet[\s>]/.test(xml.slice(0, 2000))) {
      const message = /<ERROR>([^<]{1,300})<\/ERROR>/.exec(xml)?.[1];
      throw new EutilsError(`PubMed did not return the records ${retstart + 1}-${retstart + retmax}${message ? `: ${message}` : '.'}`);
    }
    return xml;
  }

  private async get(tool: string, params: Record<string, string>, accept: string, signal?: AbortSignal): Promise<Response> {
    const { eutilsUrl, ncbiApiKey, contactEmail, timeoutMs } = this.config.literature;
    const qs = new URLSearchParams({ ...params, tool: 'biomat-hub', email: contactEmail, ...(ncbiApiKey && { api_key: ncbiApiKey }) });
    let res: Response;
    try {
      res = await fetchWithRetry(
        `${eutilsUrl.replace(/\/$/, '')}/${tool}?${qs}`,
        { headers: { accept, 'user-agent': `BiomatHub/1.0 (mailto:${contactEmail})` }, timeoutMs, signal, beforeAttempt: () => this.limiter.take() },
        this.jobRetryPolicy,
      );
    } catch (err) {
      if (err instanceof RegistryUnreachableError) throw new EutilsError(`PubMed did not answer (${err.message}).`);
      throw err;
    }
    if (!res.ok) throw new EutilsError(`PubMed answered ${res.status} to ${tool.replace('.fcgi', '')}, retries included.`);
    return res;
  }
}
