import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ORGANIZATION_MODEL, OrganizationSchema } from '../accounts/organizations/organization.schema';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { MarketplaceModule } from '../marketplace/marketplace.module';
import { AddressBookService } from './address-book.service';
import { CART_MODEL, CartSchema } from './cart.schema';
import { CartService } from './cart.service';
import { CheckoutController } from './checkout.controller';
import { CheckoutService } from './checkout.service';

/** Cart, address book, billing settings, checkout with VAT, and order documents (invoice PDFs). */
@Module({
  imports: [
    CatalogueModule,
    MarketplaceModule,
    MongooseModule.forFeature([
      { name: CART_MODEL, schema: CartSchema },
      { name: ORGANIZATION_MODEL, schema: OrganizationSchema },
    ]),
  ],
  controllers: [CheckoutController],
  providers: [AddressBookService, CartService, CheckoutService],
})
export class CheckoutModule {}
