/** The annotation engine (issue #18): pure functions, no I/O. */
export { annotate } from './annotate';
export { compileDictionary, buildDictionary, clearDictionaryCache, conceptsAffectedBy, mentionsAnyLabel, labelKeys, GENERIC_WORDS } from './dictionary';
export type { Dictionary, DictionaryChanges } from './dictionary';
export { tokenize } from './tokenizer';
export type { Token } from './tokenizer';
export { sentences } from './sentences';
export { findDefinitions, bestLongFormStart } from './abbreviations';
export { findQuantities, readUnit, convert } from './quantities';
export * from './types';
