import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadMeshNames, loadSeedConcepts } from '../seed-vocabulary';
import { annotate } from './annotate';
import { buildDictionary } from './dictionary';
import { GoldDoc, evaluate, formatReport } from './evaluate';

/**
 * Quality floors on the hand-annotated evaluation set (test/fixtures/annotation/*.json) with the
 * real seed vocabulary: a little under what bench/annotation-bench.ts measures, so that a change
 * that makes the engine worse fails here. Raise them when the engine or the vocabulary improves.
 */
const FLOORS = {
  strictMicroF1: 0.755, // measured 0.765 on 66 texts (1,660 spans)
  lenientMicroF1: 0.8, // 0.811
  biomaterialF1: 0.835, // 0.850
  quantitiesF1: 0.92, // 0.934 (172 quantities)
  quantityValues: 0.97, // 155/155 of the strict matches
};

const root = join(__dirname, '..', '..', '..');
const dir = join(root, 'test', 'fixtures', 'annotation');

function loadSet(): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (Array.isArray(data)) docs.push(...data);
  }
  return docs;
}

describe('annotation quality on the evaluation set', () => {
  it('has an evaluation set', () => {
    expect(existsSync(dir)).toBe(true);
    expect(loadSet().length).toBeGreaterThanOrEqual(30);
  });

  it('stays above the floors', () => {
    const dict = buildDictionary(loadSeedConcepts(join(root, 'seed', 'vocabulary')), loadMeshNames(join(root, 'seed', 'mesh', 'descriptors.tsv')), 'quality');
    const report = evaluate(loadSet(), (d) => annotate(dict, { text: d.text, title: d.title }));
    const got = {
      strictMicroF1: report.strict.micro.f1,
      lenientMicroF1: report.lenient.micro.f1,
      biomaterialF1: report.strict.perType.Biomaterial.f1,
      quantitiesF1: report.quantities.strict.f1,
      quantityValues: report.quantities.valuesCompared ? report.quantities.valuesCorrect / report.quantities.valuesCompared : 0,
    };
    const below = Object.entries(FLOORS).filter(([k, floor]) => got[k as keyof typeof got] < floor);
    if (below.length) throw new Error(`below the floors: ${below.map(([k, f]) => `${k} ${got[k as keyof typeof got].toFixed(3)} < ${f}`).join(', ')}\n${formatReport(report)}`);
  });
});
