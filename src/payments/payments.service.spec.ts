import type { Model } from 'mongoose';
import type Stripe from 'stripe';
import type { AppConfig } from '../config/config.schema';
import { PaymentsService } from './payments.service';
import type { StripeEventRecord } from './stripe-event.schema';

/** Records what we ask Stripe for (the e2e tests run the same calls against stripe-mock). */
function recordingStripe() {
  const calls: { method: string; params: unknown; options: unknown }[] = [];
  const record = (method: string, result: object) => async (params: unknown, options: unknown) => {
    calls.push({ method, params, options });
    return result;
  };
  const stripe = {
    paymentIntents: { create: record('paymentIntents.create', { id: 'pi_1', client_secret: 'pi_1_secret' }) },
    refunds: { create: record('refunds.create', { id: 're_1' }) },
  } as unknown as Stripe;
  return { stripe, calls };
}

const config = { publicUrl: 'http://localhost:3000', stripe: { webhookSecret: 'whsec_x' } } as AppConfig;

describe('PaymentsService', () => {
  it('creates one PaymentIntent per order and amount (idempotency key), paying the supplier minus the fee when it is onboarded', async () => {
    const { stripe, calls } = recordingStripe();
    const payments = new PaymentsService(stripe, config, {} as Model<StripeEventRecord>);
    await payments.createIntent({ orderId: 'o1', amountMinor: 50000, currency: 'EUR', destination: 'acct_9', feeMinor: 4000 });
    await payments.createIntent({ orderId: 'o2', amountMinor: 100, currency: 'EUR', destination: null, feeMinor: 8 });
    expect(calls[0]).toEqual({
      method: 'paymentIntents.create',
      params: expect.objectContaining({ amount: 50000, currency: 'eur', application_fee_amount: 4000, transfer_data: { destination: 'acct_9' }, metadata: { orderId: 'o1' } }),
      options: { idempotencyKey: 'order-o1-50000-EUR' },
    });
    // Without a connected account there is nothing to transfer and no fee to take.
    expect(calls[1].params).not.toHaveProperty('application_fee_amount');
    expect(calls[1].params).not.toHaveProperty('transfer_data');
  });

  it('refunds in full, reversing the transfer and the application fee', async () => {
    const { stripe, calls } = recordingStripe();
    const payments = new PaymentsService(stripe, config, {} as Model<StripeEventRecord>);
    expect(await payments.refund('o1', 'pi_1', true)).toBe('re_1');
    expect(calls[0]).toEqual({
      method: 'refunds.create',
      params: { payment_intent: 'pi_1', reverse_transfer: true, refund_application_fee: true, metadata: { orderId: 'o1' } },
      options: { idempotencyKey: 'refund-o1' },
    });
  });
});
