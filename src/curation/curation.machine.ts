import { StateMachine } from '../common/state-machine';
import { MaterialState } from '../catalogue/material.types';

export const CURATION_ACTIONS = ['submit', 'request_changes', 'publish', 'retire', 'restore', 'discard_draft'] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

/**
 * The curation lifecycle, in one table. Editing a published record starts a draft (state `draft`)
 * while the published content keeps being served; publishing replaces it.
 */
export const curationMachine = new StateMachine<MaterialState, CurationAction, 'curator' | 'admin'>([
  { action: 'submit', from: ['draft'], to: 'in_review', actors: ['curator', 'admin'] },
  { action: 'request_changes', from: ['in_review'], to: 'draft', actors: ['curator', 'admin'] },
  { action: 'publish', from: ['in_review'], to: 'published', actors: ['curator', 'admin'] },
  { action: 'retire', from: ['published'], to: 'retired', actors: ['curator', 'admin'] },
  { action: 'restore', from: ['retired'], to: 'published', actors: ['curator', 'admin'] },
  { action: 'discard_draft', from: ['draft'], to: 'published', actors: ['curator', 'admin'] },
]);
