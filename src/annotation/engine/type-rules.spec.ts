import { join } from 'node:path';
import { loadSeedConcepts } from '../seed-vocabulary';
import { annotate } from './annotate';
import { buildDictionary } from './dictionary';
import { CONCEPT_TYPES, LABEL_TYPES, conceptType } from './type-rules';
import { EngineConcept, SCHEME_TYPES } from './types';

const CONCEPTS: EngineConcept[] = [
  { _id: 'adverse-effect/wear', prefLabel: { en: 'Wear' } },
  { _id: 'biological-response/cell-proliferation', prefLabel: { en: 'Cell proliferation' } },
  { _id: 'kw-outcomes-toxicity/cell-proliferation', prefLabel: { en: 'Cell proliferation' } },
  { _id: 'kw-outcomes-toxicity/bone-regeneration', prefLabel: { en: 'Bone regeneration' }, altLabels: { en: ['new bone formation'] } },
  { _id: 'biological-response/osteogenesis', prefLabel: { en: 'Osteogenesis' }, altLabels: { en: ['new bone formation'] } },
  { _id: 'research-technique/finite-element-analysis', prefLabel: { en: 'Finite element analysis' }, altLabels: { en: ['FEA'] } },
  { _id: 'kw-materials-composition/polymers', prefLabel: { en: 'Polymers' }, altLabels: { en: ['polymer'] } },
];
const dict = buildDictionary(CONCEPTS, new Map(), 'type-rules');
const spans = (text: string) => annotate(dict, { text }).annotations.map((a) => `${a.text}|${a.type}`);

describe('type rules (the guidelines fix some types otherwise than the schemes)', () => {
  it('types a concept by the guidelines, else by its scheme', () => {
    expect(conceptType('adverse-effect/wear', SCHEME_TYPES['adverse-effect'])).toBe('DegradationFeatures');
    expect(conceptType('adverse-effect/osteolysis', SCHEME_TYPES['adverse-effect'])).toBe('AdverseEffects');
    expect(spans('wear of the liner, cell proliferation, finite element analysis (FEA) of the polymer')).toEqual([
      'wear|DegradationFeatures',
      'cell proliferation|EffectOnBiologicalSystem',
      'finite element analysis|StudyType',
      'FEA|StudyType',
      'polymer|BiomaterialType',
    ]);
  });

  it('gives a phrase shared by two types the type the guidelines name', () => {
    expect(spans('new bone formation')).toEqual(['new bone formation|EffectOnBiologicalSystem']);
  });

  it('names only concepts and types that exist in the seed vocabulary', () => {
    const ids = new Set(loadSeedConcepts(join(__dirname, '..', '..', '..', 'seed', 'vocabulary')).map((c) => c._id));
    expect(Object.keys(CONCEPT_TYPES).filter((id) => !ids.has(id))).toEqual([]);
    const types = new Set(Object.values(SCHEME_TYPES));
    expect([...Object.values(CONCEPT_TYPES), ...Object.values(LABEL_TYPES)].filter((t) => !types.has(t))).toEqual([]);
  });
});
