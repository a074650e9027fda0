import type { Concept } from '../../api/types';
import { unitSymbol } from '../../ui/units';
import { SelectF, type Option } from './fields';

/** The units a value of property type `type` may be given in (the canonical one first); a unit the record already has is kept, marked. */
export function unitOptions(type: Concept | undefined, current: string): Option[] {
  const units = type?.quantity?.units?.length ? type.quantity.units : type?.quantity ? [type.quantity.canonicalUnit] : [];
  const options = units.map((u, i) => ({ value: u, label: `${unitSymbol(u) || 'no unit (a ratio)'}${i === 0 ? ' (canonical)' : ''}` }));
  if (current && !units.includes(current)) options.push({ value: current, label: `${unitSymbol(current) || current} (not a unit of this property)` });
  return options;
}

/** The unit a new type's value starts with: the current one when the type accepts it, else the type's canonical unit. */
export function unitForType(type: Concept | undefined, current: string): string {
  const units = type?.quantity?.units ?? [];
  if (current && units.includes(current)) return current;
  return units[0] ?? type?.quantity?.canonicalUnit ?? current;
}

/** A unit picker limited to the units of one property type's dimension. */
export function UnitPicker({ name, type, value, onChange }: { name: string; type: Concept | undefined; value: string; onChange: (unit: string) => void }) {
  const options = unitOptions(type, value);
  return (
    <SelectF
      name={name}
      label="Unit"
      value={value}
      onChange={onChange}
      options={options}
      placeholder={type ? undefined : 'Choose the property first'}
      description={type?.quantity ? `Stored as given; compared in ${unitSymbol(type.quantity.canonicalUnit) || 'ratio'}` : undefined}
    />
  );
}
