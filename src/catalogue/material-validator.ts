import { ProblemFieldError } from '../common/problem/problem';
import { ConceptIndex } from '../vocabulary/vocabulary.service';
import { KEYWORD_CATEGORIES, MaterialContent, PropertyValue, Range } from './material.types';
import { converterTo, tidy } from './units/unit-normalizer';
import { HostPolicy, referenceFindings, WARNING_CODES } from './references/reference-rules';

export interface CheckedContent {
  content: MaterialContent;
  errors: ProblemFieldError[];
  /** Worth a curator's look, never a refusal (a host we have not listed yet). */
  warnings: ProblemFieldError[];
}

const dedupe = (xs: string[] = []) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/** Checks a range: exactly a value, or min and/or max with min <= max. */
function checkRange(r: Range, at: string, errors: ProblemFieldError[]): void {
  const has = (n: unknown) => typeof n === 'number';
  if (has(r.value) && (has(r.min) || has(r.max))) errors.push({ path: at, message: 'give either value or min/max, not both' });
  else if (!has(r.value) && !has(r.min) && !has(r.max)) errors.push({ path: at, message: 'give a value or a min/max range' });
  else if (has(r.min) && has(r.max) && r.min! > r.max!) errors.push({ path: `${at}.min`, message: 'min must not exceed max' });
}

/**
 * Validates what class-validator cannot: concept ids against the vocabulary, units against the
 * property type's dimension, physical bounds, and references (the reference rule of
 * references/reference-rules.ts). Returns the content with every
 * property value normalised to its canonical unit.
 */
export function checkMaterialContent(input: MaterialContent, vocabulary: ConceptIndex, hosts: HostPolicy, base = ''): CheckedContent {
  const errors: ProblemFieldError[] = [];
  const warnings: ProblemFieldError[] = [];
  const p = (path: string) => (base ? `${base}.${path}` : path);
  const concept = (id: string, scheme: string, path: string) => {
    const c = vocabulary.get(id);
    if (!c) errors.push({ path: p(path), message: `unknown concept "${id}"` });
    else if (c.scheme !== scheme) errors.push({ path: p(path), message: `"${id}" is not in the ${scheme} vocabulary` });
    return c;
  };

  const content: MaterialContent = {
    name: input.name.trim(),
    synonyms: dedupe(input.synonyms),
    tradeNames: dedupe(input.tradeNames),
    summary: input.summary.trim(),
    class: input.class,
    applications: dedupe(input.applications),
    standards: dedupe(input.standards),
    forms: dedupe(input.forms),
    casNumber: input.casNumber ?? null,
    composition: input.composition ?? [],
    properties: [],
    biocompatibility: input.biocompatibility ?? [],
    regulatory: input.regulatory ?? [],
    sustainability: input.sustainability ?? null,
    keywords: {},
    references: input.references ?? [],
  };

  concept(content.class, 'material-class', 'class');
  content.applications.forEach((a, i) => concept(a, 'application', `applications[${i}]`));
  content.forms.forEach((f, i) => concept(f, 'form', `forms[${i}]`));

  const refKeys = new Set<string>();
  content.references.forEach((r, i) => {
    if (refKeys.has(r.key)) errors.push({ path: p(`references[${i}].key`), message: `duplicate reference key "${r.key}"` });
    refKeys.add(r.key);
    for (const f of referenceFindings(r, hosts)) (WARNING_CODES.has(f.code) ? warnings : errors).push({ path: p(`references[${i}].${f.path}`), message: f.message });
  });
  const reference = (key: string | null | undefined, path: string, required: boolean) => {
    if (!key) {
      if (required) errors.push({ path: p(path), message: 'every value needs a reference' });
    } else if (!refKeys.has(key)) errors.push({ path: p(path), message: `no reference with key "${key}" in references` });
  };

  content.composition.forEach((c, i) => {
    checkRange(c.fraction, p(`composition[${i}].fraction`), errors);
    for (const k of ['value', 'min', 'max'] as const) {
      const n = c.fraction[k];
      if (typeof n === 'number' && (n < 0 || n > 100)) errors.push({ path: p(`composition[${i}].fraction.${k}`), message: 'must be between 0 and 100 (%)' });
    }
  });

  (input.properties ?? []).forEach((prop, i) => {
    const at = `properties[${i}]`;
    const type = concept(prop.type, 'property-type', `${at}.type`);
    reference(prop.reference, `${at}.reference`, true);
    const before = errors.length;
    checkRange(prop, p(at), errors);
    const value: PropertyValue = {
      type: prop.type,
      ...(typeof prop.value === 'number' ? { value: prop.value } : {}),
      ...(typeof prop.min === 'number' ? { min: prop.min } : {}),
      ...(typeof prop.max === 'number' ? { max: prop.max } : {}),
      unit: prop.unit.trim(),
      conditions: prop.conditions ?? null,
      method: prop.method ?? null,
      reference: prop.reference,
    };
    const quantity = type?.quantity;
    if (type && !quantity) errors.push({ path: p(`${at}.type`), message: `"${prop.type}" has no canonical unit` });
    if (quantity && errors.length === before) {
      const conv = converterTo(quantity.canonicalUnit, value.unit);
      if (!conv.ok) errors.push({ path: p(`${at}.unit`), message: `${conv.message} (${type.prefLabel.en} is measured in ${quantity.canonicalUnit})` });
      else {
        const normalized: PropertyValue['normalized'] = { unit: quantity.canonicalUnit };
        for (const k of ['value', 'min', 'max'] as const) {
          const n = value[k];
          if (typeof n !== 'number') continue;
          const v = tidy(conv.factor(n));
          const u = (unit: string) => (unit === '1' ? '' : ` ${unit}`);
          if (quantity.min != null && v < quantity.min) {
            errors.push({ path: p(`${at}.${k}`), message: `${type.prefLabel.en} cannot be below ${quantity.min}${u(quantity.canonicalUnit)} (got ${n}${u(value.unit)})` });
          }
          if (quantity.max != null && v > quantity.max) {
            errors.push({ path: p(`${at}.${k}`), message: `${type.prefLabel.en} cannot exceed ${quantity.max}${u(quantity.canonicalUnit)} (got ${n}${u(value.unit)})` });
          }
          normalized[k] = v;
        }
        value.normalized = normalized;
      }
    }
    content.properties.push(value);
  });

  content.biocompatibility.forEach((b, i) => {
    concept(b.endpoint, 'iso10993-endpoint', `biocompatibility[${i}].endpoint`);
    reference(b.reference, `biocompatibility[${i}].reference`, true);
  });
  content.regulatory.forEach((r, i) => {
    concept(r.pathway, 'regulatory-pathway', `regulatory[${i}].pathway`);
    reference(r.reference, `regulatory[${i}].reference`, false);
  });
  reference(content.sustainability?.reference, 'sustainability.reference', false);

  for (const [category, ids] of Object.entries(input.keywords ?? {})) {
    if (!(KEYWORD_CATEGORIES as readonly string[]).includes(category)) {
      errors.push({ path: p(`keywords.${category}`), message: `unknown keyword category; use ${KEYWORD_CATEGORIES.join(', ')}` });
      continue;
    }
    const list = dedupe(ids as string[]);
    list.forEach((id, i) => concept(id, category, `keywords.${category}[${i}]`));
    if (list.length) content.keywords[category as (typeof KEYWORD_CATEGORIES)[number]] = list;
  }
  // DTO instances carry declared-but-unset fields as undefined; store plain JSON only.
  return { content: JSON.parse(JSON.stringify(content)) as MaterialContent, errors, warnings };
}
