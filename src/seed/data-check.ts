import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMaterialContent } from '../catalogue/material-validator';
import { MaterialContent } from '../catalogue/material.types';
import { classRanges, ValueFlag, valueFlags } from '../catalogue/quality/value-flags';
import { loadHostPolicy } from '../catalogue/references/host-policy';
import { LiteratureReference } from '../catalogue/material.types';
import { ReferenceFinding, referenceFindings } from '../catalogue/references/reference-rules';
import { Concept } from '../vocabulary/concept.schema';
import { ConceptIndex } from '../vocabulary/vocabulary.service';
import { loadMeshDescriptors, meshIdOf, namesTheConcept } from '../vocabulary/mesh';
import { readSeedMaterials, readSeedReferences, readSeedVocabulary } from './seed-files';

/**
 * The data-quality report over `seed/` (`npm run data:check`, the seed tests): what breaks a rule
 * (`hard`: the command exits 1, the tests fail) and what is worth a curator's look.
 */
export interface DataCheckReport {
  hard: string[];
  references: { total: number; byType: Record<string, number>; withIdentifier: number; problems: (ReferenceFinding & { key: string })[] };
  flags: (ValueFlag & { slug: string })[];
  materials: number;
  withoutProperties: string[];
  withoutBiocompatibility: string[];
  withoutRegulatory: string[];
  /** Materials in clinical use lacking values, biocompatibility or regulatory entries; `tracked` when clinical-materials.json lists the gap as open (with what was tried). */
  clinicalGaps: { slug: string; missing: string[]; tracked: boolean }[];
  /** How many materials in clinical use have both biocompatibility and regulatory entries. */
  clinicalComplete: number;
  casNumbers: number;
  mesh: { cited: number; unknown: string[]; unrelated: string[] };
}

/** CAS Registry Numbers carry a check digit: the weighted sum of the other digits, mod 10. */
export function validCas(cas: string): boolean {
  const m = /^(\d{2,7})-(\d{2})-(\d)$/.exec(cas);
  if (!m) return false;
  const digits = (m[1] + m[2]).split('').reverse();
  const sum = digits.reduce((acc, d, i) => acc + Number(d) * (i + 1), 0);
  return sum % 10 === Number(m[3]);
}

/** A concept index from seed inputs (what the validator needs of stored concepts). */
function indexOf(inputs: ReturnType<typeof readSeedVocabulary>['concepts']): ConceptIndex {
  return new Map(
    inputs.map((c) => [
      c.id,
      { _id: c.id, scheme: c.id.split('/')[0], prefLabel: c.prefLabel, altLabels: c.altLabels ?? {}, hiddenLabels: c.hiddenLabels ?? {}, definition: c.definition ?? {}, broader: c.broader ?? [], exactMatch: c.exactMatch ?? [], closeMatch: c.closeMatch ?? [], quantity: c.quantity ?? null } as unknown as Concept,
    ]),
  );
}

/**
 * `seed/clinical-materials.json`: the materials in clinical use; `openGaps` names the gaps no
 * citable source was found for yet (with what was tried), so that they are reported, not hidden,
 * and a new gap still fails; `minimumComplete` is how many must have both biocompatibility and
 * regulatory entries.
 */
interface ClinicalFile {
  slugs: string[];
  openGaps?: Record<string, { missing: string[]; tried: string }>;
  minimumComplete?: number;
  minimumCompleteNote?: string;
}

export function checkSeedData(dir: string, hostsDir = join(dir, 'hosts')): DataCheckReport {
  const hard: string[] = [];
  const policy = loadHostPolicy(hostsDir);
  const vocabulary = readSeedVocabulary(join(dir, 'vocabulary'));
  hard.push(...vocabulary.errors);
  const index = indexOf(vocabulary.concepts);
  for (const c of vocabulary.concepts) {
    if (c.id.startsWith('property-type/') && !c.quantity?.group) hard.push(`vocabulary ${c.id}: a property type needs quantity.group (its datasheet section)`);
  }

  // The references, each against the rule.
  const refs = readSeedReferences(dir);
  const byType: Record<string, number> = {};
  const problems: DataCheckReport['references']['problems'] = [];
  let withIdentifier = 0;
  for (const [key, ref] of refs) {
    const r = ref as unknown as LiteratureReference;
    byType[r.type ?? 'untyped'] = (byType[r.type ?? 'untyped'] ?? 0) + 1;
    if (r.doi || r.pmid || r.isbn || r.standard) withIdentifier++;
    for (const f of referenceFindings(r, policy)) {
      problems.push({ ...f, key });
      hard.push(`references ${key}.${f.path}: ${f.message}`);
    }
  }

  // The materials: valid, with their values flagged against their class.
  const checked: { slug: string; content: MaterialContent }[] = [];
  for (const row of readSeedMaterials(dir)) {
    const slug = String(row.raw.slug ?? row.position);
    const { slug: _slug, ...raw } = row.raw;
    const result = checkMaterialContent(raw as unknown as MaterialContent, index, policy);
    for (const e of [...result.errors, ...result.warnings]) hard.push(`${row.position} ${slug} ${e.path}: ${e.message}`);
    if (result.errors.length === 0) checked.push({ slug, content: result.content });
  }
  const labelOf = (type: string) => index.get(type)?.prefLabel.en ?? type;
  const flags: DataCheckReport['flags'] = [];
  for (const m of checked) for (const f of valueFlags(m.content, classRanges(checked, m.slug), labelOf)) flags.push({ ...f, slug: m.slug });
  const bySlug = new Map(checked.map((m) => [m.slug, m.content]));
  let casNumbers = 0;
  for (const m of checked) {
    if (!m.content.casNumber) continue;
    casNumbers++;
    if (!validCas(m.content.casNumber)) hard.push(`${m.slug} casNumber ${m.content.casNumber}: the check digit is wrong`);
  }

  const clinicalFile = join(dir, 'clinical-materials.json');
  const clinicalDoc = existsSync(clinicalFile) ? (JSON.parse(readFileSync(clinicalFile, 'utf8')) as ClinicalFile) : { slugs: [] };
  const clinical = clinicalDoc.slugs;
  const openGaps = clinicalDoc.openGaps ?? {};
  const clinicalGaps: DataCheckReport['clinicalGaps'] = [];
  let clinicalComplete = 0;
  for (const slug of clinical) {
    const c = bySlug.get(slug);
    if (!c) {
      clinicalGaps.push({ slug, missing: ['a valid record'], tracked: false });
      hard.push(`${slug} (in clinical use) is missing or invalid: see its problems above`);
      continue;
    }
    const missing = [...(c.properties.length ? [] : ['property values']), ...(c.biocompatibility.length ? [] : ['biocompatibility']), ...(c.regulatory.length ? [] : ['regulatory'])];
    if (c.biocompatibility.length && c.regulatory.length) clinicalComplete++;
    const open = openGaps[slug];
    if (open && !missing.length) hard.push(`${slug} (in clinical use) is complete now: remove it from openGaps in clinical-materials.json`);
    else if (open && missing.some((m) => !open.missing.includes(m))) hard.push(`${slug} (in clinical use) has no ${missing.join(', no ')}; openGaps lists only ${open.missing.join(', ')}`);
    else if (open && open.missing.some((m) => !missing.includes(m))) hard.push(`${slug} (in clinical use) has ${open.missing.filter((m) => !missing.includes(m)).join(', ')} now: update openGaps in clinical-materials.json`);
    if (missing.length) {
      const tracked = !!open && missing.every((m) => open.missing.includes(m)) && open.missing.every((m) => missing.includes(m));
      clinicalGaps.push({ slug, missing, tracked });
      if (!open) hard.push(`${slug} (in clinical use) has no ${missing.join(', no ')}`);
    }
  }
  for (const slug of Object.keys(openGaps)) if (!clinical.includes(slug)) hard.push(`openGaps names ${slug}, which is not in the clinical list`);
  const minimumComplete = clinicalDoc.minimumComplete ?? clinical.length;
  if (clinicalComplete < minimumComplete) hard.push(`only ${clinicalComplete} materials in clinical use have both biocompatibility and regulatory entries; at least ${minimumComplete} must`);

  // MeSH: every id we cite exists, and an exact match names the concept.
  const mesh = { cited: 0, unknown: [] as string[], unrelated: [] as string[] };
  const meshFile = join(dir, 'mesh', 'descriptors.tsv');
  if (existsSync(meshFile)) {
    const descriptors = loadMeshDescriptors(meshFile);
    for (const c of vocabulary.concepts) {
      const text = [...Object.values(c.prefLabel), ...Object.values(c.altLabels ?? {}).flat(), ...Object.values(c.hiddenLabels ?? {}).flat(), ...Object.values(c.definition ?? {})];
      for (const [kind, uris] of [['exactMatch', c.exactMatch ?? []], ['closeMatch', c.closeMatch ?? []]] as const) {
        for (const uri of uris) {
          const id = meshIdOf(uri);
          if (!id) continue;
          mesh.cited++;
          const name = descriptors.get(id);
          if (!name) {
            mesh.unknown.push(`${c.id} ${kind} ${id}`);
            hard.push(`vocabulary ${c.id} ${kind}: MeSH ${id} does not exist`);
          } else if (kind === 'exactMatch' && !namesTheConcept(name, text)) {
            mesh.unrelated.push(`${c.id} exactMatch ${id} "${name}"`);
            hard.push(`vocabulary ${c.id} exactMatch: MeSH ${id} is "${name}", which none of the concept's labels name`);
          }
        }
      }
    }
  }

  return {
    hard,
    references: { total: refs.size, byType, withIdentifier, problems },
    flags,
    materials: checked.length,
    withoutProperties: checked.filter((m) => m.content.properties.length === 0).map((m) => m.slug),
    withoutBiocompatibility: checked.filter((m) => m.content.biocompatibility.length === 0).map((m) => m.slug),
    withoutRegulatory: checked.filter((m) => m.content.regulatory.length === 0).map((m) => m.slug),
    clinicalGaps,
    clinicalComplete,
    casNumbers,
    mesh,
  };
}
