import { join } from 'node:path';
import { loadVocabulary } from '../../bench/lib/seed-data';

/**
 * The seed vocabulary as search needs it (seed/vocabulary/*.json): adjective and participle forms of
 * process and property concepts, broader links in the keyword schemes, French wherever Italian is.
 */
describe('seed vocabulary for search', () => {
  const { concepts } = loadVocabulary(join(__dirname, '..', '..', 'seed'));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const labels = (id: string): string[] => {
    const c = byId.get(id);
    if (!c) throw new Error(`no concept ${id}`);
    return [...Object.values(c.prefLabel ?? {}), ...Object.values(c.altLabels ?? {}).flat(), ...Object.values(c.hiddenLabels ?? {}).flat()].map((l) => l.toLowerCase());
  };

  it.each([
    ['biological-response/osteoconduction', 'osteoconductive'],
    ['degradation-feature/bioresorption', 'resorbable'],
    ['degradation-feature/bioresorption', 'resorbed'],
    ['degradation-feature/biodegradation', 'biodegradable'],
    ['degradation-feature/biodegradation', 'degrading'],
    ['kw-outcomes-toxicity/biodegradation', 'resorbed'],
    ['processing/sintering', 'sintered'],
    ['processing/anodization', 'anodised'],
    ['processing/anodization', 'anodized'],
    ['structure/porous', 'porous'],
    ['processing/additive-manufacturing', 'printed'],
    ['processing/injection-moulding', 'moulded'],
    ['processing/injection-moulding', 'molded'],
    ['form/coating', 'coated'],
    ['kw-outcomes-toxicity/biocompatibility', 'cytocompatible'],
    ['property-type/water-contact-angle', 'hydrophilic'],
  ])('%s has the label "%s"', (id, label) => {
    expect(labels(id)).toContain(label);
  });

  it('links keywords to broader ones: antibiotics are antimicrobial agents', () => {
    expect(byId.get('kw-bioactive-compounds/antibiotics')?.broader).toContain('kw-bioactive-compounds/antimicrobial-agents');
    for (const scheme of ['kw-bioactive-compounds', 'kw-manufactured-product', 'kw-materials-composition', 'kw-model-system', 'kw-outcomes-toxicity']) {
      const inScheme = concepts.filter((c) => c.id.startsWith(`${scheme}/`));
      const linked = inScheme.filter((c) => c.broader?.length);
      expect({ scheme, mostLinked: linked.length / inScheme.length >= 0.5 }).toEqual({ scheme, mostLinked: true });
      // Every broader link points at a concept that exists.
      expect(linked.flatMap((c) => c.broader!.filter((b) => !byId.has(b)))).toEqual([]);
    }
  });

  it('has a French label for every concept with an Italian one', () => {
    expect(concepts.filter((c) => c.prefLabel?.it && !c.prefLabel?.fr).map((c) => c.id)).toEqual([]);
  });
});
