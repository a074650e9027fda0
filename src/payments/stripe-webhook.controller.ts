import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../accounts/auth/auth.decorators';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Controller('payments/stripe')
export class StripeWebhookController {
  constructor(private readonly payments: PaymentsService) {}

  /** Stripe calls this; the signature on the raw body is the authentication. */
  @Post('webhook')
  @Public()
  @HttpCode(200)
  @ApiExcludeEndpoint()
  async webhook(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature: string | undefined): Promise<{ received: true; result: string }> {
    const event = this.payments.verify(req.rawBody, signature);
    return { received: true, result: await this.payments.process(event) };
  }
}
