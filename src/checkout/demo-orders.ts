import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '../accounts/auth/auth.service';
import { Principal } from '../accounts/auth/principal';
import { AppConfig } from '../config/config.schema';
import { OffersService } from '../marketplace/offers/offers.service';
import { OrdersService } from '../marketplace/orders/orders.service';
import { AddressBookService } from './address-book.service';
import { CartService } from './cart.service';
import { BillingSettingsDto, CreateAddressDto } from './checkout.dto';
import { CheckoutService } from './checkout.service';

interface DemoOrdersFile {
  billing: Record<string, BillingSettingsDto>;
  addresses: Record<string, CreateAddressDto[]>;
  orders: {
    buyer: string;
    lines: { supplier: string; sku: string; quantity: number }[];
    shipTo: string;
    billTo: string;
    poNumber?: string;
    paymentMethod: 'invoice' | 'card';
    then: 'invoiced' | 'shipped' | 'delivered';
    shipment?: { carrier: string; trackingNumber: string };
  }[];
}

export interface DemoOrdersReport {
  ordersPlaced: number;
  errors: string[];
}

/**
 * The demo organizations' billing settings and address books, and a few orders placed through
 * checkout as their buyers would (`seed/demo/orders.json`): one delivered, one invoiced, so that a
 * newcomer sees order documents and invoices from the first start. Idempotent: settings and
 * addresses are filled only where missing, and a buyer organization that has orders gets none.
 * Development only; run after the demo marketplace (orders need its offers).
 */
export async function seedDemoOrders(
  seedDir: string,
  config: AppConfig,
  services: { auth: AuthService; book: AddressBookService; carts: CartService; checkout: CheckoutService; orders: OrdersService; offers: OffersService },
): Promise<DemoOrdersReport> {
  if (config.env === 'production') throw new Error('demo orders are never created in production');
  const demo = JSON.parse(readFileSync(join(seedDir, 'demo', 'orders.json'), 'utf8')) as DemoOrdersFile;
  const accounts = (JSON.parse(readFileSync(join(seedDir, 'demo', 'accounts.json'), 'utf8')) as { accounts: { id: string; organization: string }[] }).accounts;
  const report: DemoOrdersReport = { ordersPlaced: 0, errors: [] };
  const actorOf = async (orgId: string, userId = accounts.find((a) => a.organization === orgId)?.id): Promise<Principal> => {
    const p = userId ? await services.auth.principal(userId, orgId, 'system') : null;
    if (!p?.organizationId) throw new Error(`no demo account acts for ${orgId}: run the demo accounts seed first`);
    return p;
  };

  for (const [orgId, settings] of Object.entries(demo.billing)) {
    try {
      const by = await actorOf(orgId);
      const current = await services.book.billing(orgId, by);
      if (!current.vatNumber && !current.legalAddress) await services.book.setBilling(orgId, settings, by);
    } catch (err) {
      report.errors.push(`billing of ${orgId}: ${(err as Error).message}`);
    }
  }
  for (const [orgId, entries] of Object.entries(demo.addresses)) {
    try {
      const by = await actorOf(orgId);
      const have = new Set((await services.book.list(orgId, by)).map((a) => a.label));
      for (const entry of entries.filter((e) => !have.has(e.label))) await services.book.add(orgId, entry, by);
    } catch (err) {
      report.errors.push(`addresses of ${orgId}: ${(err as Error).message}`);
    }
  }

  for (const o of demo.orders) {
    try {
      const account = accounts.find((a) => a.id === o.buyer);
      if (!account) throw new Error(`seed/demo/accounts.json has no account ${o.buyer}`);
      const buyer = await actorOf(account.organization, account.id);
      if ((await services.orders.list({ page: 1, perPage: 1, side: 'buying' }, buyer)).total > 0) continue;
      const book = await services.book.list(account.organization, buyer);
      const shipTo = book.find((a) => a.label === o.shipTo);
      const billTo = book.find((a) => a.label === o.billTo);
      if (!shipTo || !billTo) throw new Error(`no address "${o.shipTo}" or "${o.billTo}" in the address book`);
      for (const line of o.lines) {
        const supplier = await actorOf(line.supplier);
        const offer = (await services.offers.listMine({ page: 1, perPage: 100 }, supplier)).items.find((x) => x.sku === line.sku && x.state === 'active');
        if (!offer) throw new Error(`no active offer ${line.supplier} ${line.sku}`);
        await services.carts.add({ offerId: offer.id, quantity: line.quantity }, buyer);
      }
      const body = { shipToAddressId: shipTo.id, billToAddressId: billTo.id, paymentMethod: o.paymentMethod, ...(o.poNumber && { poNumber: o.poNumber }) };
      const preview = await services.checkout.preview(body, buyer);
      const placed = await services.checkout.confirm({ ...body, expectedTotals: preview.orders.map((p) => ({ supplierOrgId: p.supplier.id, grossMinor: p.grossMinor })) }, buyer);
      for (const order of placed.orders) {
        report.ordersPlaced++;
        if (o.then === 'invoiced') continue;
        const supplier = await actorOf(order.supplierOrgId);
        await services.orders.act(order.id, 'ship', supplier, undefined, o.shipment ?? { carrier: 'DHL Express', trackingNumber: `DEMO-${order.number}` });
        if (o.then === 'delivered') {
          await services.orders.act(order.id, 'deliver', buyer);
          await services.orders.act(order.id, 'mark_paid', supplier);
        }
      }
    } catch (err) {
      report.errors.push(`order of ${o.buyer}: ${(err as Error).message}`);
    }
  }
  return report;
}
