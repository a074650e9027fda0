import { StateMachine } from '../../common/state-machine';
import { QuoteState } from './quote-request.schema';

export type QuoteAction = 'quote' | 'counter' | 'accept' | 'order' | 'decline' | 'withdraw' | 'expire';
export const QUOTE_ACTIONS_BY_USERS: QuoteAction[] = ['quote', 'counter', 'accept', 'decline', 'withdraw'];
export type QuoteActor = 'buyer' | 'supplier' | 'system';

/** The negotiation (after Sharetribe's): each transition names who may take it. */
export const QUOTE_LIFECYCLE = new StateMachine<QuoteState, QuoteAction, QuoteActor>([
  { action: 'quote', from: ['requested', 'countered'], to: 'quoted', actors: ['supplier'] },
  { action: 'counter', from: ['quoted'], to: 'countered', actors: ['buyer'] },
  { action: 'accept', from: ['quoted'], to: 'accepted', actors: ['buyer'] },
  { action: 'order', from: ['accepted'], to: 'ordered', actors: ['buyer'] },
  { action: 'decline', from: ['requested', 'countered'], to: 'declined', actors: ['supplier'] },
  { action: 'withdraw', from: ['requested', 'quoted', 'countered', 'accepted'], to: 'withdrawn', actors: ['buyer'] },
  { action: 'expire', from: ['quoted', 'accepted'], to: 'expired', actors: ['system'] },
]);
