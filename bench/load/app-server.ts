/**
 * The app under test of `npm run bench:load`, in a process of its own (forked by bench/load-bench.ts
 * with the services' environment): boots the app like bench/phases/setup.ts does, seeds the demo
 * catalogue (SeedService), waits until the search index holds every published material, creates
 * the researchers that make the writes, and sends the parent { type: 'ready', url, tokens }.
 * It then serves until the parent sends { type: 'stop' } (or disconnects).
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TokensService } from '../../src/accounts/auth/tokens.service';
import { OrganizationsService } from '../../src/accounts/organizations/organizations.service';
import { UsersService } from '../../src/accounts/users/users.service';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config.loader';
import { SeedService } from '../../src/seed/seed.service';
import { KeepAliveClient } from '../lib/http-client';
import type { ChildMessage, ParentMessage } from './protocol';

const out = (message: string) => process.stdout.write(`[app] ${message}\n`);
/** `out`, at most every `everyMs`. */
function throttled(everyMs = 3000): (message: string) => void {
  let last = -Infinity;
  return (message) => {
    if (performance.now() - last < everyMs) return;
    last = performance.now();
    out(message);
  };
}
const send = (m: ChildMessage) => process.send?.(m);

/** Live heap after a full GC: tells a leak (live heap grows) from a high-water RSS. No --expose-gc needed. */
function memoryAfterGc(): ChildMessage {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const m = process.memoryUsage();
  const mb = (x: number) => x / 2 ** 20;
  return { type: 'memory', rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external) };
}

async function main(): Promise<void> {
  const writers = Number(process.env.LOAD_WRITERS || 20);
  const config = loadConfig({ env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn' } });
  const app: NestFastifyApplication = await createApp(config);
  await app.init();
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  out(`listening on ${url} (pid ${process.pid})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'stop') void stop();
    if (m.type === 'memory') send(memoryAfterGc());
  });
  process.on('disconnect', () => void stop());

  const seedStarted = Date.now();
  const progress = throttled();
  const report = await app.get(SeedService).run((m) => progress(`seed: ${m}`));
  out(
    `seed done in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s: concepts ${report.concepts.total} (${report.concepts.errors.length} errors), materials ${JSON.stringify(report.materials).slice(0, 200)}`,
  );

  // The index is fed by the sync worker: wait until it holds every published material.
  const api = new KeepAliveClient(url);
  const listed = (await api.json<{ total: number }>('GET', '/api/v1/materials?perPage=1')).total;
  const waitStarted = Date.now();
  const waitLog = throttled();
  for (;;) {
    const res = await api.get('/api/v1/search/materials?perPage=1');
    const total = res.status === 200 ? (JSON.parse(res.body) as { total: number }).total : -1;
    waitLog(`waiting for the search index: ${total} of ${listed} published materials searchable`);
    if (total === listed) break;
    if (Date.now() - waitStarted > 600_000) throw new Error(`search index has ${total} of ${listed} materials after 10 minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
  api.close();
  out(`search index holds all ${listed} published materials (waited ${((Date.now() - waitStarted) / 1000).toFixed(1)} s)`);

  // Writers: researchers (members of a research institution), each patching their own name.
  const users = app.get(UsersService);
  const orgs = app.get(OrganizationsService);
  const tokens = app.get(TokensService);
  const owner = await users.create({ email: 'load-owner@bench.test', name: 'Load owner', passwordHash: null, emailVerified: true, roles: [] });
  const org = await orgs.create({ name: 'Load Bench Institute', kind: 'research_institution', country: 'de', verified: true }, owner._id);
  const writerTokens: string[] = [];
  for (let i = 0; i < writers; i++) {
    const user = i === 0 ? owner : await users.create({ email: `load-writer-${i}@bench.test`, name: `Load writer ${i}`, passwordHash: null, emailVerified: true, roles: [] });
    if (i > 0) await orgs['orgs'].updateOne({ _id: org._id }, { $push: { members: { userId: user._id, role: 'member', since: new Date() } }, $addToSet: { memberIds: user._id } });
    writerTokens.push((await tokens.issue(user._id, org._id)).accessToken);
  }
  out(`${writers} researcher accounts in organization ${org._id}; tokens valid ${config.auth.accessTtlS} s`);
  send({ type: 'ready', url, tokens: writerTokens, materials: listed, accessTtlS: config.auth.accessTtlS });
}

main().catch((err) => {
  process.stderr.write(`[app] failed: ${(err as Error).stack ?? String(err)}\n`);
  send({ type: 'failed', error: String((err as Error).message ?? err) });
  process.exit(1);
});
