/**
 * `npm run data:check`: the data-quality report of seed/ (references against the reference rule,
 * materials in clinical use without biocompatibility or regulatory data, values far from their
 * siblings or their class, MeSH ids, CAS check digits). Exits 1 on a hard problem. Reads files only.
 */
import { checkSeedData } from '../src/seed/data-check';
import { seedDir } from '../src/seed/seed-dir';

const dir = process.argv[2] ?? seedDir();
console.error(`checking ${dir}...`);
const r = checkSeedData(dir);
const list = (title: string, items: string[], max = 200) => {
  console.log(`\n${title}: ${items.length}`);
  for (const item of items.slice(0, max)) console.log(`  ${item}`);
  if (items.length > max) console.log(`  ... and ${items.length - max} more`);
};
console.log(`${r.materials} materials, ${r.references.total} references (${r.references.withIdentifier} with a DOI, PMID, ISBN or standard number; ${Object.entries(r.references.byType).map(([t, n]) => `${n} ${t}`).join(', ')}), ${r.casNumbers} CAS numbers, ${r.mesh.cited} MeSH matches`);
list('Values flagged for review', r.flags.map((f) => `${f.slug} ${f.path}: ${f.message}`));
list('Materials without property values', r.withoutProperties);
list('Materials without biocompatibility data', r.withoutBiocompatibility, 40);
list('Materials without regulatory data', r.withoutRegulatory, 40);
list('Materials in clinical use missing data (hard unless tracked as open)', r.clinicalGaps.map((g) => `${g.slug}: no ${g.missing.join(', no ')}${g.tracked ? ' (open gap, tracked in clinical-materials.json)' : ''}`));
console.log(`\nMaterials in clinical use with biocompatibility and regulatory entries: ${r.clinicalComplete}`);
list('Hard problems', r.hard, 500);
if (r.hard.length) {
  console.error(`\n${r.hard.length} hard problem(s): see above.`);
  process.exit(1);
}
console.error('\nno hard problem.');
