import { EntityType } from './types';

/**
 * Type assignments that the annotation guidelines (test/fixtures/annotation/GUIDELINES.md, section
 * 3) fix otherwise than a concept's scheme would. The broad keyword schemes mix types: the
 * outcomes scheme holds wear, low-temperature degradation, osteolysis and osteogenic
 * differentiation; the biological-response scheme holds cell proliferation and neointimal
 * hyperplasia. Each concept here takes the type the guidelines give its meaning, wherever it
 * matches (every language of its labels).
 */
export const CONCEPT_TYPES: Readonly<Record<string, EntityType>> = Object.freeze({
  // "wear", "wear debris", "low-temperature degradation", "ageing" of an implant: how a material degrades or wears.
  'kw-outcomes-toxicity/wear': 'DegradationFeatures',
  'adverse-effect/wear': 'DegradationFeatures',
  'kw-outcomes-toxicity/wear-debris': 'DegradationFeatures',
  'kw-outcomes-toxicity/low-temperature-degradation': 'DegradationFeatures',
  'kw-outcomes-toxicity/degradation': 'DegradationFeatures',
  'kw-outcomes-toxicity/biodegradation': 'DegradationFeatures',
  'kw-outcomes-toxicity/corrosion': 'DegradationFeatures',
  // processes at the tissue-material interface
  'kw-outcomes-toxicity/osteogenic-differentiation': 'AssociatedBiologicalProcess',
  'kw-outcomes-toxicity/chondrogenic-differentiation': 'AssociatedBiologicalProcess',
  'kw-outcomes-toxicity/cell-adhesion': 'AssociatedBiologicalProcess',
  'kw-outcomes-toxicity/inflammatory-response': 'AssociatedBiologicalProcess',
  'kw-outcomes-toxicity/fibrous-encapsulation': 'AssociatedBiologicalProcess',
  'adverse-effect/fibrous-encapsulation': 'AssociatedBiologicalProcess',
  // observed outcomes
  'biological-response/cell-proliferation': 'EffectOnBiologicalSystem',
  'biological-response/haemolysis': 'EffectOnBiologicalSystem',
  'biological-response/cytotoxic-response': 'EffectOnBiologicalSystem',
  // harmful effects
  'kw-outcomes-toxicity/osteolysis': 'AdverseEffects',
  'kw-outcomes-toxicity/aseptic-loosening': 'AdverseEffects',
  'kw-outcomes-toxicity/implant-failure': 'AdverseEffects',
  'kw-outcomes-toxicity/prosthesis-related-infection': 'AdverseEffects',
  'kw-outcomes-toxicity/stress-shielding': 'AdverseEffects',
  'kw-outcomes-toxicity/restenosis': 'AdverseEffects',
  'biological-response/neointimal-hyperplasia': 'AdverseEffects',
  'biological-response/osteolysis': 'AdverseEffects',
  'biological-response/implant-associated-infection': 'AdverseEffects',
  // "finite element analysis" is the design of a study (a computational study), not a measurement.
  'research-technique/finite-element-analysis': 'StudyType',
  // Families named by a plural or a class noun ("polymers", "the alloy", "metals") are classes.
  'kw-materials-composition/polymers': 'BiomaterialType',
  'kw-materials-composition/alloys': 'BiomaterialType',
  'kw-materials-composition/metals': 'BiomaterialType',
  'kw-materials-composition/ceramics': 'BiomaterialType',
});

/**
 * Labels shared by concepts of two types where the guidelines name the type of the phrase itself
 * (English label keys, as the tokenizer folds them: lower case, singular). Where a match of one of
 * these phrases has an entry of the named type, the other types' entries are dropped.
 */
export const LABEL_TYPES: Readonly<Record<string, EntityType>> = Object.freeze({
  'new bone formation': 'EffectOnBiologicalSystem',
  bioactivity: 'EffectOnBiologicalSystem',
  hemolysis: 'EffectOnBiologicalSystem',
  'fibrous capsule': 'AssociatedBiologicalProcess',
  'inflammatory response': 'AssociatedBiologicalProcess',
  'bone loss': 'AdverseEffects',
});

/** The type of a concept: the guidelines' assignment, else its scheme's. */
export function conceptType<T extends EntityType | undefined>(id: string, schemeType: T): EntityType | T {
  return CONCEPT_TYPES[id] ?? schemeType;
}
