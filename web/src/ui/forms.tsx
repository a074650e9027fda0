import { useMemo, useState, type ReactNode } from 'react';
import { Button, FieldError, Input, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components';
import { ApiError } from '../api/client';

/**
 * A problem+json path as the UI names fields: without the `body.` prefix some endpoints add
 * (`body.prefLabel.en` -> `prefLabel.en`).
 */
export const normalizePath = (path: string) => path.replace(/^body\.?/, '') || 'body';

export interface ServerErrors {
  /** field name -> messages, for React Aria's `<Form validationErrors>` (fields show them with `<FieldError>`) */
  byField: Record<string, string[]>;
  /** messages no field of the form shows: said in the form's summary */
  other: { path: string; message: string }[];
  /** how many messages are shown at fields */
  atFields: number;
}

/**
 * Sorts the API's field errors of `error` onto the form's fields. An error belongs to the most
 * specific field whose name is its path or a parent of it (`priceTiers[1].minQuantity` goes to a
 * field named `priceTiers[1].minQuantity`, else to `priceTiers[1]`, else `priceTiers`).
 */
export function serverErrors(error: unknown, fields: readonly string[]): ServerErrors {
  const out: ServerErrors = { byField: {}, other: [], atFields: 0 };
  if (!(error instanceof ApiError)) return out;
  const names = [...fields].sort((a, b) => b.length - a.length);
  for (const e of error.problem.errors ?? []) {
    const path = normalizePath(e.path);
    const field = names.find((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
    if (field) {
      (out.byField[field] ??= []).push(e.message);
      out.atFields++;
    } else out.other.push({ path, message: e.message });
  }
  return out;
}

/** The field an input event comes from: the input's `name`, or (number fields) the named hidden input beside it. */
export function fieldNameOf(target: EventTarget | null): string | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  if ((target as HTMLInputElement).name) return (target as HTMLInputElement).name;
  for (let el = target.parentElement; el && el.tagName !== 'FORM'; el = el.parentElement) {
    const named = el.querySelector<HTMLInputElement>(':scope > input[name]');
    if (named) return named.name;
  }
  return undefined;
}

export interface FormServerErrors extends ServerErrors {
  /** for React Aria's `<Form {...formProps}>`: the messages, and the handlers that drop a field's message once it is typed in */
  formProps: { validationErrors: Record<string, string[]>; onInput: (e: React.FormEvent) => void; onChange: (e: React.FormEvent) => void };
}

/**
 * `serverErrors` for a form. A field's message goes as soon as the field is typed in (or a choice
 * of it changed), not when it loses focus as React Aria would do by itself: that blur is often the
 * press on the next button, and a message vanishing under the pointer between press and release
 * moves the button away and loses the click.
 */
export function useServerErrors(error: unknown, fields: readonly string[]): FormServerErrors {
  const key = fields.join('\n');
  const base = useMemo(() => serverErrors(error, fields), [error, key]);
  const [edited, setEdited] = useState<{ error: unknown; names: ReadonlySet<string> }>({ error: null, names: new Set() });
  const names = edited.error === error ? edited.names : null;
  const byField = useMemo(() => (names?.size ? Object.fromEntries(Object.entries(base.byField).filter(([f]) => !names.has(f))) : base.byField), [base, names]);
  const onEdit = (e: React.FormEvent) => {
    const name = fieldNameOf(e.target);
    if (name && byField[name]) setEdited({ error, names: new Set([...(names ?? []), name]) });
  };
  return { ...base, byField, formProps: { validationErrors: byField, onInput: onEdit, onChange: onEdit } };
}

/**
 * The summary under a form after a failed submit, in plain words: how many fields to correct, the
 * field errors no field shows, or the API's message when it named no field.
 */
export function FormErrorSummary({ error, errors }: { error: unknown; errors: ServerErrors }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const fieldErrors = api?.problem.errors?.length ?? 0;
  let text: string;
  if (fieldErrors === 0) text = error instanceof Error ? error.message : String(error);
  else if (errors.other.length === 0) text = errors.atFields === 1 ? 'Please correct the field marked above; nothing was saved.' : `Please correct the ${errors.atFields} fields marked above; nothing was saved.`;
  else text = `Nothing was saved. ${errors.atFields ? `Please correct the fields marked above, and: ` : ''}${errors.other.map((e) => `${e.path === 'body' ? '' : `${e.path}: `}${e.message}`).join('; ')}.`;
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}

export interface TextInputProps extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  size?: number;
  className?: string;
  /** a message of the UI's own check, shown while `isInvalid` */
  errorMessage?: string;
}

/**
 * A labelled text field (React Aria): the API's message for its `name` is shown under it and read
 * with it (aria-describedby), and it is marked invalid until the value is edited.
 */
export function TextInput({ label, description, multiline, rows = 3, placeholder, inputMode, size, className = 'field', errorMessage, ...props }: TextInputProps) {
  return (
    <TextField {...props} className={className}>
      <Label>{label}</Label>
      {multiline ? <TextArea rows={rows} placeholder={placeholder} /> : <Input placeholder={placeholder} inputMode={inputMode} size={size} />}
      {description && (
        <Text slot="description" className="muted small">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}

/** A form's primary submit button: disabled while the request runs, saying what it is doing. */
export function SubmitButton({ pending, busy, disabled, children }: { pending: boolean; busy: string; disabled?: boolean; children: ReactNode }) {
  return (
    <Button type="submit" className="primary" isDisabled={pending || disabled}>
      {pending ? busy : children}
    </Button>
  );
}
