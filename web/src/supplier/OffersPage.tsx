import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, CheckboxGroup, FieldError, Form, Input, Label, NumberField, Radio, RadioGroup } from 'react-aria-components';
import { api, call } from '../api/client';
import { conceptsQuery, useConceptLabels } from '../api/queries';
import type { Offer, Page } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { FormErrorSummary, TextInput, useServerErrors, SubmitButton } from '../ui/forms';
import { conceptLabel, conceptName, money } from '../ui/money';
import { MaterialPicker } from './MaterialPicker';
import { newTier, sortTiers, type Tier, TierEditor, tiersFromApi, tiersToApi } from './TierEditor';

export function OffersPage() {
  return (
    <section>
      <PageTitle>Your offers</PageTitle>
      <RequireSignIn>
        <OffersBody />
      </RequireSignIn>
    </section>
  );
}

function OffersBody() {
  const qc = useQueryClient();
  const { data, error } = useQuery({ queryKey: ['my-offers'], queryFn: () => call(() => api.GET('/api/v1/offers')) });
  const certLabel = useConceptLabels('certification');
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const transition = useMutation({
    mutationFn: (o: { id: string; action: string; revision: number }) => call(() => api.POST('/api/v1/offers/{id}/transitions', { params: { path: { id: o.id } }, body: { action: o.action, revision: o.revision } as never })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['my-offers'] }),
  });
  return (
    <>
      <ErrorMessage error={error ?? transition.error} />
      <button type="button" className="primary" onClick={() => setEditing('new')}>
        New offer
      </button>
      {editing && <OfferEditor offer={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      <ul className="offers">
        {data?.items.map((o) => (
          <li key={o.id} className="card">
            <h2>{o.title}</h2>
            <p>
              {o.materialSlug} · SKU {o.sku} · <span className={`state state-${o.state}`}>{o.state}</span> · {o.stockAvailable} available · {o.priceTiers.map((t) => `${money(t.unitPriceMinor, o.currency)} from ${t.minQuantity}`).join(', ')}
              {o.certifications.length ? ` · ${o.certifications.map(certLabel).join(', ')}` : ''}
            </p>
            <div className="actions">
              <button type="button" onClick={() => setEditing(o)}>
                Edit<span className="sr-only"> {o.title}</span>
              </button>
              {(o.state === 'draft' || o.state === 'paused') && (
                <button type="button" onClick={() => transition.mutate({ id: o.id, action: 'activate', revision: o.revision })}>
                  Activate
                </button>
              )}
              {o.state === 'active' && (
                <button type="button" onClick={() => transition.mutate({ id: o.id, action: 'pause', revision: o.revision })}>
                  Pause
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK', 'JPY'];
const GRADES = [
  ['research', 'Research'],
  ['medical', 'Medical'],
  ['implant', 'Implant'],
] as const;
const OFFER_FIELDS = ['materialSlug', 'sku', 'title', 'grade', 'form', 'packSize', 'packSize.value', 'packSize.unit', 'currency', 'stockOnHand', 'leadTimeDays', 'minOrderQuantity', 'certifications', 'shipsTo', 'sampleAvailable'];

interface OfferForm {
  sku: string;
  materialSlug: string;
  title: string;
  grade: string;
  form: string;
  packValue: number;
  packUnit: string;
  currency: string;
  stockOnHand: number;
  leadTimeDays: number;
  minOrderQuantity: number;
  certifications: string[];
  shipsTo: string;
  sampleAvailable: boolean;
}

const formOf = (offer: Offer | null): OfferForm => ({
  sku: offer?.sku ?? '',
  materialSlug: offer?.materialSlug ?? '',
  title: offer?.title ?? '',
  grade: offer?.grade ?? 'research',
  form: offer?.form ?? '',
  packValue: offer?.packSize.value ?? 1,
  packUnit: offer?.packSize.unit ?? 'kg',
  currency: offer?.currency ?? 'EUR',
  stockOnHand: offer?.stockOnHand ?? 0,
  leadTimeDays: offer?.leadTimeDays ?? 7,
  minOrderQuantity: offer?.minOrderQuantity ?? 1,
  certifications: offer?.certifications ?? [],
  shipsTo: offer?.shipsTo.join(', ') ?? '',
  sampleAvailable: offer?.sampleAvailable ?? false,
});

/** NaN (an emptied number field) is sent as null: the API names the field instead of getting a malformed body. */
const num = (n: number) => (Number.isNaN(n) ? null : n);

/**
 * The offer editor. The API validates; its messages are shown at the fields they name (price tiers
 * included), and the form keeps what was typed. Saving sends the whole offer (PUT replaces it), so
 * every field of the offer is in the form.
 */
export function OfferEditor({ offer, onDone }: { offer: Offer | null; onDone: () => void }) {
  const qc = useQueryClient();
  const [f, setF] = useState<OfferForm>(() => formOf(offer));
  const [tiers, setTiers] = useState<Tier[]>(() => (offer ? tiersFromApi(offer.priceTiers, offer.currency) : [newTier()].map((t) => ({ ...t, minQuantity: 1 }))));
  const set = <K extends keyof OfferForm>(k: K) => (v: OfferForm[K]) => setF((x) => ({ ...x, [k]: v }));
  const certs = useQuery(conceptsQuery('certification'));
  const forms = useQuery(conceptsQuery('form'));
  const save = useMutation({
    mutationFn: () => {
      const list = (s: string) => s.split(/[,\s]+/).map((x) => x.trim().toUpperCase()).filter(Boolean);
      const body = {
        sku: f.sku.trim(),
        materialSlug: f.materialSlug.trim(),
        title: f.title.trim(),
        grade: f.grade,
        ...(f.form && { form: f.form }),
        packSize: { value: num(f.packValue), unit: f.packUnit.trim() },
        currency: f.currency,
        priceTiers: tiersToApi(tiers, f.currency).map((t) => ({ minQuantity: num(t.minQuantity), unitPriceMinor: num(t.unitPriceMinor) })),
        stockOnHand: num(f.stockOnHand),
        leadTimeDays: num(f.leadTimeDays),
        minOrderQuantity: num(f.minOrderQuantity),
        certifications: f.certifications,
        shipsTo: list(f.shipsTo),
        sampleAvailable: f.sampleAvailable,
      };
      return offer
        ? call(() => api.PUT('/api/v1/offers/{id}', { params: { path: { id: offer.id } }, body: { ...body, revision: offer.revision } as never }))
        : call(() => api.POST('/api/v1/offers', { body: body as never }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['my-offers'] });
      onDone();
    },
  });
  const fields = [...OFFER_FIELDS, 'priceTiers', ...tiers.flatMap((_, i) => [`priceTiers[${i}]`, `priceTiers[${i}].minQuantity`, `priceTiers[${i}].unitPriceMinor`])];
  const errors = useServerErrors(save.error, fields);
  const tierErrors = [...(errors.byField.priceTiers ?? []), ...tiers.flatMap((_, i) => errors.byField[`priceTiers[${i}]`] ?? [])];
  const certOptions = [...(certs.data?.items ?? []).map((c) => ({ id: c.id, label: conceptName(c) })), ...f.certifications.filter((id) => !certs.data?.items.some((c) => c.id === id)).map((id) => ({ id, label: conceptLabel(id) }))];
  return (
    <Form
      className="card offer-editor"
      aria-labelledby="offer-editor-title"
      validationBehavior="aria"
      {...errors.formProps}
      onSubmit={(e) => {
        e.preventDefault();
        // Shown in the order sent (by quantity): the API's tier numbers then match the rows.
        setTiers((previous) => sortTiers(previous));
        save.mutate();
      }}
    >
      <h2 id="offer-editor-title">{offer ? `Edit ${offer.title}` : 'New offer'}</h2>
      <MaterialPicker name="materialSlug" value={f.materialSlug} onChange={set('materialSlug')} />
      <TextInput name="sku" label="SKU" isRequired value={f.sku} onChange={set('sku')} description="Your article number; unique among your offers." />
      <TextInput name="title" label="Title" isRequired value={f.title} onChange={set('title')} />
      <RadioGroup name="grade" className="radios inline-radios" value={f.grade} onChange={set('grade')} isRequired>
        <Label>Grade</Label>
        {GRADES.map(([v, l]) => (
          <Radio key={v} value={v} className="radio">
            <span className="dot" aria-hidden="true" />
            {l}
          </Radio>
        ))}
        <FieldError className="field-error" />
      </RadioGroup>
      <div className="field">
        <label htmlFor="offer-form">Form</label>
        <select id="offer-form" value={f.form} onChange={(e) => set('form')(e.target.value)} aria-describedby="offer-form-err" aria-invalid={!!errors.byField.form || undefined}>
          <option value="">(not stated)</option>
          {f.form && !forms.data?.items.some((c) => c.id === f.form) && <option value={f.form}>{conceptLabel(f.form)}</option>}
          {forms.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {conceptName(c)}
            </option>
          ))}
        </select>
        <p id="offer-form-err" className="field-error">
          {errors.byField.form?.join(' ')}
        </p>
      </div>
      <div className="inline-fields">
        <NumberField className="field" name="packSize.value" value={f.packValue} onChange={set('packValue')} minValue={0} isRequired>
          <Label>Pack size</Label>
          <Input inputMode="decimal" />
          <FieldError className="field-error" />
        </NumberField>
        <TextInput name="packSize.unit" label="Pack unit" isRequired value={f.packUnit} onChange={set('packUnit')} size={6} description="g, kg, mL, L, m, cm2 or pcs" />
      </div>
      <div className="field">
        <label htmlFor="offer-currency">Currency</label>
        <select id="offer-currency" value={f.currency} onChange={(e) => set('currency')(e.target.value)} aria-describedby="offer-currency-err">
          {[...new Set([f.currency, ...CURRENCIES])].map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <p id="offer-currency-err" className="field-error">
          {errors.byField.currency?.join(' ')}
        </p>
      </div>
      <TierEditor tiers={tiers} currency={f.currency} onChange={setTiers} errors={tierErrors} />
      <div className="inline-fields">
        <NumberField className="field" name="stockOnHand" value={f.stockOnHand} onChange={set('stockOnHand')} minValue={0} step={1} isRequired formatOptions={{ maximumFractionDigits: 0 }}>
          <Label>Stock on hand (packs)</Label>
          <Input inputMode="numeric" />
          <FieldError className="field-error" />
        </NumberField>
        <NumberField className="field" name="minOrderQuantity" value={f.minOrderQuantity} onChange={set('minOrderQuantity')} minValue={1} step={1} formatOptions={{ maximumFractionDigits: 0 }}>
          <Label>Minimum order (packs)</Label>
          <Input inputMode="numeric" />
          <FieldError className="field-error" />
        </NumberField>
        <NumberField className="field" name="leadTimeDays" value={f.leadTimeDays} onChange={set('leadTimeDays')} minValue={0} step={1} isRequired formatOptions={{ maximumFractionDigits: 0 }}>
          <Label>Lead time (days)</Label>
          <Input inputMode="numeric" />
          <FieldError className="field-error" />
        </NumberField>
      </div>
      <CheckboxGroup name="certifications" className="checks" value={f.certifications} onChange={set('certifications')}>
        <Label>Certifications</Label>
        {certs.error ? <ErrorMessage error={certs.error} /> : null}
        {!certs.data && !certs.error && <p className="muted small">Loading certifications…</p>}
        {certs.data && certOptions.length === 0 && <p className="muted small">The vocabulary has no certifications yet.</p>}
        <div className="check-columns">
          {certOptions.map((c) => (
            <Checkbox key={c.id} value={c.id} className="checkbox">
              <span className="box" aria-hidden="true" />
              {c.label}
            </Checkbox>
          ))}
        </div>
        <FieldError className="field-error" />
      </CheckboxGroup>
      <TextInput name="shipsTo" label="Ships to (country codes)" value={f.shipsTo} onChange={set('shipsTo')} description="Two-letter codes separated by commas, e.g. DE, IT, FR. Empty: on request." />
      <Checkbox className="checkbox" isSelected={f.sampleAvailable} onChange={set('sampleAvailable')}>
        <span className="box" aria-hidden="true" />
        Samples available
      </Checkbox>
      <FormErrorSummary error={save.error} errors={errors} />
      <div className="actions">
        <SubmitButton pending={save.isPending} busy="Saving…">
          Save offer
        </SubmitButton>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </Form>
  );
}
