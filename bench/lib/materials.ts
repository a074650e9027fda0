/**
 * Synthetic catalogue: variations of the 162 seed materials. Each template is validated and
 * normalised once by the app's own validator (checkMaterialContent); a generated record then
 * takes random subsets of the template's lists and jitters every property value by +-20 %.
 */
import { join } from 'node:path';
import { MaterialRecord } from '../../src/catalogue/material.schema';
import { KEYWORD_CATEGORIES, KeywordCategory, MaterialContent, PropertyValue } from '../../src/catalogue/material.types';
import { checkMaterialContent } from '../../src/catalogue/material-validator';
import { loadHostPolicy } from '../../src/catalogue/references/host-policy';
import { repositorySeedDir } from '../../src/seed/seed-dir';
import { converterTo, tidy } from '../../src/catalogue/units/unit-normalizer';
import { ConceptIndex } from '../../src/vocabulary/vocabulary.service';
import { RawMaterial } from './seed-data';
import { chance, floatBetween, intBetween, pick, Rng, subset } from './random';

export interface Template {
  slug: string;
  /** Validated content, every property value with its `normalized` counterpart. */
  content: MaterialContent;
}

export interface GeneratedMaterial {
  slug: string;
  content: MaterialContent;
}

export const BENCH_ACTOR = 'bench';
const HOSTS = loadHostPolicy(join(repositorySeedDir(), 'hosts'));

/** Suffixes that make generated names differ the way grades and product lines do. */
const NAME_VARIANTS = ['Grade A', 'Grade B', 'HP', 'Med', 'ELI', 'Plus', 'LT', 'XR', 'Pro', 'S', 'Ultra', 'Bio'];

/** Validates every seed material once; a template that fails is reported and skipped. */
export function buildTemplates(rows: RawMaterial[], index: ConceptIndex, warn: (m: string) => void): Template[] {
  const templates: Template[] = [];
  for (const { slug, ...raw } of rows) {
    const checked = checkMaterialContent(raw as unknown as MaterialContent, index, HOSTS);
    if (checked.errors.length) warn(`template ${slug} skipped: ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    else templates.push({ slug, content: checked.content });
  }
  if (!templates.length) throw new Error('no valid seed material to use as a template');
  return templates;
}

/**
 * Unit conversion to a property type's canonical unit through the app's normaliser, parsed once per
 * (canonical, unit) pair. Scale factors would do for most units, but temperatures given in K are
 * affine to degC, so the jittered value is converted again rather than its normalised value scaled.
 */
export class Normalizer {
  private readonly cache = new Map<string, (n: number) => number>();

  constructor(private readonly index: ConceptIndex) {}

  /** The property with value/min/max scaled by `factor` and `normalized` recomputed; null if out of physical bounds. */
  scaled(p: PropertyValue, factor: number): PropertyValue | null {
    const quantity = this.index.get(p.type)?.quantity;
    if (!quantity) return p;
    const convert = this.converter(quantity.canonicalUnit, p.unit);
    const next: PropertyValue = { ...p, normalized: { unit: quantity.canonicalUnit } };
    for (const k of ['value', 'min', 'max'] as const) {
      const original = p[k];
      if (typeof original !== 'number') continue;
      const raw = tidy(original * factor);
      const canonical = tidy(convert(raw));
      if ((quantity.min != null && canonical < quantity.min) || (quantity.max != null && canonical > quantity.max)) return null;
      next[k] = raw;
      next.normalized![k] = canonical;
    }
    return next;
  }

  private converter(canonical: string, unit: string): (n: number) => number {
    const key = `${canonical}|${unit}`;
    let fn = this.cache.get(key);
    if (!fn) {
      const check = converterTo(canonical, unit);
      if (!check.ok) throw new Error(`template unit ${unit} does not convert to ${canonical}: ${check.message}`);
      this.cache.set(key, (fn = check.factor));
    }
    return fn;
  }
}

/** Record `i`: a variation of a random template with the unique slug `<template-slug>-<tag><i>`. */
export function generateMaterial(rng: Rng, templates: readonly Template[], normalizer: Normalizer, i: number, tag = 'b'): GeneratedMaterial {
  const t = pick(rng, templates);
  const c = t.content;
  const content: MaterialContent = {
    ...c,
    name: `${c.name} ${pick(rng, NAME_VARIANTS)}${chance(rng, 0.5) ? ` ${intBetween(rng, 2, 99)}` : ''}`,
    synonyms: subset(rng, c.synonyms, 0.7, 0),
    tradeNames: subset(rng, c.tradeNames, 0.7, 0),
    applications: subset(rng, c.applications, 0.7, 1),
    forms: subset(rng, c.forms, 0.7, 1),
    standards: subset(rng, c.standards, 0.8, 0),
    biocompatibility: subset(rng, c.biocompatibility, 0.8, 0),
    regulatory: subset(rng, c.regulatory, 0.8, 0),
    keywords: keywordSubset(rng, c.keywords),
    properties: subset(rng, c.properties, 0.85, 1).map((p) => normalizer.scaled(p, floatBetween(rng, 0.8, 1.2)) ?? p),
  };
  return { slug: `${t.slug}-${tag}${i}`, content };
}

function keywordSubset(rng: Rng, keywords: MaterialContent['keywords']): MaterialContent['keywords'] {
  const out: Partial<Record<KeywordCategory, string[]>> = {};
  for (const category of KEYWORD_CATEGORIES) {
    const kept = subset(rng, keywords[category] ?? [], 0.7, 0);
    if (kept.length) out[category] = kept;
  }
  return out;
}

/** A published, listed record as the seed would store it, but already clean for search (phase A indexes it). */
export function publishedRecord(m: GeneratedMaterial, now: Date): MaterialRecord {
  return {
    _id: m.slug,
    slug: m.slug,
    state: 'published',
    listed: true,
    published: m.content,
    draft: null,
    revision: 1,
    publishedVersion: 1,
    publishedAt: now,
    publishedBy: BENCH_ACTOR,
    lastEditorId: BENCH_ACTOR,
    reviewComment: null,
    proposedBy: null,
    sortName: m.content.name.toLowerCase(),
    outbox: [],
    search: { revision: 1 },
    createdAt: now,
    updatedAt: now,
  };
}

/** Content as a curator sends it: the API computes `normalized` itself and rejects it as input. */
export function curationContent(content: MaterialContent): MaterialContent {
  return { ...content, properties: content.properties.map(({ normalized: _n, ...p }) => p) };
}
