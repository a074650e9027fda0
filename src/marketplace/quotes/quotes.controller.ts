import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../../accounts/auth/auth.decorators';
import { Principal } from '../../accounts/auth/principal';
import { Page } from '../../common/http/pagination';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { OrderView } from '../orders/orders.service';
import { CreateQuoteRequestDto, QuoteActionDto, QuoteListQueryDto, QuoteMessageDto, QuoteOrderDto } from './quotes.dto';
import { NamedQuoteRequest, QuotesService } from './quotes.service';
import { Answer, Problems } from '../../common/contract/contract';
import { OrderAnswer, QuoteRequestAnswer, QuoteRequestPageAnswer } from '../marketplace.responses';

@ApiTags('marketplace')
@Controller('quote-requests')
export class QuotesController {
  constructor(
    private readonly quotes: QuotesService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Ask a supplier for a quote on one of its active offers' })
  @Answer(QuoteRequestAnswer)
  async create(@Body() dto: CreateQuoteRequestDto, @CurrentPrincipal() by: Principal): Promise<NamedQuoteRequest> {
    return this.quotes.present(await this.quotes.create(dto, by));
  }

  @Get()
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'Quote requests your organization sent (side=buying) or received (side=selling)' })
  @Answer(QuoteRequestPageAnswer)
  async list(@Query() query: QuoteListQueryDto, @CurrentPrincipal() by: Principal): Promise<Page<NamedQuoteRequest>> {
    const page = await this.quotes.list(query, by);
    return { ...page, items: await this.quotes.presentAll(page.items) };
  }

  @Get(':id')
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'One quote request you are a side of, with its messages and history (404 otherwise)' })
  @Answer(QuoteRequestAnswer)
  async get(@Param('id') id: string, @CurrentPrincipal() by: Principal): Promise<NamedQuoteRequest> {
    return this.quotes.present(await this.quotes.get(id, by));
  }

  @Post(':id/transitions')
  @RequirePermission('orders:act')
  @ApiOperation({ summary: 'quote (supplier), counter, accept, withdraw (buyer), decline (supplier)' })
  @Answer(QuoteRequestAnswer)
  @Problems(409)
  async act(@Param('id') id: string, @Body() dto: QuoteActionDto, @CurrentPrincipal() by: Principal): Promise<NamedQuoteRequest> {
    return this.quotes.present(await this.quotes.act(id, dto, by));
  }

  @Post(':id/messages')
  @RequirePermission('orders:act')
  @ApiOperation({ summary: 'Write in the thread of a quote request' })
  @Answer(QuoteRequestAnswer)
  async message(@Param('id') id: string, @Body() dto: QuoteMessageDto, @CurrentPrincipal() by: Principal): Promise<NamedQuoteRequest> {
    return this.quotes.present(await this.quotes.message(id, dto.text, by));
  }

  @Post(':id/order')
  @RequirePermission('orders:place')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key returns the first answer' })
  @ApiOperation({ summary: 'Order an accepted quote at its price' })
  @Answer(OrderAnswer)
  @Problems(409, 422)
  async order(@Param('id') id: string, @Body() dto: QuoteOrderDto, @Headers('idempotency-key') key: string | undefined, @CurrentPrincipal() by: Principal): Promise<OrderView> {
    return (await this.idempotency.run('quotes.order', by.id, key, { id, ...dto }, async () => ({ status: 201, body: await this.quotes.order(id, dto.paymentMethod, by) }))).body;
  }
}
