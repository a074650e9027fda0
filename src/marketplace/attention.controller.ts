import { Controller, Get } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Model } from 'mongoose';
import { z } from 'zod';
import { CurrentPrincipal, RequirePermission } from '../accounts/auth/auth.decorators';
import { Principal } from '../accounts/auth/principal';
import { Answer, named } from '../common/contract/contract';
import { Order, ORDER_MODEL } from './orders/order.schema';
import { QUOTE_REQUEST_MODEL, QuoteRequest, QuoteState } from './quotes/quote-request.schema';
import { dealsFilter } from './parties';

export const AttentionAnswer = named(
  'MarketplaceAttention',
  z.object({
    quoteRequests: z.int().min(0).meta({ description: 'Quote requests waiting for you: to quote (supplier), to answer or to order (buyer)' }),
    messages: z.int().min(0).meta({ description: 'Open quote threads whose last message is from the other side' }),
    orders: z.int().min(0).meta({ description: 'Orders waiting for you: to ship (supplier), to confirm delivery (buyer)' }),
  }),
  "What is waiting for the caller's action in the marketplace (the navigation's badges)",
);

const OPEN_QUOTES: QuoteState[] = ['requested', 'quoted', 'countered', 'accepted'];

/**
 * The navigation's counts: what waits for the caller. Counted from state, not from read receipts:
 * an item stops counting when the caller acts on it, which is what a desk needs.
 */
@ApiTags('marketplace')
@Controller('me/attention')
export class AttentionController {
  constructor(
    @InjectModel(ORDER_MODEL) private readonly orders: Model<Order>,
    @InjectModel(QUOTE_REQUEST_MODEL) private readonly quotes: Model<QuoteRequest>,
  ) {}

  @Get()
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'Counts of quote requests, messages and orders waiting for your action' })
  @Answer(AttentionAnswer)
  async attention(@CurrentPrincipal() by: Principal): Promise<z.infer<typeof AttentionAnswer>> {
    const supplier = by.roles.includes('supplier') && !!by.organizationId;
    const [buying, selling, buyingOrders, sellingOrders] = await Promise.all([
      this.quotes.find({ ...dealsFilter('buying', by), state: { $in: OPEN_QUOTES } }, { state: 1, messages: 1 }).limit(1000).lean<QuoteRequest[]>(),
      supplier ? this.quotes.find({ ...dealsFilter('selling', by), state: { $in: OPEN_QUOTES } }, { state: 1, messages: 1 }).limit(1000).lean<QuoteRequest[]>() : Promise.resolve([]),
      this.orders.countDocuments({ ...dealsFilter('buying', by), state: 'shipped', abandoned: { $ne: true } }),
      supplier ? this.orders.find({ ...dealsFilter('selling', by), state: { $in: ['paid', 'pending_payment'] }, abandoned: { $ne: true } }, { state: 1, paymentMethod: 1 }).limit(1000).lean<Order[]>() : Promise.resolve([]),
    ]);
    const lastFrom = (q: QuoteRequest) => q.messages.at(-1)?.side;
    return {
      quoteRequests: buying.filter((q) => q.state === 'quoted' || q.state === 'accepted').length + selling.filter((q) => q.state === 'requested' || q.state === 'countered').length,
      messages: buying.filter((q) => lastFrom(q) === 'supplier').length + selling.filter((q) => lastFrom(q) === 'buyer').length,
      // To ship: paid orders, and invoice orders (they ship before payment).
      orders: buyingOrders + sellingOrders.filter((o) => o.state === 'paid' || o.paymentMethod === 'invoice').length,
    };
  }
}
