import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '../accounts/auth/auth.service';
import { Principal } from '../accounts/auth/principal';
import { mapLimit } from '../common/mongo/bulk';
import { ProblemException } from '../common/problem/problem';
import { AppConfig } from '../config/config.schema';
import { OffersService, OfferView } from './offers/offers.service';
import { OfferContentDto } from './offers/offers.dto';
import { QuotesService } from './quotes/quotes.service';

const OFFERS_IN_FLIGHT = 6;

/** One offer of `seed/demo/offers.json`: the API's offer content plus the supplier organization. */
export type DemoOffer = OfferContentDto & { supplier: string };

export interface DemoMarketplaceFile {
  offers: DemoOffer[];
  quoteRequests: { buyer: string; supplier: string; sku: string; quantity: number; message?: string }[];
}

interface DemoAccountsFile {
  accounts: { id: string; organization: string }[];
}

export interface DemoMarketplaceReport {
  offersCreated: number;
  /** Demo offers left in draft by an interrupted run, activated now. */
  offersActivated: number;
  /** Already there (in whatever state its supplier left it: a paused or archived offer stays so). */
  offersKept: number;
  quoteRequestsCreated: number;
  /** Offers or requests that could not be created (e.g. their material is missing), in plain words. */
  errors: string[];
}

/**
 * Creates the demo suppliers' offers of `seed/demo/offers.json` that are missing (found by supplier
 * and SKU), as active offers, and the demo researchers' quote requests, through the marketplace
 * services as the demo accounts would through the API. Activating an offer marks its material for
 * search sync, so search shows it in stock with its lowest price. Idempotent; development only
 * (run after the demo accounts and the catalogue seed: offers point at published materials).
 */
export async function seedDemoMarketplace(seedDir: string, config: AppConfig, offers: OffersService, quotes: QuotesService, auth: AuthService): Promise<DemoMarketplaceReport> {
  if (config.env === 'production') throw new Error('the demo marketplace is never created in production');
  const demo = JSON.parse(readFileSync(join(seedDir, 'demo', 'offers.json'), 'utf8')) as DemoMarketplaceFile;
  const accounts = (JSON.parse(readFileSync(join(seedDir, 'demo', 'accounts.json'), 'utf8')) as DemoAccountsFile).accounts;
  const report: DemoMarketplaceReport = { offersCreated: 0, offersActivated: 0, offersKept: 0, quoteRequestsCreated: 0, errors: [] };

  const principals = new Map<string, Principal>();
  /** The demo account acting for `orgId` (its first member in accounts.json, the owner), or for itself. */
  const actor = async (userId: string, orgId: string): Promise<Principal> => {
    const key = `${userId} ${orgId}`;
    let p = principals.get(key);
    if (!p) {
      const found = await auth.principal(userId, orgId, 'system');
      if (!found?.organizationId) throw new Error(`demo account ${userId} is missing or not a member of ${orgId}: run the demo accounts seed first`);
      principals.set(key, (p = found));
    }
    return p;
  };
  const staffOf = (orgId: string): string => {
    const account = accounts.find((a) => a.organization === orgId);
    if (!account) throw new Error(`seed/demo/accounts.json has no account of ${orgId}`);
    return account.id;
  };

  const bySupplier = new Map<string, Map<string, OfferView>>();
  for (const supplier of [...new Set(demo.offers.map((o) => o.supplier))]) {
    const by = await actor(staffOf(supplier), supplier);
    const existing = await allOffersOf(offers, by);
    bySupplier.set(supplier, existing);
    const listed = demo.offers.filter((o) => o.supplier === supplier);
    // A few at a time: each offer is some ten small reads and writes (checks, create, activate, search mark).
    const outcomes = await mapLimit(
      listed,
      OFFERS_IN_FLIGHT,
      async ({ supplier: _supplier, ...content }): Promise<'created' | 'activated' | 'kept' | { error: string }> => {
        try {
          const invalid = await demoOfferErrors(content);
          if (invalid.length) return { error: invalid.join('; ') };
          let offer = existing.get(content.sku);
          if (offer && offer.state !== 'draft') return 'kept';
          const outcome = offer ? 'activated' : 'created';
          offer ??= await offers.create(content, by);
          existing.set(content.sku, await offers.transition(offer.id, 'activate', offer.revision, by));
          return outcome;
        } catch (err) {
          // Another instance created or activated it meanwhile: it is there, which is all we want.
          if (err instanceof ProblemException && err.getStatus() === 409) return 'kept';
          return { error: describe(err) };
        }
      },
    );
    outcomes.forEach((outcome, i) => {
      if (outcome === 'created') report.offersCreated++;
      else if (outcome === 'activated') report.offersActivated++;
      else if (outcome === 'kept') report.offersKept++;
      else report.errors.push(`offer ${supplier} ${listed[i].sku}: ${outcome.error}`);
    });
  }

  for (const r of demo.quoteRequests) {
    try {
      const offer = bySupplier.get(r.supplier)?.get(r.sku) ?? (await allOffersOf(offers, await actor(staffOf(r.supplier), r.supplier))).get(r.sku);
      if (!offer || offer.state !== 'active') {
        report.errors.push(`quote request of ${r.buyer}: no active offer ${r.supplier} ${r.sku}`);
        continue;
      }
      const buyer = accounts.find((a) => a.id === r.buyer);
      if (!buyer) throw new Error(`seed/demo/accounts.json has no account ${r.buyer}`);
      const by = await actor(buyer.id, buyer.organization);
      if (await hasQuoteRequest(quotes, offer.id, by)) continue;
      await quotes.create({ offerId: offer.id, quantity: r.quantity, ...(r.message && { message: r.message }) }, by);
      report.quoteRequestsCreated++;
    } catch (err) {
      report.errors.push(`quote request of ${r.buyer} for ${r.sku}: ${describe(err)}`);
    }
  }
  return report;
}

/** What the API's validation would answer for an offer's content (the file skips the HTTP edge). */
export async function demoOfferErrors(content: object): Promise<string[]> {
  const errors = await validate(plainToInstance(OfferContentDto, content), { whitelist: true, forbidNonWhitelisted: true });
  const flat = (es: ValidationError[], prefix = ''): string[] =>
    es.flatMap((e) => [...Object.values(e.constraints ?? {}).map((m) => `${prefix}${e.property}: ${m}`), ...flat(e.children ?? [], `${prefix}${e.property}.`)]);
  return flat(errors);
}

/** Every offer of the caller's supplier organization, by SKU. */
async function allOffersOf(offers: OffersService, by: Principal): Promise<Map<string, OfferView>> {
  const out = new Map<string, OfferView>();
  for (let page = 1; ; page++) {
    const res = await offers.listMine({ page, perPage: 100 }, by);
    for (const o of res.items) out.set(o.sku, o);
    if (page * res.perPage >= res.total) return out;
  }
}

/** Whether the buyer already asked about this offer (in any state: a closed request is not re-opened). */
async function hasQuoteRequest(quotes: QuotesService, offerId: string, by: Principal): Promise<boolean> {
  for (let page = 1; ; page++) {
    const res = await quotes.list({ page, perPage: 100, side: 'buying' }, by);
    if (res.items.some((q) => q.offerId === offerId)) return true;
    if (page * res.perPage >= res.total) return false;
  }
}

function describe(err: unknown): string {
  if (err instanceof ProblemException) return err.problem.errors?.length ? err.problem.errors.map((e) => `${e.path}: ${e.message}`).join('; ') : (err.problem.detail ?? err.problem.title);
  return err instanceof Error ? err.message : String(err);
}
