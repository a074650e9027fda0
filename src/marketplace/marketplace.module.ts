import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { IDEMPOTENCY_MODEL, IdempotencyRecordSchema, IdempotencyService } from '../common/idempotency/idempotency.service';
import { OFFER_MODEL, OfferSchema } from './offers/offer.schema';
import { ORDER_MODEL, OrderSchema } from './orders/order.schema';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { QUOTE_REQUEST_MODEL, QuoteRequestSchema } from './quotes/quote-request.schema';
import { QuotesController } from './quotes/quotes.controller';
import { QuotesService } from './quotes/quotes.service';
import { OffersController } from './offers/offers.controller';
import { OffersService } from './offers/offers.service';
import { DealMail } from './parties';
import { AttentionController } from './attention.controller';
import { ORDER_COUNTER_MODEL, OrderCounterSchema, OrderNumbers } from '../checkout/order-numbers';

/** Supplier offers, quote requests and orders. */
@Module({
  imports: [
    CatalogueModule,
    VocabularyModule,
    MongooseModule.forFeature([
      { name: OFFER_MODEL, schema: OfferSchema },
      { name: ORDER_MODEL, schema: OrderSchema },
      { name: IDEMPOTENCY_MODEL, schema: IdempotencyRecordSchema },
      { name: QUOTE_REQUEST_MODEL, schema: QuoteRequestSchema },
      { name: ORDER_COUNTER_MODEL, schema: OrderCounterSchema },
    ]),
  ],
  controllers: [OffersController, OrdersController, QuotesController, AttentionController],
  providers: [OffersService, OrdersService, QuotesService, IdempotencyService, DealMail, OrderNumbers],
  exports: [OffersService, OrdersService, QuotesService, OrderNumbers, IdempotencyService],
})
export class MarketplaceModule {}
