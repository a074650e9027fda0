import { annotate } from './annotate';
import { buildDictionary } from './dictionary';
import { EngineConcept } from './types';

/** The guidelines' span rules that need more than one dictionary match (refine step of annotate.ts). */
const CONCEPTS: EngineConcept[] = [
  { _id: 'kw-materials-composition/peek', prefLabel: { en: 'Polyether ether ketone' }, altLabels: { en: ['PEEK'] } },
  { _id: 'kw-materials-composition/stainless-steel', prefLabel: { en: 'Stainless steel' }, altLabels: { en: ['316L'] } },
  { _id: 'material-class/stainless-steel', prefLabel: { en: 'Stainless steel' } },
  { _id: 'kw-materials-composition/magnesium-alloys', prefLabel: { en: 'Magnesium alloys' }, altLabels: { en: ['AZ31'] } },
  { _id: 'material-class/magnesium-alloy', prefLabel: { en: 'Magnesium alloy' } },
  { _id: 'kw-materials-composition/iron', prefLabel: { en: 'Iron', es: 'Hierro' } },
  { _id: 'kw-materials-composition/nickel', prefLabel: { en: 'Nickel', es: 'Níquel' } },
  { _id: 'kw-materials-composition/titanium', prefLabel: { en: 'Titanium', es: 'Titanio' } },
  { _id: 'kw-materials-composition/cobalt-chromium-alloys', prefLabel: { en: 'Cobalt-chromium alloys' } },
  { _id: 'kw-materials-composition/chromium', prefLabel: { en: 'Chromium' } },
  { _id: 'kw-materials-composition/cobalt', prefLabel: { en: 'Cobalt' } },
  { _id: 'kw-bioactive-compounds/magnesium-ions', prefLabel: { en: 'Magnesium ions' } },
  { _id: 'kw-materials-composition/calcium', prefLabel: { en: 'Calcium' } },
  { _id: 'kw-manufactured-product/spinal-cage', prefLabel: { en: 'Spinal cage' }, altLabels: { en: ['PEEK cage', 'interbody cage'] } },
  { _id: 'kw-manufactured-product/bone-screw', prefLabel: { en: 'Bone screw' }, altLabels: { en: ['pedicle screw'] } },
  { _id: 'degradation-feature/biodegradable', prefLabel: { en: 'Biodegradable' } },
  { _id: 'species/rat', prefLabel: { en: 'Rat' } },
  { _id: 'cell/bmsc', prefLabel: { en: 'Bone marrow mesenchymal stem cells' } },
  { _id: 'study-type/in-vitro', prefLabel: { en: 'In vitro' }, altLabels: { en: ['in vitro study'] } },
  { _id: 'kw-outcomes-toxicity/cytotoxicity', prefLabel: { en: 'Cytotoxicity' }, altLabels: { en: ['in vitro cytotoxicity'] } },
  { _id: 'processing/sintering', prefLabel: { en: 'Sintering' } },
  { _id: 'processing/electrospinning', prefLabel: { en: 'Electrospinning' } },
  { _id: 'tissue/calvaria', prefLabel: { en: 'Calvaria' } },
  { _id: 'tissue/radius', prefLabel: { en: 'Radius' } },
  { _id: 'material-class/glass', prefLabel: { en: 'Glass' } },
  { _id: 'material-class/titanium-alloy', prefLabel: { en: 'Titanium alloy' } },
  { _id: 'kw-materials-composition/hydroxyapatite', prefLabel: { en: 'Hydroxyapatite' }, altLabels: { en: ['HA'] } },
  { _id: 'device-feature/drug-eluting', prefLabel: { en: 'Drug-eluting' } },
  { _id: 'device-feature/locking', prefLabel: { en: 'Locking' } },
  { _id: 'device-feature/smooth-surface', prefLabel: { en: 'Smooth surface' }, altLabels: { en: ['smooth'] } },
  { _id: 'device-feature/porous-coating', prefLabel: { en: 'Porous coating' }, altLabels: { en: ['porous surface'] } },
  { _id: 'structure/porous', prefLabel: { en: 'Porous' } },
  { _id: 'material-class/metal', prefLabel: { en: 'Metal' } },
  { _id: 'kw-manufactured-product/drug-eluting-stent', prefLabel: { en: 'Drug-eluting stent' } },
  { _id: 'kw-manufactured-product/coronary-stent', prefLabel: { en: 'Coronary stent' }, altLabels: { en: ['bare-metal stent'] } },
  { _id: 'kw-manufactured-product/bone-plate', prefLabel: { en: 'Bone plate' }, altLabels: { en: ['locking plate'] } },
  { _id: 'device-feature/machined-surface', prefLabel: { en: 'Machined surface' }, altLabels: { en: ['machined'] } },
  { _id: 'processing/machining', prefLabel: { en: 'Machining' } },
  { _id: 'kw-outcomes-toxicity/antibacterial', prefLabel: { en: 'Antibacterial effect' }, altLabels: { en: ['antibacterial'] } },
];
const dict = buildDictionary(CONCEPTS, new Map(), 'spans');
const spans = (text: string) => annotate(dict, { text }).annotations.map((a) => `${a.text}|${a.type}`);

describe('span rules', () => {
  it('splits a material modifier off a device label, and a degradation word off a material', () => {
    expect(spans('PEEK cages')).toEqual(['PEEK|Biomaterial', 'cages|ManufacturedObject']);
    expect(spans('Biodegradable magnesium alloys')).toEqual(['Biodegradable|DegradationFeatures', 'magnesium alloys|BiomaterialType']);
  });

  it('reads device head nouns of several compound labels on their own', () => {
    expect(spans('The screws and the pedicle screw.')).toEqual(['screws|ManufacturedObject', 'pedicle screw|ManufacturedObject']);
  });

  it('merges a grade with its material and a species with its cell name', () => {
    expect(spans('316L stainless steel and AZ31 magnesium alloy')).toEqual(['316L stainless steel|Biomaterial', 'AZ31 magnesium alloy|Biomaterial']);
    // A designation next to another material is its own span: two materials, not one.
    expect(spans('titanium 316L')).toEqual(['titanium|Biomaterial', '316L|Biomaterial']);
    expect(spans('stainless steel')).toEqual(['stainless steel|BiomaterialType']);
    expect(spans('rat bone marrow mesenchymal stem cells')).toEqual(['rat bone marrow mesenchymal stem cells|Cell']);
  });

  it('reads alloy and ion notations and element-name alloys, in other languages too', () => {
    expect(spans('Fe-35Mn and Mg2+ and cobalt-chromium and níquel-titanio')).toEqual([
      'Fe-35Mn|Biomaterial',
      'Mg2+|BiologicallyActiveSubstance',
      'cobalt-chromium|Biomaterial',
      'níquel-titanio|Biomaterial',
    ]);
  });

  it('tells elements as agents and reagents from materials', () => {
    expect(spans('the release of nickel, chromium ions, calcium chloride and a titanium-rich oxide')).toEqual([
      'nickel|BiologicallyActiveSubstance',
      'chromium ions|BiologicallyActiveSubstance',
    ]);
  });

  it('keeps the study design apart, drops generic last words, reads participles and tissue adjectives', () => {
    expect(spans('in vitro cytotoxicity in an in vitro study')).toEqual(['in vitro|StudyType', 'cytotoxicity|EffectOnBiologicalSystem', 'in vitro|StudyType']);
    expect(spans('sintered and electrospun')).toEqual(['sintered|MaterialProcessing', 'electrospun|MaterialProcessing']);
    expect(spans('calvarial defects of the distal radius')).toEqual(['calvarial|Tissue', 'distal radius|Tissue']);
  });

  it('keeps a class word used as an anaphor, and a phase letter before a class keeps the class', () => {
    expect(spans('The glass dissolved.')).toEqual(['glass|BiomaterialType']);
    expect(spans('a β titanium alloy')).toEqual(['β titanium alloy|BiomaterialType']);
  });

  it('drops a short form that names an epitope tag (an HA tag, anti-HA), not the material', () => {
    expect(spans('HA granules')).toEqual(['HA|Biomaterial']);
    expect(spans('a protein with an HA tag was found by an anti-HA antibody')).toEqual([]);
  });

  it('keeps a device named with its feature as one product name, and a material inside a hyphenated word out', () => {
    expect(spans('Drug-eluting stents and locking plates')).toEqual(['Drug-eluting stents|ManufacturedObject', 'locking plates|ManufacturedObject']);
    expect(spans('bare-metal stents')).toEqual(['bare-metal stents|ManufacturedObject']);
  });

  it('cuts a generic surface word off a feature only when the rest is a feature', () => {
    expect(spans('a smooth surface and a porous surface')).toEqual(['smooth|ManufacturedObjectFeatures', 'porous surface|ManufacturedObjectFeatures']);
  });

  it("keeps 'effect' and 'response' inside the term they end", () => {
    expect(spans('the antibacterial effect')).toEqual(['antibacterial effect|EffectOnBiologicalSystem']);
  });

  it('reads a participle that is a finish and a process as the process when it is a verb', () => {
    expect(spans('machined screws')).toEqual(['machined|ManufacturedObjectFeatures', 'screws|ManufacturedObject']);
    expect(spans('Screws are usually machined from blocks.')).toEqual(['Screws|ManufacturedObject', 'machined|MaterialProcessing']);
  });
});
