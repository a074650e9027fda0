import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ApiBody, ApiExtension, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../accounts/auth/auth.decorators';
import { PaymentsService } from './payments.service';
import { Answer, Problems } from '../common/contract/contract';
import { StripeWebhookAnswer } from '../marketplace/marketplace.responses';

@ApiTags('payments')
@Controller('payments/stripe')
export class StripeWebhookController {
  constructor(private readonly payments: PaymentsService) {}

  /** Stripe calls this; the signature on the raw body is the authentication. */
  @Post('webhook')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Called by Stripe, not by clients: payment and account events, authenticated by the Stripe-Signature header over the raw body' })
  @ApiExtension('x-called-by', 'Stripe')
  @ApiBody({ description: 'A Stripe event (https://docs.stripe.com/api/events/object)', schema: { type: 'object' } })
  @ApiHeader({ name: 'stripe-signature', required: true })
  @Answer(StripeWebhookAnswer)
  @Problems(409, 503)
  async webhook(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature: string | undefined): Promise<{ received: true; result: string }> {
    const event = this.payments.verify(req.rawBody, signature);
    return { received: true, result: await this.payments.process(event) };
  }
}
