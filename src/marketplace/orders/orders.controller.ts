import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, RequirePermission } from '../../accounts/auth/auth.decorators';
import { Principal } from '../../accounts/auth/principal';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { Page } from '../../common/http/pagination';
import { CreateOrderDto, OrderListQueryDto, OrderTransitionDto } from './orders.dto';
import { OrdersService, OrderView } from './orders.service';
import { Answer, Problems } from '../../common/contract/contract';
import { OrderAnswer, OrderPageAnswer } from '../marketplace.responses';

const IDEMPOTENCY_HEADER = { name: 'Idempotency-Key', required: false, description: 'Retrying with the same key returns the first answer (8-128 characters; a UUID)' };

@ApiTags('marketplace')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @RequirePermission('orders:place')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: 'Order from active offers of one supplier: stock is held until payment (card: a Stripe PaymentIntent; invoice: the supplier marks it paid)' })
  @Answer(OrderAnswer)
  @Problems(409, 422)
  async create(@Body() dto: CreateOrderDto, @Headers('idempotency-key') key: string | undefined, @CurrentPrincipal() by: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrderView> {
    const answer = await this.idempotency.run('orders.create', by.id, key, dto, async () => ({ status: 201, body: await this.orders.create(dto, by) }));
    reply.status(answer.status);
    return answer.body;
  }

  @Get()
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'Orders your organization placed (side=buying) or received (side=selling)' })
  @Answer(OrderPageAnswer)
  list(@Query() query: OrderListQueryDto, @CurrentPrincipal() by: Principal): Promise<Page<OrderView>> {
    return this.orders.list(query, by);
  }

  @Get(':id')
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'One order you are a side of (404 otherwise)' })
  @Answer(OrderAnswer)
  get(@Param('id') id: string, @CurrentPrincipal() by: Principal): Promise<OrderView> {
    return this.orders.get(id, by);
  }

  @Post(':id/payment')
  @HttpCode(200)
  @RequirePermission('orders:act')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: "The card payment of a pending order: its PaymentIntent's client secret (created once per order and amount)" })
  @Answer(OrderAnswer)
  @Problems(409, 422, 503)
  async pay(@Param('id') id: string, @Headers('idempotency-key') key: string | undefined, @CurrentPrincipal() by: Principal): Promise<OrderView> {
    return (await this.idempotency.run('orders.pay', by.id, key, { id }, async () => ({ status: 200, body: await this.orders.pay(id, by) }))).body;
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @RequirePermission('orders:act')
  @ApiOperation({ summary: 'ship, deliver, cancel, refund, or mark an invoice order paid (who may do what: the order lifecycle)' })
  @Answer(OrderAnswer)
  @Problems(409, 422, 503)
  act(@Param('id') id: string, @Body() dto: OrderTransitionDto, @CurrentPrincipal() by: Principal): Promise<OrderView> {
    return this.orders.act(id, dto.action, by, dto.note, { carrier: dto.carrier, trackingNumber: dto.trackingNumber, reason: dto.reason });
  }
}
