import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { IDEMPOTENCY_MODEL, IdempotencyRecordSchema, IdempotencyService } from '../common/idempotency/idempotency.service';
import { OFFER_MODEL, OfferSchema } from './offers/offer.schema';
import { ORDER_MODEL, OrderSchema } from './orders/order.schema';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { OffersController } from './offers/offers.controller';
import { OffersService } from './offers/offers.service';

/** Supplier offers, quote requests and orders. */
@Module({
  imports: [
    CatalogueModule,
    VocabularyModule,
    MongooseModule.forFeature([
      { name: OFFER_MODEL, schema: OfferSchema },
      { name: ORDER_MODEL, schema: OrderSchema },
      { name: IDEMPOTENCY_MODEL, schema: IdempotencyRecordSchema },
    ]),
  ],
  controllers: [OffersController, OrdersController],
  providers: [OffersService, OrdersService, IdempotencyService],
  exports: [OffersService, OrdersService],
})
export class MarketplaceModule {}
