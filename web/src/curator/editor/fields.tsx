import { createContext, useContext, useId, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { Concept } from '../../api/types';
import { conceptLabel } from '../../ui/money';
import { ConceptPicker, conceptName } from '../ConceptPicker';

/** The API's messages by editor field name, and how a field says it was edited (its message goes). */
export const EditorErrorsContext = createContext<{ errors: Record<string, string[]>; edited: (name: string) => void }>({ errors: {}, edited: () => undefined });
const useFieldError = (name: string) => {
  const { errors, edited } = useContext(EditorErrorsContext);
  return { messages: errors[name], edited };
};

interface Common {
  /** the API's path of the field (`properties[2].unit`): errors show here, and the first one gets the focus */
  name: string;
  label: string;
  description?: string;
  required?: boolean;
}

function Described({ id, description, messages }: { id: string; description?: string; messages?: string[] }) {
  return (
    <>
      {description && (
        <span id={`${id}-d`} className="muted small">
          {description}
        </span>
      )}
      <span id={`${id}-e`} className="field-error">
        {messages?.join(' ')}
      </span>
    </>
  );
}
const describedBy = (id: string, description?: string) => `${description ? `${id}-d ` : ''}${id}-e`;

export function TextF({ name, label, description, required, value, onChange, multiline, rows = 3, inputMode, type = 'text', placeholder }: Common & { value: string; onChange: (v: string) => void; multiline?: boolean; rows?: number; inputMode?: 'decimal' | 'numeric' | 'text'; type?: string; placeholder?: string }) {
  const id = useId();
  const { messages, edited } = useFieldError(name);
  const props = {
    id,
    name,
    value,
    required,
    placeholder,
    'aria-invalid': messages ? true : undefined,
    'aria-describedby': describedBy(id, description),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      onChange(e.target.value);
      if (messages) edited(name);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea rows={rows} {...props} /> : <input type={type} inputMode={inputMode} {...props} />}
      <Described id={id} description={description} messages={messages} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}
export function SelectF({ name, label, description, required, value, onChange, options, placeholder }: Common & { value: string; onChange: (v: string) => void; options: Option[]; placeholder?: string }) {
  const id = useId();
  const { messages, edited } = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(id, description)}
        onChange={(e) => {
          onChange(e.target.value);
          if (messages) edited(name);
        }}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} description={description} messages={messages} />
    </div>
  );
}

/** A message the API gave for a whole row or list (`properties[2]`: "give a value or a min/max range"). */
export function GroupError({ name }: { name: string }) {
  const { messages } = useFieldError(name);
  if (!messages) return null;
  // A focusable anchor so that "focus the first error" can land on a row-level message too.
  return (
    <p className="field-error" data-field-error={name} tabIndex={-1}>
      {messages.join(' ')}
    </p>
  );
}

/** A concept's label (looked up once, then cached); its id's last part until then. */
export function useConceptLabel(id: string): string {
  const [scheme, ...rest] = id.split('/');
  const { data } = useQuery({
    queryKey: ['concept', id],
    enabled: !!id && rest.length > 0,
    staleTime: 300_000,
    retry: false,
    queryFn: () => call(() => api.GET('/api/v1/vocabulary/concepts/{scheme}/{slug}', { params: { path: { scheme, slug: rest.join('/') } } })),
  });
  return data ? conceptName(data as Concept) : id ? conceptLabel(id) : '';
}
function ConceptChip({ id, onRemove }: { id: string; onRemove: () => void }) {
  const label = useConceptLabel(id);
  return (
    <li className="chip">
      {label}{' '}
      <button type="button" className="link" onClick={onRemove} aria-label={`Remove ${label}`}>
        ×
      </button>
    </li>
  );
}

/** Concepts of one scheme: the chosen ones as removable chips, a picker to add one. */
export function ConceptList({ name, scheme, label, ids, onChange }: { name: string; scheme: string; label: string; ids: string[]; onChange: (ids: string[]) => void }) {
  const { messages } = useFieldError(name);
  return (
    <div className="concept-list" role="group" aria-label={label}>
      <p className="field-label">{label}</p>
      {ids.length ? (
        <ul className="chips" aria-label={`${label} chosen`}>
          {ids.map((id) => (
            <ConceptChip key={id} id={id} onRemove={() => onChange(ids.filter((x) => x !== id))} />
          ))}
        </ul>
      ) : (
        <p className="muted small">None yet.</p>
      )}
      <ConceptPicker scheme={scheme} label={`Add to ${label.toLowerCase()}`} exclude={ids} onPick={(c) => onChange([...ids, c.id])} />
      {messages && (
        <p className="field-error" data-field-error={name} tabIndex={-1}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

/** One concept (the class): its label, and a picker that replaces it. */
export function ConceptOne({ name, scheme, label, id, onChange }: { name: string; scheme: string; label: string; id: string; onChange: (id: string) => void }) {
  const current = useConceptLabel(id);
  const { messages } = useFieldError(name);
  return (
    <div className="concept-list" role="group" aria-label={label}>
      <p className="field-label">
        {label}: <strong>{id ? current : 'none chosen'}</strong>
      </p>
      <ConceptPicker scheme={scheme} label={id ? `Change the ${label.toLowerCase()}` : `Choose the ${label.toLowerCase()}`} onPick={(c) => onChange(c.id)} />
      {messages && (
        <p className="field-error" data-field-error={name} tabIndex={-1}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset className="subform editor-section" id={id}>
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
