import { Button, FieldError, Input, Label, NumberField } from 'react-aria-components';
import { minorDigits } from '../ui/money';

export { minorDigits };

/** One price tier being edited: from `minQuantity` packs on, `price` per pack in major units (NaN while empty). */
export interface Tier {
  key: string;
  minQuantity: number;
  price: number;
}

export const MAX_TIERS = 10;

export const toMinor = (price: number, currency: string) => Math.round(price * 10 ** minorDigits(currency));
export const fromMinor = (minor: number, currency: string) => minor / 10 ** minorDigits(currency);

let nextKey = 0;
const newKey = () => `tier-${++nextKey}`;

export function tiersFromApi(tiers: { minQuantity: number; unitPriceMinor: number }[], currency: string): Tier[] {
  return tiers.map((t) => ({ key: newKey(), minQuantity: t.minQuantity, price: fromMinor(t.unitPriceMinor, currency) }));
}

/**
 * The tiers as the API takes them, in integer minor units. Sorted by quantity: the API sorts them
 * before its own checks and names the tier by its sorted position (`priceTiers[0]`), so the UI
 * sends (and shows) them in that order for the names to match.
 */
export function tiersToApi(tiers: Tier[], currency: string): { minQuantity: number; unitPriceMinor: number }[] {
  return sortTiers(tiers).map((t) => ({ minQuantity: t.minQuantity, unitPriceMinor: toMinor(t.price, currency) }));
}

/** Tiers by quantity; empty quantities last, the order of equal ones kept. */
export const sortTiers = (tiers: Tier[]) => [...tiers].sort((a, b) => (Number.isNaN(a.minQuantity) ? Infinity : a.minQuantity) - (Number.isNaN(b.minQuantity) ? Infinity : b.minQuantity));

export const newTier = (after?: Tier): Tier => ({ key: newKey(), minQuantity: after && !Number.isNaN(after.minQuantity) ? after.minQuantity * 10 : NaN, price: NaN });

export interface TierEditorProps {
  tiers: Tier[];
  currency: string;
  /**
   * Receives an update of the previous tiers (a React state setter fits): number fields commit on
   * blur, so a commit and a button press can land in either order; each applies to the latest tiers.
   */
  onChange: (update: (previous: Tier[]) => Tier[]) => void;
  /** API messages about the tiers as a whole (path `priceTiers`), e.g. two tiers starting at the same quantity */
  errors?: string[];
}

/**
 * Price tiers: each row says from how many packs its unit price applies. Prices are typed in the
 * offer's currency and shown formatted in it (€1,250.00); the API receives integer minor units.
 * Field names are the API's paths (`priceTiers[1].unitPriceMinor`), so the API's messages, given to
 * the surrounding React Aria `Form`, appear at the right field.
 */
export function TierEditor({ tiers, currency, onChange, errors }: TierEditorProps) {
  const set = (key: string, patch: Partial<Tier>) => onChange((previous) => previous.map((t) => (t.key === key ? { ...t, ...patch } : t)));
  const format: Intl.NumberFormatOptions = { style: 'currency', currency, currencyDisplay: 'symbol' };
  let formatOk = true;
  try {
    new Intl.NumberFormat('en', format);
  } catch {
    formatOk = false;
  }
  return (
    <fieldset className="tiers" aria-describedby={errors?.length ? 'tiers-err' : 'tiers-help'}>
      <legend>Price tiers</legend>
      <p id="tiers-help" className="muted small">
        From each quantity on, buyers pay that price per pack, in {currency} (kept in whole minor units: cents for EUR). The first tier must start at or below the minimum order.
      </p>
      {errors?.length ? (
        <p id="tiers-err" className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      <ol className="tier-rows">
        {tiers.map((t, i) => (
          <li key={t.key}>
            <fieldset className="tier" data-tier={i + 1}>
              <legend>Tier {i + 1}</legend>
              <NumberField
                className="field"
                name={`priceTiers[${i}].minQuantity`}
                value={t.minQuantity}
                onChange={(minQuantity) => set(t.key, { minQuantity })}
                minValue={1}
                step={1}
                isRequired
                formatOptions={{ maximumFractionDigits: 0 }}
              >
                <Label>From quantity (packs)</Label>
                <Input inputMode="numeric" />
                <FieldError className="field-error" />
              </NumberField>
              <NumberField
                className="field"
                name={`priceTiers[${i}].unitPriceMinor`}
                value={t.price}
                onChange={(price) => set(t.key, { price })}
                minValue={0}
                isRequired
                formatOptions={formatOk ? format : { minimumFractionDigits: 2, maximumFractionDigits: 2 }}
              >
                <Label>Price per pack ({currency})</Label>
                <Input inputMode="decimal" />
                <FieldError className="field-error" />
              </NumberField>
              {tiers.length > 1 && (
                <Button className="link remove-tier" onPress={() => onChange((previous) => previous.filter((x) => x.key !== t.key))}>
                  Remove tier {i + 1}
                </Button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <Button onPress={() => onChange((previous) => (previous.length >= MAX_TIERS ? previous : [...previous, newTier(previous.at(-1))]))} isDisabled={tiers.length >= MAX_TIERS}>
        Add a price tier
      </Button>
      {tiers.length >= MAX_TIERS && <p className="muted small">An offer has at most {MAX_TIERS} tiers.</p>}
    </fieldset>
  );
}
