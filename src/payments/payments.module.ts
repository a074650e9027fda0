import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PaymentsService } from './payments.service';
import { STRIPE_EVENT_MODEL, StripeEventSchema } from './stripe-event.schema';
import { PayoutsController } from './payouts.controller';
import { StripeWebhookController } from './stripe-webhook.controller';

/** Stripe payments and webhooks; features register handlers for the event types they own. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: STRIPE_EVENT_MODEL, schema: StripeEventSchema }])],
  controllers: [StripeWebhookController, PayoutsController],
  providers: [PaymentsService],
  exports: [PaymentsService],
})
export class PaymentsModule {}
