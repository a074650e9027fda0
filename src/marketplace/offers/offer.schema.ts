import { Schema } from 'mongoose';

export type OfferGrade = 'research' | 'medical' | 'implant';
export const OFFER_GRADES: OfferGrade[] = ['research', 'medical', 'implant'];
export type OfferState = 'draft' | 'active' | 'paused' | 'archived';

/** Unit price from `minQuantity` packs on, in integer minor units of the offer's currency. */
export interface PriceTier {
  minQuantity: number;
  unitPriceMinor: number;
}

/**
 * A supplier's offer of a curated material (the shared "product"): unique per supplier and SKU.
 * Stock is `stockOnHand` packs, of which `stockAllocated` are held by unpaid orders; allocation is
 * one conditional update on `stockAvailable` (= on hand - allocated), which never goes below zero.
 */
export interface Offer {
  _id: string;
  supplierOrgId: string;
  /** `<supplierOrgId> <sku>`, unique. */
  skuKey: string;
  sku: string;
  materialSlug: string;
  title: string;
  grade: OfferGrade;
  /** A `form` concept id. */
  form: string | null;
  packSize: { value: number; unit: string };
  currency: string;
  priceTiers: PriceTier[];
  stockOnHand: number;
  stockAllocated: number;
  stockAvailable: number;
  /** Which unpaid orders hold the allocated packs: allocation and release are idempotent per order. */
  allocations: { orderId: string; quantity: number }[];
  leadTimeDays: number;
  minOrderQuantity: number;
  /** Certification concept ids (ISO 13485, USP Class VI...). */
  certifications: string[];
  /** ISO 3166-1 alpha-2 countries it ships to. */
  shipsTo: string[];
  sampleAvailable: boolean;
  state: OfferState;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const OFFER_MODEL = 'Offer';
export const OfferSchema = new Schema<Offer>(
  {
    _id: { type: String, required: true },
    supplierOrgId: { type: String, required: true, index: true },
    skuKey: { type: String, required: true, unique: true },
    sku: { type: String, required: true },
    materialSlug: { type: String, required: true, index: true },
    title: { type: String, required: true },
    grade: { type: String, required: true },
    form: { type: String, default: null },
    packSize: { type: Schema.Types.Mixed, required: true },
    currency: { type: String, required: true },
    priceTiers: { type: Schema.Types.Mixed, required: true },
    stockOnHand: { type: Number, required: true },
    stockAllocated: { type: Number, default: 0 },
    stockAvailable: { type: Number, required: true },
    allocations: { type: Schema.Types.Mixed, default: [] },
    leadTimeDays: { type: Number, required: true },
    minOrderQuantity: { type: Number, default: 1 },
    certifications: { type: [String], default: [] },
    shipsTo: { type: [String], default: [] },
    sampleAvailable: { type: Boolean, default: false },
    state: { type: String, required: true },
    revision: { type: Number, default: 1 },
  },
  { collection: 'offers', timestamps: true, versionKey: false, minimize: false },
);

/** The unit price for `quantity` packs: the tier with the highest minimum not above it. */
export function unitPriceFor(tiers: PriceTier[], quantity: number): number | null {
  const applicable = tiers.filter((t) => t.minQuantity <= quantity).sort((a, b) => b.minQuantity - a.minQuantity);
  return applicable[0]?.unitPriceMinor ?? null;
}
