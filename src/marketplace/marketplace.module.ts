import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { OFFER_MODEL, OfferSchema } from './offers/offer.schema';
import { OffersController } from './offers/offers.controller';
import { OffersService } from './offers/offers.service';

/** Supplier offers, quote requests and orders. */
@Module({
  imports: [CatalogueModule, VocabularyModule, MongooseModule.forFeature([{ name: OFFER_MODEL, schema: OfferSchema }])],
  controllers: [OffersController],
  providers: [OffersService],
  exports: [OffersService],
})
export class MarketplaceModule {}
