import { StateMachine } from '../../common/state-machine';
import { OfferState } from './offer.schema';

export type OfferAction = 'activate' | 'pause' | 'archive';
export const OFFER_ACTIONS: OfferAction[] = ['activate', 'pause', 'archive'];

/** Offer lifecycle: draft -> active <-> paused -> archived (by the supplier's staff). */
export const OFFER_LIFECYCLE = new StateMachine<OfferState, OfferAction, 'supplier'>([
  { action: 'activate', from: ['draft', 'paused'], to: 'active', actors: ['supplier'] },
  { action: 'pause', from: ['active'], to: 'paused', actors: ['supplier'] },
  { action: 'archive', from: ['draft', 'active', 'paused'], to: 'archived', actors: ['supplier'] },
]);
