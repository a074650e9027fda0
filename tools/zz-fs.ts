import { mkdtempSync } from 'node:fs';
import { LocalMeilisearch } from './services';
import { createMeiliClient } from '../src/search/meilisearch.provider';
async function main() {
  const dir = mkdtempSync('/tmp/fbench/m');
  const m = new LocalMeilisearch({ dataDir: dir, logDir: dir, masterKey: 'x'.repeat(20) });
  await m.start();
  const c = createMeiliClient({ host: m.host, masterKey: m.masterKey, timeoutMs: 5000, indexPrefix: '' });
  const idx = c.index('t');
  const w = async (p: any) => { const t = await p; await c.tasks.waitForTask(t.taskUid); const tk = await c.tasks.getTask(t.taskUid); if (tk.status !== 'succeeded') console.log(tk.error); };
  await w(c.createIndex('t', { primaryKey: 'id' }));
  await w(idx.updateSettings({ filterableAttributes: [{ attributePatterns: ['f.lvl0', 'f.lvl1'], features: { facetSearch: true, filter: { equality: true, comparison: false } } }, 'g'] as any }));
  await w(idx.addDocuments([{ id: 1, f: { lvl0: ['Metal'], lvl1: ['Metal > Titanium alloy'] }, g: ['Metal > Titanium alloy'] }, { id: 2, f: { lvl0: ['Ceramic'] }, g: 'Calcium phosphate' }]));
  for (const facetName of ['f.lvl1', 'g']) for (const facetQuery of ['tita', 'Metal', 'calcium ph', 'cal']) {
    const r = await idx.searchForFacetValues({ facetName, facetQuery }).catch((e) => e.message);
    console.log(facetName, facetQuery, JSON.stringify(r.facetHits ?? r));
  }
  console.log(JSON.stringify((await idx.getSettings()).filterableAttributes));
  await m.stop();
}
main();
