import { Injectable, Logger } from '@nestjs/common';
import { ProblemException } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { NcbiRateLimiter } from '../eutils/eutils.client';
import { fetchWithRetry } from '../eutils/registry-fetch';
import { fromCrossref, fromEsummary, LookedUpReference } from './lookup.parsers';

/**
 * Completes a reference from the registry that owns its identifier: Crossref by DOI (REST `works`),
 * PubMed by PMID (E-utilities `esummary`, JSON). NCBI allows 3 requests/s without an API key and
 * 10 with one: requests to it wait for the process-wide NCBI limiter (shared with import jobs). 429 and 5xx answers are retried
 * (`literature.retries`, 2 by default) with backoff (Retry-After honoured); a registry that stays down answers 503 in plain words,
 * an identifier it does not know 404. Nothing is stored: the curator saves the reference.
 */
@Injectable()
export class LookupService {
  private readonly logger = new Logger(LookupService.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly ncbi: NcbiRateLimiter,
  ) {}

  async byDoi(doi: string): Promise<LookedUpReference> {
    const { crossrefUrl, contactEmail } = this.config.literature;
    const url = `${crossrefUrl.replace(/\/$/, '')}/works/${encodeURIComponent(doi)}?mailto=${encodeURIComponent(contactEmail)}`;
    const body = await this.getJson(url, 'Crossref', `DOI ${doi}`);
    const ref = fromCrossref(body as never);
    if (!ref) throw notFound(`Crossref has no usable record of DOI ${doi}.`);
    return ref;
  }

  async byPmid(pmid: string): Promise<LookedUpReference> {
    const { eutilsUrl, ncbiApiKey, contactEmail } = this.config.literature;
    const params = new URLSearchParams({ db: 'pubmed', id: pmid, retmode: 'json', tool: 'biomat-hub', email: contactEmail, ...(ncbiApiKey && { api_key: ncbiApiKey }) });
    const body = await this.getJson(`${eutilsUrl.replace(/\/$/, '')}/esummary.fcgi?${params}`, 'PubMed', `PMID ${pmid}`, () => this.ncbi.take());
    const ref = fromEsummary(body as never, pmid);
    if (!ref) throw notFound(`PubMed has no record of PMID ${pmid}.`);
    return ref;
  }

  private async getJson(url: string, registry: string, what: string, beforeAttempt?: () => Promise<void>): Promise<unknown> {
    const { contactEmail, timeoutMs, retries } = this.config.literature;
    let res: Response;
    try {
      res = await fetchWithRetry(url, { headers: { accept: 'application/json', 'user-agent': `BiomatHub/1.0 (mailto:${contactEmail})` }, timeoutMs, beforeAttempt }, { retries, baseMs: 500, maxMs: 10_000 });
    } catch (err) {
      this.logger.warn(`${registry} unreachable for ${what}: ${(err as Error).message}`);
      throw unavailable(registry);
    }
    if (res.status === 404) throw notFound(`${registry} does not know ${what}.`);
    if (!res.ok) {
      this.logger.warn(`${registry} answered ${res.status} for ${what}`);
      throw unavailable(registry);
    }
    try {
      return await res.json();
    } catch {
      throw unavailable(registry);
    }
  }
}

const notFound = (detail: string) => new ProblemException(404, { type: 'identifier-not-found', title: 'Not found', detail });
const unavailable = (registry: string) =>
  new ProblemException(503, { type: 'registry-unavailable', title: `${registry} is unavailable`, detail: `${registry} did not answer; try again in a minute, or type the reference by hand.` });
