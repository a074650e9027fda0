import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { startTestApp, TestApp } from './helpers/test-app';
import { eventually } from './helpers/catalogue';

/**
 * Every write of the app is by _id. On FerretDB 1.24 (SQLite) those lookups scanned the whole
 * table until our wrapper (tools/ferretdb/idindex.go) indexed the expression its queries use: an
 * update took 57 ms at 10,000 documents and grew linearly. The query plan must show an index.
 */
describe('lookups by _id', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('use an index for find, on FerretDB as on MongoDB', async () => {
    const db = t.app.get<Connection>(getConnectionToken()).db!;
    const coll = db.collection<{ _id: string; n: number }>('id_lookup_probe');
    await coll.insertMany(Array.from({ length: 50 }, (_, n) => ({ _id: `doc-${n}`, n })));
    let plan = '';
    // FerretDB's wrapper adds the index within a couple of seconds of the collection's creation.
    await eventually('the _id lookup uses an index', async () => {
      plan = JSON.stringify(await coll.find({ _id: 'doc-42' }).explain());
      return /USING INDEX|IDHACK|EXPRESS_IXSCAN|IXSCAN/.test(plan);
    }, 10_000).catch(() => undefined);
    expect(plan).toMatch(/USING INDEX \S+_biomat_id_lookup|IDHACK|EXPRESS_IXSCAN|IXSCAN/);
    expect(plan).not.toMatch(/detail=SCAN /);
    expect(await coll.findOne({ _id: 'doc-42' })).toEqual({ _id: 'doc-42', n: 42 });
  });
});
