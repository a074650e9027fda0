import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { useQuery } from '@tanstack/react-query';
import { conceptsQuery } from '../../api/queries';
import type { Concept } from '../../api/types';
import { conceptName } from '../../ui/money';
import { ConceptList, ConceptOne, EditorErrorsContext, GroupError, Section, SelectF, TextF, type Option } from './fields';
import { UnitPicker, unitForType } from './UnitPicker';
import { ReferenceLookup } from './ReferenceLookup';
import {
  emptyBio,
  emptyComposition,
  emptyProperty,
  emptyReference,
  emptyRegulatory,
  KEYWORD_SCHEMES,
  KEYWORD_TITLES,
  REFERENCE_TYPES,
  type EditorState,
  type ReferenceRow,
} from './model';

const NEW_REFERENCE = '__new__';
const RESULT: Option[] = [
  { value: 'pass', label: 'Pass' },
  { value: 'fail', label: 'Fail' },
  { value: 'conditional', label: 'Conditional' },
];
const MODEL: Option[] = [
  { value: 'in_vitro', label: 'In vitro' },
  { value: 'in_vivo', label: 'In vivo' },
  { value: 'clinical', label: 'Clinical' },
];
const CONTACT: Option[] = [
  { value: 'A', label: 'A: up to 24 h' },
  { value: 'B', label: 'B: 24 h to 30 days' },
  { value: 'C', label: 'C: over 30 days' },
];
const STATUS: Option[] = ['cleared', 'approved', 'granted', 'certified', 'exempt', 'withdrawn'].map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) }));
const MODE: Option[] = [
  { value: 'value', label: 'A single value' },
  { value: 'range', label: 'A range (min–max)' },
];

const conceptOptions = (list: Concept[] | undefined, current: string): Option[] => {
  const opts = (list ?? []).map((c) => ({ value: c.id, label: conceptName(c) })).sort((a, b) => a.label.localeCompare(b.label));
  if (current && !opts.some((o) => o.value === current)) opts.push({ value: current, label: current });
  return opts;
};
const refLabel = (r: ReferenceRow) => {
  const who = r.authors.split('\n')[0]?.split(',')[0]?.trim();
  const title = r.title.length > 60 ? `${r.title.slice(0, 57)}…` : r.title;
  return `${r.key}${who || r.year ? ` (${[who, r.year].filter(Boolean).join(' ')})` : ''}${title ? `: ${title}` : ''}`;
};

export interface RecordEditorProps {
  state: EditorState;
  setState: Dispatch<SetStateAction<EditorState>>;
  errors: Record<string, string[]>;
  onEdited: (name: string) => void;
  /** the slug field, when the record is new */
  slug?: { value: string; onChange: (v: string) => void };
}

/**
 * Every field of a material record, each named by its API path so that the API's messages show at
 * it. Lists (synonyms, trade names, standards) are one entry per line.
 */
export function RecordEditor({ state: s, setState, errors, onEdited, slug }: RecordEditorProps) {
  const types = useQuery(conceptsQuery('property-type')).data?.items;
  const endpoints = useQuery(conceptsQuery('iso10993-endpoint')).data?.items;
  const pathways = useQuery(conceptsQuery('regulatory-pathway')).data?.items;
  const typeById = useMemo(() => new Map((types ?? []).map((t) => [t.id, t])), [types]);
  const [refCount, setRefCount] = useState(0);
  const set = <K extends keyof EditorState>(k: K, v: EditorState[K]) => setState((x) => ({ ...x, [k]: v }));
  const setRow = <K extends 'properties' | 'composition' | 'biocompatibility' | 'regulatory' | 'references'>(k: K, i: number, patch: Partial<EditorState[K][number]>) =>
    setState((x) => ({ ...x, [k]: (x[k] as EditorState[K][number][]).map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  // Keyboard: a new row takes the focus at its first field; a removed row hands it to its section's "Add" button.
  const focusSoon = (selector: string) => setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
  const removeRow = (k: 'properties' | 'composition' | 'biocompatibility' | 'regulatory' | 'references', i: number) => {
    setState((x) => ({ ...x, [k]: (x[k] as unknown[]).filter((_, j) => j !== i) }));
    focusSoon(`#add-${k}`);
  };
  const addRow = <K extends 'properties' | 'composition' | 'biocompatibility' | 'regulatory'>(k: K, row: EditorState[K][number], first: string) => {
    const n = s[k].length;
    setState((x) => ({ ...x, [k]: [...(x[k] as unknown[]), row] }));
    focusSoon(`[name="${k}[${n}].${first}"]`);
  };

  const refOptions: Option[] = [...s.references.map((r) => ({ value: r.key, label: refLabel(r) })), { value: NEW_REFERENCE, label: 'New reference (DOI, PMID, ISBN, standard…)' }];
  /** A reference picker: one of the record's references, or a new one added to References below. */
  const pickReference = (v: string, apply: (key: string) => void) => {
    if (v !== NEW_REFERENCE) return apply(v);
    let n = refCount + 1;
    while (s.references.some((r) => r.key === `ref-new-${n}`)) n++;
    const key = `ref-new-${n}`;
    setRefCount(n);
    setState((x) => ({ ...x, references: [...x.references, emptyReference(key)] }));
    apply(key);
    // The new reference's form is at the end of the References section: take the keyboard there.
    setTimeout(() => document.querySelector<HTMLElement>(`[name="references[${s.references.length}].doi"]`)?.focus(), 0);
  };
  const defaultRef = s.references[0]?.key ?? '';

  return (
    <EditorErrorsContext.Provider value={{ errors, edited: onEdited }}>
      <Section id="ed-identity" title="Identity">
        {slug && <TextF name="slug" label="Slug (the address; never reused)" required value={slug.value} onChange={slug.onChange} description="Lower case letters, digits and hyphens, e.g. ti-6al-4v-eli" />}
        <TextF name="name" label="Name" required value={s.name} onChange={(v) => set('name', v)} />
        <TextF name="summary" label="Summary" required multiline value={s.summary} onChange={(v) => set('summary', v)} />
        <TextF name="casNumber" label="CAS number" value={s.casNumber} onChange={(v) => set('casNumber', v)} description="As the CAS registry gives it, e.g. 7440-32-6; leave empty when there is none" />
        <TextF name="synonyms" label="Synonyms" multiline value={s.synonyms} onChange={(v) => set('synonyms', v)} description="One per line" />
        <TextF name="tradeNames" label="Trade names" multiline value={s.tradeNames} onChange={(v) => set('tradeNames', v)} description="One per line" />
        <TextF name="standards" label="Standards" multiline value={s.standards} onChange={(v) => set('standards', v)} description="One per line, e.g. ASTM F136" />
      </Section>

      <Section id="ed-class" title="Classification">
        <ConceptOne name="class" scheme="material-class" label="Class" id={s.class} onChange={(v) => { set('class', v); onEdited('class'); }} />
        <ConceptList name="applications" scheme="application" label="Applications" ids={s.applications} onChange={(v) => set('applications', v)} />
        <ConceptList name="forms" scheme="form" label="Forms" ids={s.forms} onChange={(v) => set('forms', v)} />
      </Section>

      <Section id="ed-keywords" title="Keywords">
        {KEYWORD_SCHEMES.map((k) => (
          <ConceptList key={k} name={`keywords.${k}`} scheme={k} label={KEYWORD_TITLES[k]} ids={s.keywords[k]} onChange={(v) => set('keywords', { ...s.keywords, [k]: v })} />
        ))}
      </Section>

      <Section id="ed-composition" title="Composition">
        <GroupError name="composition" />
        {s.composition.map((c, i) => (
          <fieldset key={c.key} className="tier">
            <legend>Component {i + 1}</legend>
            <GroupError name={`composition[${i}]`} />
            <div className="inline-fields">
              <TextF name={`composition[${i}].component`} label="Component" value={c.component} onChange={(v) => setRow('composition', i, { component: v })} />
              <SelectF name={`composition[${i}].fraction`} label="Given as" value={c.mode} options={MODE} onChange={(v) => setRow('composition', i, { mode: v as 'value' })} />
              {c.mode === 'value' ? (
                <TextF name={`composition[${i}].fraction.value`} label="Fraction" inputMode="decimal" value={c.value} onChange={(v) => setRow('composition', i, { value: v })} />
              ) : (
                <>
                  <TextF name={`composition[${i}].fraction.min`} label="Minimum" inputMode="decimal" value={c.min} onChange={(v) => setRow('composition', i, { min: v })} />
                  <TextF name={`composition[${i}].fraction.max`} label="Maximum" inputMode="decimal" value={c.max} onChange={(v) => setRow('composition', i, { max: v })} />
                </>
              )}
              <SelectF name={`composition[${i}].basis`} label="Basis" value={c.basis} options={['wt%', 'mol%', 'vol%'].map((b) => ({ value: b, label: b }))} onChange={(v) => setRow('composition', i, { basis: v as 'wt%' })} />
            </div>
            <button type="button" className="link" onClick={() => removeRow('composition', i)}>
              Remove component {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" id="add-composition" onClick={() => addRow('composition', emptyComposition(), 'component')}>
          Add a component
        </button>
      </Section>

      <Section id="ed-properties" title="Property values">
        <GroupError name="properties" />
        {s.properties.map((p, i) => {
          const type = typeById.get(p.type);
          return (
            <fieldset key={p.key} className="tier">
              <legend>
                Property value {i + 1}
                {type ? `: ${conceptName(type)}` : ''}
              </legend>
              <GroupError name={`properties[${i}]`} />
              <div className="inline-fields">
                <SelectF
                  name={`properties[${i}].type`}
                  label="Property"
                  required
                  value={p.type}
                  placeholder="Choose a property"
                  options={conceptOptions(types, p.type)}
                  onChange={(v) => setRow('properties', i, { type: v, unit: unitForType(typeById.get(v), p.unit) })}
                />
                <UnitPicker name={`properties[${i}].unit`} type={type} value={p.unit} onChange={(v) => setRow('properties', i, { unit: v })} />
                <SelectF name={`properties[${i}].mode`} label="Given as" value={p.mode} options={MODE} onChange={(v) => setRow('properties', i, { mode: v as 'value' })} />
                {p.mode === 'value' ? (
                  <TextF name={`properties[${i}].value`} label="Value" inputMode="decimal" value={p.value} onChange={(v) => setRow('properties', i, { value: v })} />
                ) : (
                  <>
                    <TextF name={`properties[${i}].min`} label="Minimum" inputMode="decimal" value={p.min} onChange={(v) => setRow('properties', i, { min: v })} />
                    <TextF name={`properties[${i}].max`} label="Maximum" inputMode="decimal" value={p.max} onChange={(v) => setRow('properties', i, { max: v })} />
                  </>
                )}
              </div>
              <div className="inline-fields">
                <TextF name={`properties[${i}].conditions`} label="Conditions" value={p.conditions} onChange={(v) => setRow('properties', i, { conditions: v })} placeholder="annealed, 23 °C" />
                <TextF name={`properties[${i}].method`} label="Method" value={p.method} onChange={(v) => setRow('properties', i, { method: v })} placeholder="ASTM E8 tensile test" />
              </div>
              <SelectF name={`properties[${i}].reference`} label="Source" required value={p.reference} placeholder="Choose a reference" options={refOptions} onChange={(v) => pickReference(v, (key) => setRow('properties', i, { reference: key }))} />
              <button type="button" className="link" onClick={() => removeRow('properties', i)}>
                Remove property value {i + 1}
              </button>
            </fieldset>
          );
        })}
        <button type="button" id="add-properties" onClick={() => addRow('properties', emptyProperty(defaultRef), 'type')}>
          Add a property value
        </button>
      </Section>

      <Section id="ed-bio" title="Biocompatibility (ISO 10993)">
        <GroupError name="biocompatibility" />
        {s.biocompatibility.map((b, i) => (
          <fieldset key={b.key} className="tier">
            <legend>Biocompatibility result {i + 1}</legend>
            <GroupError name={`biocompatibility[${i}]`} />
            <div className="inline-fields">
              <SelectF name={`biocompatibility[${i}].endpoint`} label="Endpoint" required value={b.endpoint} placeholder="Choose an endpoint" options={conceptOptions(endpoints, b.endpoint)} onChange={(v) => setRow('biocompatibility', i, { endpoint: v })} />
              <SelectF name={`biocompatibility[${i}].result`} label="Result" value={b.result} options={RESULT} onChange={(v) => setRow('biocompatibility', i, { result: v })} />
              <SelectF name={`biocompatibility[${i}].model`} label="Model" value={b.model} options={MODEL} onChange={(v) => setRow('biocompatibility', i, { model: v })} />
              <SelectF name={`biocompatibility[${i}].contactCategory`} label="Contact duration" value={b.contactCategory} placeholder="Not stated" options={CONTACT} onChange={(v) => setRow('biocompatibility', i, { contactCategory: v })} />
            </div>
            <TextF name={`biocompatibility[${i}].notes`} label="Notes" value={b.notes} onChange={(v) => setRow('biocompatibility', i, { notes: v })} />
            <SelectF name={`biocompatibility[${i}].reference`} label="Source" required value={b.reference} placeholder="Choose a reference" options={refOptions} onChange={(v) => pickReference(v, (key) => setRow('biocompatibility', i, { reference: key }))} />
            <button type="button" className="link" onClick={() => removeRow('biocompatibility', i)}>
              Remove biocompatibility result {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" id="add-biocompatibility" onClick={() => addRow('biocompatibility', emptyBio(defaultRef), 'endpoint')}>
          Add a biocompatibility result
        </button>
      </Section>

      <Section id="ed-reg" title="Regulatory status">
        <GroupError name="regulatory" />
        {s.regulatory.map((r, i) => (
          <fieldset key={r.key} className="tier">
            <legend>Regulatory entry {i + 1}</legend>
            <GroupError name={`regulatory[${i}]`} />
            <div className="inline-fields">
              <TextF name={`regulatory[${i}].region`} label="Region" required value={r.region} onChange={(v) => setRow('regulatory', i, { region: v })} description="US, EU, JP…" />
              <SelectF name={`regulatory[${i}].pathway`} label="Pathway" required value={r.pathway} placeholder="Choose a pathway" options={conceptOptions(pathways, r.pathway)} onChange={(v) => setRow('regulatory', i, { pathway: v })} />
              <SelectF name={`regulatory[${i}].status`} label="Status" value={r.status} placeholder="Not stated" options={STATUS} onChange={(v) => setRow('regulatory', i, { status: v })} />
            </div>
            <div className="inline-fields">
              <TextF name={`regulatory[${i}].identifier`} label="Clearance or certificate number" value={r.identifier} onChange={(v) => setRow('regulatory', i, { identifier: v })} />
              <TextF name={`regulatory[${i}].date`} label="Decision date" type="date" value={r.date} onChange={(v) => setRow('regulatory', i, { date: v })} />
              <TextF name={`regulatory[${i}].holder`} label="Holder" value={r.holder} onChange={(v) => setRow('regulatory', i, { holder: v })} />
              <TextF name={`regulatory[${i}].exampleDevice`} label="Example device" value={r.exampleDevice} onChange={(v) => setRow('regulatory', i, { exampleDevice: v })} />
            </div>
            <SelectF name={`regulatory[${i}].reference`} label="Source" value={r.reference} placeholder="None" options={refOptions} onChange={(v) => pickReference(v, (key) => setRow('regulatory', i, { reference: key }))} />
            <button type="button" className="link" onClick={() => removeRow('regulatory', i)}>
              Remove regulatory entry {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" id="add-regulatory" onClick={() => addRow('regulatory', emptyRegulatory(), 'region')}>
          Add a regulatory entry
        </button>
      </Section>

      <Section id="ed-sus" title="Sustainability">
        <GroupError name="sustainability" />
        <div className="inline-fields">
          <TextF name="sustainability.origin" label="Origin" value={s.sustainability.origin} onChange={(v) => set('sustainability', { ...s.sustainability, origin: v })} />
          <TextF name="sustainability.disposal" label="Disposal" value={s.sustainability.disposal} onChange={(v) => set('sustainability', { ...s.sustainability, disposal: v })} />
          <TextF name="sustainability.reusability" label="Reusability" value={s.sustainability.reusability} onChange={(v) => set('sustainability', { ...s.sustainability, reusability: v })} />
          <TextF
            name="sustainability.carbonFootprintKgCo2ePerKg"
            label="Carbon footprint (kg CO₂e per kg)"
            inputMode="decimal"
            value={s.sustainability.carbonFootprintKgCo2ePerKg}
            onChange={(v) => set('sustainability', { ...s.sustainability, carbonFootprintKgCo2ePerKg: v })}
          />
        </div>
        <SelectF name="sustainability.reference" label="Source" value={s.sustainability.reference} placeholder="None" options={refOptions} onChange={(v) => pickReference(v, (key) => set('sustainability', { ...s.sustainability, reference: key }))} />
      </Section>

      <Section id="ed-refs" title="References">
        <GroupError name="references" />
        <p className="muted small">Every reference needs an identifier: a DOI or PMID for articles, an ISBN for books, the number for a standard; datasheets and regulatory entries link to the maker's or regulator's own site.</p>
        {s.references.map((r, i) => (
          <fieldset key={i} className="tier">
            <legend>Reference {r.key || i + 1}</legend>
            <GroupError name={`references[${i}]`} />
            <div className="inline-fields">
              <TextF name={`references[${i}].key`} label="Key (what values cite)" required value={r.key} onChange={(v) => setRow('references', i, { key: v })} />
              <SelectF name={`references[${i}].type`} label="Type" value={r.type} options={REFERENCE_TYPES.map((t) => ({ value: t, label: t[0].toUpperCase() + t.slice(1) }))} onChange={(v) => setRow('references', i, { type: v })} />
              <TextF name={`references[${i}].doi`} label="DOI" value={r.doi} onChange={(v) => setRow('references', i, { doi: v })} placeholder="10.xxxx/…" />
              <TextF name={`references[${i}].pmid`} label="PMID" inputMode="numeric" value={r.pmid} onChange={(v) => setRow('references', i, { pmid: v })} />
              <TextF name={`references[${i}].isbn`} label="ISBN" value={r.isbn} onChange={(v) => setRow('references', i, { isbn: v })} />
              <TextF name={`references[${i}].standard`} label="Standard number" value={r.standard} onChange={(v) => setRow('references', i, { standard: v })} />
            </div>
            <ReferenceLookup row={r} index={i} onFound={(patch) => setRow('references', i, patch)} />
            <TextF name={`references[${i}].title`} label="Title" value={r.title} onChange={(v) => setRow('references', i, { title: v })} />
            <TextF name={`references[${i}].authors`} label="Authors" multiline rows={2} value={r.authors} onChange={(v) => setRow('references', i, { authors: v })} description="One per line, “Family, Given”" />
            <div className="inline-fields">
              <TextF name={`references[${i}].year`} label="Year" inputMode="numeric" value={r.year} onChange={(v) => setRow('references', i, { year: v })} />
              <TextF name={`references[${i}].container`} label="Journal, book, maker or body" value={r.container} onChange={(v) => setRow('references', i, { container: v })} />
              <TextF name={`references[${i}].volume`} label="Volume" value={r.volume} onChange={(v) => setRow('references', i, { volume: v })} />
              <TextF name={`references[${i}].pages`} label="Pages" value={r.pages} onChange={(v) => setRow('references', i, { pages: v })} />
              <TextF name={`references[${i}].url`} label="Link (publisher's own site)" type="url" value={r.url} onChange={(v) => setRow('references', i, { url: v })} />
            </div>
            <button type="button" className="link" onClick={() => removeRow('references', i)}>
              Remove reference {r.key || i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" id="add-references" onClick={() => pickReference(NEW_REFERENCE, () => undefined)}>
          Add a reference
        </button>
      </Section>
    </EditorErrorsContext.Provider>
  );
}
