import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { hiddenNotFound } from '../../accounts/access';
import { Principal } from '../../accounts/auth/principal';
import { OrganizationsService } from '../../accounts/organizations/organizations.service';
import { MaterialsService } from '../../catalogue/materials.service';
import { converterTo } from '../../catalogue/units/unit-normalizer';
import { Page, skipOf } from '../../common/http/pagination';
import { serializedWrite } from '../../common/mongo/write-locks';
import { updateIfMatches } from '../../common/mongo/conditional-update';
import { ProblemException, ProblemFieldError, validationProblem } from '../../common/problem/problem';
import { EMPTY_MARKET, MarketSummary } from '../../search/search-document';
import { VocabularyService } from '../../vocabulary/vocabulary.service';
import { OFFER_LIFECYCLE, OfferAction } from './offer.machine';
import { Offer, OFFER_MODEL, OfferState, unitPriceFor } from './offer.schema';
import { OfferContentDto } from './offers.dto';

export interface OfferView extends Omit<Offer, '_id' | 'skuKey' | 'allocations' | 'createdAt' | 'updatedAt'> {
  id: string;
  /** Only for the supplier's staff. */
  availableActions?: OfferAction[];
  /** On a material's offer list: who sells it. */
  supplier?: { id: string; name: string; country: string };
  createdAt: string;
  updatedAt: string;
}

const notFound = hiddenNotFound('Offer');
/** What pack sizes may measure (plus a count in `pcs`). */
const PACK_DIMENSIONS = ['g', 'mL', 'm', 'cm2'];

/**
 * Supplier offers. Only the offering organization sees drafts, paused and archived offers, and only
 * it changes them; everyone sees active offers of listed materials. Every change that shows in
 * search (state, price, stock, certifications, countries) bumps the material's search revision.
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectModel(OFFER_MODEL) private readonly offers: Model<Offer>,
    private readonly materials: MaterialsService,
    private readonly vocabulary: VocabularyService,
    private readonly orgs: OrganizationsService,
  ) {}

  view(offer: Offer, by?: Principal): OfferView {
    const { _id, skuKey: _skuKey, allocations: _allocations, createdAt, updatedAt, ...rest } = offer;
    const own = by?.organizationId === offer.supplierOrgId;
    return {
      id: _id,
      ...rest,
      ...(own && { availableActions: OFFER_LIFECYCLE.available(offer.state, ['supplier']) }),
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(updatedAt).toISOString(),
    };
  }

  async byId(id: string): Promise<Offer | null> {
    return this.offers.findById(id).lean<Offer>();
  }

  /** An offer the caller may see: active ones for everyone, others for the supplier's staff. */
  async get(id: string, by?: Principal): Promise<OfferView> {
    const offer = await this.byId(id);
    if (!offer || (offer.state !== 'active' && !(by && this.isOwn(offer, by)))) throw notFound(id);
    return this.view(offer, by);
  }

  private isOwn(offer: Offer, by: Principal): boolean {
    return by.organizationId === offer.supplierOrgId;
  }

  /** The supplier's own offer, for changes (404 for anyone else: they may not know it exists). */
  private async own(id: string, by: Principal): Promise<Offer> {
    const offer = await this.byId(id);
    if (!offer) throw notFound(id);
    // Only the supplier's own staff: not even platform admins set someone else's prices.
    if (!this.isOwn(offer, by)) throw notFound(id);
    return offer;
  }

  async create(dto: OfferContentDto, by: Principal): Promise<OfferView> {
    const orgId = this.supplierOrg(by);
    const content = await this.checked(dto);
    const stockOnHand = dto.stockOnHand;
    try {
      const created = await this.offers.create({
        _id: randomUUID(),
        supplierOrgId: orgId,
        skuKey: `${orgId} ${dto.sku}`,
        ...content,
        stockOnHand,
        stockAllocated: 0,
        stockAvailable: stockOnHand,
        allocations: [],
        state: 'draft',
      });
      return this.view(created.toObject() as Offer, by);
    } catch (err) {
      if ((err as { code?: number }).code === 11000) {
        throw new ProblemException(409, { type: 'sku-taken', title: 'SKU already used', detail: `Your organization already has an offer with SKU "${dto.sku}".` });
      }
      throw err;
    }
  }

  /** Replaces the content at the revision read; stock on hand can change, allocated stock stays. */
  async update(id: string, dto: OfferContentDto & { revision: number }, by: Principal): Promise<OfferView> {
    const offer = await this.own(id, by);
    const content = await this.checked(dto);
    if (dto.stockOnHand < offer.stockAllocated) {
      throw validationProblem([{ path: 'stockOnHand', message: `${offer.stockAllocated} packs are allocated to unpaid orders: stock on hand cannot go below that` }]);
    }
    const updated = await this.writeIf(offer, dto.revision, {
      $set: { ...content, skuKey: `${offer.supplierOrgId} ${dto.sku}`, stockOnHand: dto.stockOnHand, stockAvailable: dto.stockOnHand - offer.stockAllocated },
    });
    await this.marketChanged([offer.materialSlug, updated.materialSlug]);
    return this.view(updated, by);
  }

  async transition(id: string, action: OfferAction, revision: number, by: Principal): Promise<OfferView> {
    const offer = await this.own(id, by);
    const check = OFFER_LIFECYCLE.check(offer.state, action, ['supplier']);
    if (!check.ok) {
      throw new ProblemException(409, { type: 'invalid-transition', title: 'Not possible now', detail: `Cannot ${action} an offer that is ${offer.state}${check.allowedFrom ? ` (only from ${check.allowedFrom.join(', ')})` : ''}.` });
    }
    const updated = await this.writeIf(offer, revision, { $set: { state: check.to } });
    await this.marketChanged([offer.materialSlug]);
    return this.view(updated, by);
  }

  /** One conditional update at the revision the caller read (409 if it moved on). */
  private async writeIf(offer: Offer, revision: number, update: Record<string, unknown>): Promise<Offer> {
    const updated = await serializedWrite('offers', offer._id, () =>
      updateIfMatches(this.offers, offer._id, { revision }, { ...update, $inc: { revision: 1 } }),
    ).catch((err: { code?: number }) => {
      if (err.code === 11000) throw new ProblemException(409, { type: 'sku-taken', title: 'SKU already used', detail: 'Your organization already has an offer with this SKU.' });
      throw err;
    });
    if (!updated) throw new ProblemException(409, { type: 'stale-revision', title: 'Offer changed meanwhile', detail: `Revision ${revision} is stale; reload the offer and apply your change again.` });
    return updated;
  }

  async listMine(page: { page: number; perPage: number; state?: OfferState }, by: Principal): Promise<Page<OfferView>> {
    const filter = { supplierOrgId: this.supplierOrg(by), ...(page.state && { state: page.state }) };
    const [rows, total] = await Promise.all([
      this.offers.find(filter).sort({ updatedAt: -1, _id: 1 }).skip(skipOf(page)).limit(page.perPage).lean<Offer[]>(),
      this.offers.countDocuments(filter),
    ]);
    return { items: rows.map((o) => this.view(o, by)), total, page: page.page, perPage: page.perPage };
  }

  /** Active offers of a listed material, cheapest first. */
  async listForMaterial(slug: string, by?: Principal): Promise<OfferView[]> {
    const material = await this.materials.findBySlug(slug);
    if (!material?.listed) throw hiddenNotFound('Material')(slug);
    const rows = await this.offers.find({ materialSlug: slug, state: 'active' }).lean<Offer[]>();
    const orgs = new Map((await Promise.all([...new Set(rows.map((o) => o.supplierOrgId))].map((id) => this.orgs.byId(id)))).filter(Boolean).map((o) => [o!._id, o!]));
    return rows
      .sort((a, b) => (unitPriceFor(a.priceTiers, 1) ?? Infinity) - (unitPriceFor(b.priceTiers, 1) ?? Infinity))
      .map((o) => {
        const org = orgs.get(o.supplierOrgId);
        return { ...this.view(o, by), ...(org && { supplier: { id: org._id, name: org.name, country: org.country } }) };
      });
  }

  /**
   * The market fields of materials' search documents, from their active offers. The lowest price
   * is the lowest single-pack EUR price: without exchange rates, offers in other currencies count
   * for everything but the price.
   */
  async marketSummaries(slugs: string[]): Promise<Map<string, MarketSummary>> {
    const out = new Map<string, MarketSummary>();
    if (!slugs.length) return out;
    const rows = await this.offers.find({ materialSlug: { $in: slugs }, state: 'active' }).lean<Offer[]>();
    const countries = await this.supplierCountries([...new Set(rows.map((o) => o.supplierOrgId))]);
    for (const o of rows) {
      const m = out.get(o.materialSlug) ?? { ...EMPTY_MARKET, certifications: [], supplierCountries: [] };
      m.offerCount++;
      m.inStock ||= o.stockAvailable > 0;
      const price = o.currency === 'EUR' ? unitPriceFor(o.priceTiers, Math.max(1, o.minOrderQuantity)) : null;
      if (price !== null && (m.lowestPriceEurMinor === null || price < m.lowestPriceEurMinor)) m.lowestPriceEurMinor = price;
      m.certifications = [...new Set([...m.certifications, ...o.certifications])].sort();
      const country = countries.get(o.supplierOrgId);
      if (country) m.supplierCountries = [...new Set([...m.supplierCountries, country])].sort();
      out.set(o.materialSlug, m);
    }
    return out;
  }

  private async supplierCountries(orgIds: string[]): Promise<Map<string, string>> {
    const orgs = await Promise.all(orgIds.map((id) => this.orgs.byId(id)));
    return new Map(orgs.flatMap((o) => (o ? [[o._id, o.country] as [string, string]] : [])));
  }

  /** Offer changes show in search: the materials' documents are stale. */
  async marketChanged(slugs: string[]): Promise<void> {
    for (const slug of new Set(slugs)) await this.materials.marketChanged(slug);
  }

  // ---- stock (orders) --------------------------------------------------------------------------

  /**
   * Holds `quantity` packs of an active offer for an order: one conditional update that succeeds
   * only while enough stock is available (so concurrent orders never oversell) and records the
   * order in the same update (so a retry or a crash never allocates twice). True if held.
   */
  async allocate(offerId: string, orderId: string, quantity: number): Promise<boolean> {
    const updated = await serializedWrite('offers', offerId, () =>
      updateIfMatches(
        this.offers,
        offerId,
        { state: 'active', stockAvailable: { $gte: quantity }, 'allocations.orderId': { $ne: orderId } },
        { $inc: { stockAvailable: -quantity, stockAllocated: quantity }, $push: { allocations: { orderId, quantity } } },
      ),
    );
    if (updated && updated.stockAvailable === 0) await this.marketChanged([updated.materialSlug]);
    return !!updated || (await this.holds(offerId, orderId));
  }

  /** Offers holding stock for some order (the allocation repair job). */
  async withAllocations(): Promise<Offer[]> {
    return this.offers.find({ 'allocations.0': { $exists: true } }).lean<Offer[]>();
  }

  private async holds(offerId: string, orderId: string): Promise<boolean> {
    return !!(await this.offers.exists({ _id: offerId, 'allocations.orderId': orderId }));
  }

  /** Gives an order's packs back (payment failed or expired, order cancelled); a no-op if it holds none. */
  async release(offerId: string, orderId: string): Promise<void> {
    await this.settle(offerId, orderId, (q) => ({ stockAvailable: q, stockAllocated: -q }));
  }

  /** An order's packs leave the shelf (order paid). */
  async consume(offerId: string, orderId: string): Promise<void> {
    await this.settle(offerId, orderId, (q) => ({ stockAllocated: -q, stockOnHand: -q }));
  }

  private async settle(offerId: string, orderId: string, inc: (quantity: number) => Record<string, number>): Promise<void> {
    let quantity = 0;
    const updated = await serializedWrite('offers', offerId, async () => {
      const held = (await this.byId(offerId))?.allocations.find((a) => a.orderId === orderId);
      if (!held) return null;
      quantity = held.quantity;
      // The exact element: FerretDB 1.24 ignores a `$pull` condition that matches only part of it.
      return updateIfMatches(this.offers, offerId, { 'allocations.orderId': orderId }, { $inc: inc(held.quantity), $pull: { allocations: { orderId: held.orderId, quantity: held.quantity } } });
    });
    if (updated && (updated.stockAvailable === 0 || updated.stockAvailable === quantity)) await this.marketChanged([updated.materialSlug]);
  }

  // ---- validation ------------------------------------------------------------------------------

  private supplierOrg(by: Principal): string {
    if (!by.organizationId || !by.roles.includes('supplier')) {
      throw new ProblemException(403, { type: 'forbidden', title: 'Not allowed', detail: 'Offers belong to supplier organizations: act for one.' });
    }
    return by.organizationId;
  }

  /** Checks references (material, concepts, pack unit) and normalises the content. */
  private async checked(dto: OfferContentDto): Promise<Omit<Offer, '_id' | 'supplierOrgId' | 'skuKey' | 'stockOnHand' | 'stockAllocated' | 'stockAvailable' | 'allocations' | 'state' | 'revision' | 'createdAt' | 'updatedAt'>> {
    const errors: ProblemFieldError[] = [];
    const material = await this.materials.findBySlug(dto.materialSlug);
    if (!material) errors.push({ path: 'materialSlug', message: `no material "${dto.materialSlug}" (published or in curation)` });
    for (const [path, id] of [...(dto.form ? [['form', dto.form]] : []), ...(dto.certifications ?? []).map((c, i) => [`certifications[${i}]`, c])]) {
      if (!(await this.vocabulary.exists(id))) errors.push({ path, message: `unknown concept "${id}"` });
    }
    if (dto.form && !dto.form.startsWith('form/')) errors.push({ path: 'form', message: 'must be a form/... concept' });
    const unit = dto.packSize.unit.trim();
    if (unit !== 'pcs' && !PACK_DIMENSIONS.some((d) => converterTo(d, unit).ok)) errors.push({ path: 'packSize.unit', message: `"${unit}" is not a unit of mass, volume, length or area (or pcs)` });
    // Errors name tiers by their place in the request; the offer keeps them sorted by quantity.
    const sent = dto.priceTiers.map((t, i) => ({ ...t, i }));
    const tiers = [...sent].sort((a, b) => a.minQuantity - b.minQuantity);
    tiers.forEach((t, k) => {
      if (k > 0 && tiers[k - 1].minQuantity === t.minQuantity) errors.push({ path: `priceTiers[${t.i}].minQuantity`, message: `another tier (number ${tiers[k - 1].i + 1}) starts at the same quantity` });
    });
    const minOrder = dto.minOrderQuantity ?? 1;
    if (tiers[0] && tiers[0].minQuantity > minOrder) errors.push({ path: `priceTiers[${tiers[0].i}].minQuantity`, message: `the lowest tier must start at or below the minimum order (${minOrder})` });
    if (errors.length) throw validationProblem(errors);
    return {
      sku: dto.sku,
      materialSlug: dto.materialSlug,
      title: dto.title,
      grade: dto.grade,
      form: dto.form ?? null,
      packSize: { value: dto.packSize.value, unit },
      currency: (dto.currency ?? 'EUR').toUpperCase(),
      priceTiers: tiers.map((t) => ({ minQuantity: t.minQuantity, unitPriceMinor: t.unitPriceMinor })),
      leadTimeDays: dto.leadTimeDays,
      minOrderQuantity: minOrder,
      certifications: [...(dto.certifications ?? [])].sort(),
      shipsTo: [...new Set((dto.shipsTo ?? []).map((c) => c.toUpperCase()))].sort(),
      sampleAvailable: dto.sampleAvailable ?? false,
    };
  }
}
