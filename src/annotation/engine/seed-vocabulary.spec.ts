import { join } from 'node:path';
import { loadMeshNames, loadSeedConcepts } from '../seed-vocabulary';
import { annotate } from './annotate';
import { buildDictionary } from './dictionary';
import { SCHEME_TYPES } from './types';

const root = join(__dirname, '..', '..', '..');

describe('the real seed vocabulary', () => {
  const concepts = loadSeedConcepts(join(root, 'seed', 'vocabulary'));
  const mesh = loadMeshNames(join(root, 'seed', 'mesh', 'descriptors.tsv'));
  const dict = buildDictionary(concepts, mesh, 'seed');

  it('compiles every mapped scheme and the property types', () => {
    const schemes = new Set(concepts.map((c) => c.scheme));
    for (const scheme of Object.keys(SCHEME_TYPES)) if (schemes.has(scheme)) expect([...dict.concepts.keys()].some((id) => id.startsWith(`${scheme}/`))).toBe(true);
    expect(dict.propertyUnits.get('property-type/youngs-modulus')).toBe('GPa');
    expect(dict.stats.labels).toBeGreaterThan(3000);
    expect(mesh.size).toBeGreaterThan(30_000);
  });

  it('annotates a biomaterials abstract', () => {
    const r = annotate(dict, {
      title: 'Ti-6Al-4V implants coated with hydroxyapatite',
      text: 'Hydroxyapatite (HA) was plasma sprayed on titanium. The Young’s modulus was 110 ± 5 GPa and the coating showed no cytotoxicity.',
    });
    const got = r.annotations.map((a) => `${a.text}|${a.type}`);
    expect(got).toEqual(expect.arrayContaining(['Ti-6Al-4V|Biomaterial', 'hydroxyapatite|Biomaterial', 'Hydroxyapatite|Biomaterial', 'HA|Biomaterial', 'titanium|Biomaterial', 'cytotoxicity|EffectOnBiologicalSystem']));
    expect(r.quantities).toEqual([expect.objectContaining({ text: '110 ± 5 GPa', propertyType: 'property-type/youngs-modulus', value: 110, materialConceptId: 'kw-materials-composition/hydroxyapatite' })]); // the main material: named most often
  });
});
