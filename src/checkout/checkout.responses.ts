import { z } from 'zod';
import { named } from '../common/contract/contract';
import { OrderAnswer, OrderVatAnswer, PostalAddressAnswer } from '../marketplace/marketplace.responses';

/** Response schemas of checkout: address book, billing settings, cart, preview, confirmation. */

const money = () => z.int().meta({ description: 'Integer minor units of the currency (cents for EUR)' });
const currency = () => z.string().regex(/^[A-Z]{3}$/).meta({ description: 'ISO 4217' });

export const BookAddressAnswer = named('BookAddress', PostalAddressAnswer.extend({ id: z.string(), label: z.string() }), 'An entry of the organization address book');
export const AddressBookAnswer = named('AddressBook', z.object({ items: z.array(BookAddressAnswer) }));

export const BillingSettingsAnswer = named(
  'BillingSettings',
  z.object({
    legalAddress: PostalAddressAnswer.nullable(),
    vatNumber: z.string().nullable(),
    vatNumberCountry: z.string().nullable().meta({ description: "The VAT number's country (ISO 3166-1 alpha-2)" }),
    requirePoForInvoice: z.boolean(),
    invoiceDueDays: z.int(),
  }),
);

const problem = z.object({
  code: z.enum(['offer-unavailable', 'below-minimum', 'over-stock', 'price-changed', 'not-shipped-to', 'own-offer', 'quote-unavailable']),
  message: z.string().meta({ description: 'In plain words, for the buyer' }),
});

export const CartLineAnswer = named(
  'CartLine',
  z.object({
    id: z.string(),
    offerId: z.string(),
    quoteId: z.string().nullable().meta({ description: 'The accepted quote this line orders at its price and quantity' }),
    materialSlug: z.string(),
    materialName: z.string(),
    title: z.string(),
    sku: z.string(),
    grade: z.string(),
    packSize: z.object({ value: z.number(), unit: z.string() }),
    supplier: z.object({ id: z.string(), name: z.string(), country: z.string() }),
    quantity: z.int(),
    currency: currency(),
    unitPriceMinor: money().nullable().meta({ description: 'The tier price that applies to this quantity now (null: the offer is gone)' }),
    unitPriceMinorWhenAdded: money(),
    lineNetMinor: money(),
    priceTiers: z.array(z.object({ minQuantity: z.int(), unitPriceMinor: money() })),
    minOrderQuantity: z.int(),
    stockAvailable: z.int(),
    leadTimeDays: z.int(),
    problems: z.array(problem),
  }),
);

export const CartAnswer = named(
  'Cart',
  z.object({
    organizationId: z.string(),
    lines: z.array(CartLineAnswer),
    suppliers: z.int().meta({ description: 'How many orders checkout will place (one per supplier and currency)' }),
    revision: z.int(),
    updatedAt: z.string().nullable(),
  }),
  "The buyer organization's cart, shared by its members",
);

export const CheckoutOrderPreview = named(
  'CheckoutOrderPreview',
  z.object({
    supplier: z.object({ id: z.string(), name: z.string(), country: z.string(), vatNumber: z.string().nullable() }),
    currency: currency(),
    lines: z.array(
      z.object({
        cartLineId: z.string(),
        offerId: z.string(),
        sku: z.string(),
        title: z.string(),
        materialName: z.string(),
        quantity: z.int(),
        unitPriceMinor: money(),
        netMinor: money(),
        vatMinor: money(),
      }),
    ),
    netMinor: money(),
    vat: OrderVatAnswer,
    grossMinor: money(),
    paymentTerms: z.object({ method: z.enum(['invoice', 'card']), dueDays: z.int().nullable(), text: z.string() }),
  }),
);

export const CheckoutPreviewAnswer = named(
  'CheckoutPreview',
  z.object({
    orders: z.array(CheckoutOrderPreview),
    totals: z.array(z.object({ currency: currency(), netMinor: money(), vatMinor: money(), grossMinor: money() })),
    shipTo: PostalAddressAnswer,
    billTo: PostalAddressAnswer,
    buyerVatNumber: z.string().nullable(),
    poNumber: z.string().nullable(),
    problems: z.array(problem.extend({ cartLineId: z.string().nullable() })).meta({ description: 'What must be fixed before confirming (empty: ready)' }),
  }),
);

export const CheckoutConfirmation = named('CheckoutConfirmation', z.object({ checkoutId: z.string(), orders: z.array(OrderAnswer) }));
