import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

/**
 * Reference lookup against a local stub that answers like Crossref's REST `works` and NCBI's
 * E-utilities `esummary` (JSON), with fixtures of our own making (made-up DOIs and PMIDs).
 */
const WORK = {
  status: 'ok',
  'message-type': 'work',
  message: {
    DOI: '10.5555/BIOMAT.TEST.1',
    type: 'journal-article',
    title: ['Porous titanium scaffolds for the lookup test'],
    author: [{ given: 'Anna', family: 'Rossi', sequence: 'first' }, { given: 'Lars', family: 'Berg', sequence: 'additional' }],
    'container-title': ['Journal of Test Materials'],
    volume: '12',
    issue: '4',
    page: '201-215',
    publisher: 'Test Press',
    issued: { 'date-parts': [[2021, 6, 1]] },
  },
};
const SUMMARY = (pmid: string) => ({
  header: { type: 'esummary', version: '0.3' },
  result: {
    uids: [pmid],
    [pmid]: {
      uid: pmid,
      pubdate: '2018 Feb',
      source: 'J Test Mater',
      fulljournalname: 'Journal of Test Materials',
      title: 'Alginate hydrogels in a stub.',
      authors: [{ name: 'Garcia ML', authtype: 'Author' }],
      volume: '3',
      issue: '1',
      pages: '1-10',
      articleids: [{ idtype: 'pubmed', value: pmid }, { idtype: 'doi', value: '10.5555/biomat.test.2' }],
    },
  },
});

describe('Reference lookup by DOI (Crossref) or PMID (PubMed), against a stub of both', () => {
  let t: TestApp;
  let stub: Server;
  const seen: { url: string; at: number }[] = [];
  let failNext = 0;
  let alwaysFail = false;

  beforeAll(async () => {
    stub = createServer((req: IncomingMessage, res) => {
      const url = new URL(req.url!, 'http://stub');
      seen.push({ url: req.url!, at: Date.now() });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (alwaysFail) return send(500, { error: 'down' });
      if (failNext > 0) {
        failNext--;
        return send(429, { error: 'slow down' }, { 'retry-after': '1' });
      }
      if (url.pathname === '/works/10.5555%2FBIOMAT.TEST.1' || url.pathname === '/works/10.5555/BIOMAT.TEST.1') return send(200, WORK);
      if (url.pathname.startsWith('/works/')) return send(404, 'Resource not found.');
      if (url.pathname === '/esummary.fcgi') {
        const id = url.searchParams.get('id')!;
        if (id === '99999999') return send(200, { result: { uids: [id], [id]: { uid: id, error: 'cannot get document summary' } } });
        return send(200, SUMMARY(id));
      }
      send(404, {});
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    t = await startTestApp({ CROSSREF_URL: base, EUTILS_URL: base, LITERATURE_RETRIES: '2' });
  });

  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => stub?.close(resolve));
  });

  const lookup = (body: object, who: 'curator' | 'researcher' | null = 'curator') => {
    const req = t.http.post('/api/v1/literature/lookup');
    return who ? req.set(bearer(who)).send(body) : req.send(body);
  };

  it('completes a reference from its DOI, telling Crossref who asks', async () => {
    const res = await lookup({ doi: 'https://doi.org/10.5555/BIOMAT.TEST.1' }).expect(200);
    expect(res.body).toEqual({
      type: 'article',
      title: 'Porous titanium scaffolds for the lookup test',
      authors: ['Rossi, A', 'Berg, L'],
      year: 2021,
      container: 'Journal of Test Materials',
      volume: '12',
      issue: '4',
      pages: '201-215',
      publisher: 'Test Press',
      doi: '10.5555/biomat.test.1',
      pmid: null,
      pmcid: null,
      isbn: null,
      url: 'https://doi.org/10.5555/BIOMAT.TEST.1',
    });
    expect(seen.at(-1)!.url).toMatch(/mailto=/);
    expect((await lookup({ doi: '10.5555/unknown' }).expect(404)).body.detail).toMatch(/does not know DOI 10.5555\/unknown/);
  });

  it('completes a reference from its PMID, at most 3 requests a second without an API key', async () => {
    const before = seen.length;
    const answers = await Promise.all(['11111111', '22222222', '33333333'].map((pmid) => lookup({ pmid }, 'researcher')));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0].body).toMatchObject({ title: 'Alginate hydrogels in a stub', authors: ['Garcia, ML'], year: 2018, pmid: '11111111', doi: '10.5555/biomat.test.2', url: 'https://pubmed.ncbi.nlm.nih.gov/11111111/' });
    const times = seen.slice(before).map((s) => s.at);
    expect(times[2] - times[0]).toBeGreaterThanOrEqual(600);
    expect(seen.at(-1)!.url).toMatch(/db=pubmed/);
    expect((await lookup({ pmid: '99999999' }).expect(404)).body.detail).toMatch(/no record of PMID 99999999/);
  });

  it('retries a registry that asks to slow down, and says plainly when it is down', async () => {
    failNext = 1;
    await lookup({ doi: '10.5555/BIOMAT.TEST.1' }).expect(200);
    alwaysFail = true;
    const down = await lookup({ doi: '10.5555/BIOMAT.TEST.1' }).expect(503);
    alwaysFail = false;
    expect(down.body.detail).toMatch(/Crossref did not answer; try again in a minute, or type the reference by hand/);
  }, 20_000);

  it('refuses a malformed identifier, both or neither, and anonymous callers', async () => {
    expect((await lookup({ doi: 'not-a-doi' }).expect(400)).body.errors[0].path).toBe('doi');
    await lookup({ pmid: '12a' }).expect(400);
    await lookup({}).expect(400);
    await lookup({ doi: '10.5555/x', pmid: '1' }).expect(400);
    await lookup({ extra: 1, pmid: '1' }).expect(400);
    await lookup({ pmid: '1' }, null).expect(401);
  });
});
