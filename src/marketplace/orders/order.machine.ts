import { StateMachine } from '../../common/state-machine';
import { OrderState } from './order.schema';

export type OrderAction = 'confirm' | 'mark_paid' | 'ship' | 'deliver' | 'cancel' | 'refund' | 'expire';
export type OrderActor = 'buyer' | 'supplier' | 'system';

/**
 * The order lifecycle in one table. `confirm` ends stock allocation; `mark_paid` comes from the
 * Stripe webhook (system) or, for invoice/purchase-order payment, from the supplier; `expire` is
 * the payment deadline job.
 */
export const ORDER_LIFECYCLE = new StateMachine<OrderState, OrderAction, OrderActor>([
  { action: 'confirm', from: ['allocating'], to: 'pending_payment', actors: ['system'] },
  { action: 'mark_paid', from: ['pending_payment'], to: 'paid', actors: ['system', 'supplier'] },
  // An invoice order ships before it is paid (it is due N days after the invoice): the service
  // allows ship from pending_payment only for invoice orders, and marks them paid without a move.
  { action: 'ship', from: ['paid', 'pending_payment'], to: 'shipped', actors: ['supplier'] },
  { action: 'deliver', from: ['shipped'], to: 'delivered', actors: ['buyer', 'supplier'] },
  { action: 'cancel', from: ['allocating', 'pending_payment'], to: 'cancelled', actors: ['buyer', 'supplier', 'system'] },
  { action: 'expire', from: ['allocating', 'pending_payment'], to: 'cancelled', actors: ['system'] },
  { action: 'refund', from: ['paid', 'shipped', 'delivered'], to: 'refunded', actors: ['supplier', 'system'] },
]);
