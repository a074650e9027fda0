import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, RequirePermission } from '../accounts/auth/auth.decorators';
import { Principal } from '../accounts/auth/principal';
import { Answer, named, Problems } from '../common/contract/contract';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { ProblemException } from '../common/problem/problem';
import { OrdersService } from '../marketplace/orders/orders.service';
import { Order } from '../marketplace/orders/order.schema';
import { AddressBookService, BillingView } from './address-book.service';
import { CartService, CartView } from './cart.service';
import { AddCartLineDto, BillingSettingsDto, CheckoutDto, ConfirmCheckoutDto, CreateAddressDto, UpdateAddressDto, UpdateCartLineDto } from './checkout.dto';
import { AddressBookAnswer, BillingSettingsAnswer, BookAddressAnswer, CartAnswer, CheckoutConfirmation, CheckoutPreviewAnswer } from './checkout.responses';
import { CheckoutPreview, CheckoutService } from './checkout.service';
import { renderInvoicePdf } from './invoice-pdf';
import { BookAddress } from '../accounts/organizations/organization.schema';

const PdfFileAnswer = named('PdfFile', z.string().meta({ format: 'binary' }), 'A PDF document');

@ApiTags('checkout')
@Controller()
export class CheckoutController {
  constructor(
    private readonly book: AddressBookService,
    private readonly carts: CartService,
    private readonly checkout: CheckoutService,
    private readonly orders: OrdersService,
    private readonly idempotency: IdempotencyService,
  ) {}

  // ---- address book and billing ---------------------------------------------------------------

  @Get('organizations/:orgId/addresses')
  @RequirePermission('orders:read')
  @ApiOperation({ summary: "The organization's address book (members)" })
  @Answer(AddressBookAnswer)
  async addresses(@Param('orgId') orgId: string, @CurrentPrincipal() by: Principal): Promise<{ items: BookAddress[] }> {
    return { items: await this.book.list(orgId, by) };
  }

  @Post('organizations/:orgId/addresses')
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Add a ship-to or bill-to address to the address book (members)' })
  @Answer(BookAddressAnswer)
  @Problems(409)
  addAddress(@Param('orgId') orgId: string, @Body() dto: CreateAddressDto, @CurrentPrincipal() by: Principal): Promise<BookAddress> {
    return this.book.add(orgId, dto, by);
  }

  @Patch('organizations/:orgId/addresses/:addressId')
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Change an address of the address book' })
  @Answer(BookAddressAnswer)
  @Problems(409)
  updateAddress(@Param('orgId') orgId: string, @Param('addressId') addressId: string, @Body() dto: UpdateAddressDto, @CurrentPrincipal() by: Principal): Promise<BookAddress> {
    return this.book.update(orgId, addressId, dto, by);
  }

  @Delete('organizations/:orgId/addresses/:addressId')
  @HttpCode(204)
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Remove an address from the address book (orders keep their copy)' })
  @Answer(null)
  @Problems(409)
  async removeAddress(@Param('orgId') orgId: string, @Param('addressId') addressId: string, @CurrentPrincipal() by: Principal): Promise<void> {
    await this.book.remove(orgId, addressId, by);
  }

  @Get('organizations/:orgId/billing')
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'Billing settings: legal address, VAT number, PO rule, invoice terms (members)' })
  @Answer(BillingSettingsAnswer)
  billing(@Param('orgId') orgId: string, @CurrentPrincipal() by: Principal): Promise<BillingView> {
    return this.book.billing(orgId, by);
  }

  @Patch('organizations/:orgId/billing')
  @RequirePermission('organizations:manage')
  @ApiOperation({ summary: 'Change billing settings (owners and admins); the VAT number is checked for format, check digits and country' })
  @Answer(BillingSettingsAnswer)
  @Problems(409)
  setBilling(@Param('orgId') orgId: string, @Body() dto: BillingSettingsDto, @CurrentPrincipal() by: Principal): Promise<BillingView> {
    return this.book.setBilling(orgId, dto, by);
  }

  // ---- cart -----------------------------------------------------------------------------------

  @Get('cart')
  @RequirePermission('orders:place')
  @ApiOperation({ summary: "Your organization's cart: each line priced at the tier that applies now, with what stands in the way of ordering it" })
  @Answer(CartAnswer)
  cart(@CurrentPrincipal() by: Principal): Promise<CartView> {
    return this.carts.get(by);
  }

  @Post('cart/lines')
  @HttpCode(200)
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Add packs of an offer to the cart (no stock is held until checkout confirms); the same offer again adds to its line' })
  @Answer(CartAnswer)
  @Problems(409)
  addLine(@Body() dto: AddCartLineDto, @CurrentPrincipal() by: Principal): Promise<CartView> {
    return this.carts.add(dto, by);
  }

  @Patch('cart/lines/:lineId')
  @RequirePermission('orders:place')
  @ApiOperation({ summary: "Change a line's quantity (accepting the price of its tier)" })
  @Answer(CartAnswer)
  @Problems(409)
  setQuantity(@Param('lineId') lineId: string, @Body() dto: UpdateCartLineDto, @CurrentPrincipal() by: Principal): Promise<CartView> {
    return this.carts.setQuantity(lineId, dto.quantity, by);
  }

  @Delete('cart/lines/:lineId')
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Remove a line from the cart' })
  @Answer(CartAnswer)
  @Problems(409)
  removeLine(@Param('lineId') lineId: string, @CurrentPrincipal() by: Principal): Promise<CartView> {
    return this.carts.remove(lineId, by);
  }

  @Post('cart/accept-prices')
  @HttpCode(200)
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Accept the current prices of every line after a price change was reported' })
  @Answer(CartAnswer)
  @Problems(409)
  acceptPrices(@CurrentPrincipal() by: Principal): Promise<CartView> {
    return this.carts.acceptPrices(by);
  }

  // ---- checkout -------------------------------------------------------------------------------

  @Post('checkout/preview')
  @HttpCode(200)
  @RequirePermission('orders:place')
  @ApiOperation({ summary: 'Review checkout: one order per supplier with net, VAT (rule, rate, note) and gross, payment terms, and what must be fixed first' })
  @Answer(CheckoutPreviewAnswer)
  @Problems(409)
  preview(@Body() dto: CheckoutDto, @CurrentPrincipal() by: Principal): Promise<CheckoutPreview> {
    return this.checkout.preview(dto, by);
  }

  @Post('checkout/confirm')
  @RequirePermission('orders:place')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'Required: retrying with the same key returns the first answer and never orders twice (8-128 characters; a UUID)' })
  @ApiOperation({ summary: 'Place the orders reviewed (all or none): stock is held now; a total that changed since the preview is reported (409), never applied' })
  @Answer(CheckoutConfirmation)
  @Problems(409, 422)
  async confirm(@Body() dto: ConfirmCheckoutDto, @Headers('idempotency-key') key: string | undefined, @CurrentPrincipal() by: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!key) throw new ProblemException(400, { type: 'idempotency-key-required', title: 'Idempotency-Key required', detail: 'Send an Idempotency-Key header (a UUID) so that a retry never orders twice.' });
    const answer = await this.idempotency.run('checkout.confirm', by.id, key, dto, async () => ({ status: 201, body: await this.checkout.confirm(dto, by) }));
    reply.status(answer.status);
    return answer.body;
  }

  // ---- documents ------------------------------------------------------------------------------

  @Get('orders/:id/invoice.pdf')
  @RequirePermission('orders:read')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The invoice of an order as PDF (both sides of the order)' })
  @Answer(PdfFileAnswer, { contentType: 'application/pdf' })
  @Problems(409)
  async invoice(@Param('id') id: string, @CurrentPrincipal() by: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const order = await this.documentOrder(id, by);
    if (!order.invoice) throw new ProblemException(409, { type: 'no-invoice', title: 'No invoice', detail: 'This order has no invoice: it was placed before checkout existed, or is not confirmed yet.' });
    reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="invoice-${order.invoice.number}.pdf"`);
    return renderInvoicePdf(order, 'invoice');
  }

  @Get('orders/:id/credit-note.pdf')
  @RequirePermission('orders:read')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The credit note of a refunded order as PDF (both sides of the order)' })
  @Answer(PdfFileAnswer, { contentType: 'application/pdf' })
  @Problems(409)
  async creditNote(@Param('id') id: string, @CurrentPrincipal() by: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const order = await this.documentOrder(id, by);
    if (!order.creditNote) throw new ProblemException(409, { type: 'no-credit-note', title: 'No credit note', detail: 'A credit note is issued when an order is refunded.' });
    reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="credit-note-${order.creditNote.number}.pdf"`);
    return renderInvoicePdf(order, 'credit-note');
  }

  private async documentOrder(id: string, by: Principal): Promise<Order> {
    await this.orders.get(id, by); // 404 unless the caller is a side of it
    return this.orders.raw(id);
  }
}
