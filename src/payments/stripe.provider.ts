import { Global, Module } from '@nestjs/common';
import Stripe from 'stripe';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';

export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');

/** stripe-node, pointed at `stripe.apiBase` (stripe-mock in dev and tests) when one is configured. */
export function createStripeClient(config: AppConfig['stripe']): Stripe {
  const base = config.apiBase ? new URL(config.apiBase) : undefined;
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'biomat-hub' },
    ...(base && {
      host: base.hostname,
      port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
      protocol: base.protocol === 'https:' ? 'https' : 'http',
    }),
  });
}

@Global()
@Module({
  providers: [{ provide: STRIPE_CLIENT, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createStripeClient(c.stripe) }],
  exports: [STRIPE_CLIENT],
})
export class StripeModule {}
