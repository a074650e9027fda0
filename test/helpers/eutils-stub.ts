import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inventedPubmedArticle, PUBMED_XML_HEAD, PUBMED_XML_TAIL } from '../fixtures/literature/invented-pubmed';

/** One request the stub saw: which E-utility, its parameters, and when it arrived. */
export interface StubRequest {
  tool: 'esearch' | 'efetch' | 'other';
  params: URLSearchParams;
  at: number;
}

/**
 * A local stand-in for NCBI E-utilities: esearch (JSON, `usehistory=y` answers a WebEnv and
 * query_key) and efetch (PubmedArticleSet XML of the stored result set, paged by retstart/retmax).
 * Each query term is a result set registered with `results(term, count, pmidBase)`; records are
 * invented (test/fixtures/literature/invented-pubmed.ts). Faults: `failNext(tool, n, status, retryAfter)`
 * answers that tool's next n requests with an error; `holdEfetch(retstart)` never answers that page.
 */
export class EutilsStub {
  readonly requests: StubRequest[] = [];
  private readonly sets = new Map<string, { webEnv: string; count: number; pmidBase: number; doiPrefix: string }>();
  private failures: { tool: StubRequest['tool']; status: number; retryAfter?: string }[] = [];
  private held = new Set<number>();
  private readonly hanging: ServerResponse[] = [];
  private server!: Server;
  url = '';

  results(term: string, count: number, pmidBase: number): void {
    this.sets.set(term, { webEnv: `MCID_stub_${this.sets.size + 1}`, count, pmidBase, doiPrefix: `stub${this.sets.size + 1}` });
  }

  failNext(tool: 'esearch' | 'efetch', n: number, status: number, retryAfter?: string): void {
    for (let i = 0; i < n; i++) this.failures.push({ tool, status, retryAfter });
  }

  holdEfetch(retstart: number): void {
    this.held.add(retstart);
  }

  release(): void {
    this.held.clear();
  }

  efetches(webEnv?: string): URLSearchParams[] {
    return this.requests.filter((r) => r.tool === 'efetch' && (!webEnv || r.params.get('WebEnv') === webEnv)).map((r) => r.params);
  }

  webEnvOf(term: string): string {
    return this.sets.get(term)!.webEnv;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.answer(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private answer(req: IncomingMessage, res: ServerResponse): unknown {
    const url = new URL(req.url!, 'http://stub');
    const tool = url.pathname === '/esearch.fcgi' ? 'esearch' : url.pathname === '/efetch.fcgi' ? 'efetch' : 'other';
    const params = url.searchParams;
    this.requests.push({ tool, params, at: Date.now() });
    const at = this.failures.findIndex((f) => f.tool === tool);
    const fault = at >= 0 ? this.failures.splice(at, 1)[0] : undefined;
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter && { 'retry-after': fault.retryAfter }) });
      return res.end(JSON.stringify({ error: 'API rate limit exceeded' }));
    }
    if (tool === 'esearch') {
      const set = this.sets.get(params.get('term') ?? '');
      const body = set
        ? { header: { type: 'esearch', version: '0.3' }, esearchresult: { count: String(set.count), retmax: '0', retstart: '0', querykey: '1', webenv: set.webEnv, idlist: [], translationset: [], querytranslation: params.get('term') } }
        : { header: { type: 'esearch', version: '0.3' }, esearchresult: { count: '0', retmax: '0', retstart: '0', querykey: '1', webenv: 'MCID_stub_empty', idlist: [], translationset: [], querytranslation: params.get('term') } };
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      return res.end(JSON.stringify(body));
    }
    if (tool === 'efetch') {
      const set = [...this.sets.values()].find((s) => s.webEnv === params.get('WebEnv'));
      if (!set || params.get('query_key') !== '1') {
        res.writeHead(200, { 'content-type': 'text/xml; charset=UTF-8' });
        return res.end('<?xml version="1.0" encoding="UTF-8" ?>\n<eFetchResult>\n\t<ERROR>Unable to obtain query #1</ERROR>\n</eFetchResult>\n');
      }
      const start = Number(params.get('retstart') ?? 0);
      if (this.held.has(start)) {
        this.hanging.push(res);
        return;
      }
      const end = Math.min(set.count, start + Number(params.get('retmax') ?? 20));
      let xml = PUBMED_XML_HEAD;
      for (let i = start + 1; i <= end; i++) xml += inventedPubmedArticle(i, set.pmidBase, set.doiPrefix);
      res.writeHead(200, { 'content-type': 'text/xml; charset=UTF-8' });
      return res.end(xml + PUBMED_XML_TAIL);
    }
    res.writeHead(404).end();
  }
}
