import { useId, useState } from 'react';
import { Button, FieldError, Input, Label, Tag, TagGroup, TagList, Text, TextArea, TextField } from 'react-aria-components';

/** A concept's labels and definitions, per language, as the API has them. */
export interface LabelSet {
  prefLabel: Record<string, string>;
  altLabels?: Record<string, string[]>;
  hiddenLabels?: Record<string, string[]>;
  definition?: Record<string, string>;
}

/** One language of a concept: its preferred label, alternative and hidden labels, definition. */
export interface LabelRow {
  /** stable React key (the language code can be edited) */
  key: string;
  lang: string;
  pref: string;
  alt: string[];
  hidden: string[];
  definition: string;
}

let nextKey = 0;
const newKey = () => `row-${++nextKey}`;

/** Rows for the editor: English first, then the other languages alphabetically. */
export function toRows(set: LabelSet): LabelRow[] {
  const langs = new Set([...Object.keys(set.prefLabel), ...Object.keys(set.altLabels ?? {}), ...Object.keys(set.hiddenLabels ?? {}), ...Object.keys(set.definition ?? {})]);
  if (langs.size === 0) langs.add('en');
  return [...langs]
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))
    .map((lang) => ({ key: newKey(), lang, pref: set.prefLabel[lang] ?? '', alt: set.altLabels?.[lang] ?? [], hidden: set.hiddenLabels?.[lang] ?? [], definition: set.definition?.[lang] ?? '' }));
}

/** The API's maps from the rows; empty texts and rows without a language are left out. */
export function fromRows(rows: LabelRow[]): Required<LabelSet> {
  const out: Required<LabelSet> = { prefLabel: {}, altLabels: {}, hiddenLabels: {}, definition: {} };
  for (const r of rows) {
    const lang = r.lang.trim();
    if (!lang) continue;
    if (r.pref.trim()) out.prefLabel[lang] = r.pref.trim();
    const alt = r.alt.map((x) => x.trim()).filter(Boolean);
    if (alt.length) out.altLabels[lang] = alt;
    const hidden = r.hidden.map((x) => x.trim()).filter(Boolean);
    if (hidden.length) out.hiddenLabels[lang] = hidden;
    if (r.definition.trim()) out.definition[lang] = r.definition.trim();
  }
  return out;
}

/** The API's language tags: en, it, pt-BR. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Problems the UI can tell before sending: a language code per row, each once, a valid tag; an English preferred label. */
export function checkRows(rows: LabelRow[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  for (const r of rows) {
    const lang = r.lang.trim();
    if (!lang) problems[r.key] = 'Enter a language code such as en or it.';
    else if (!LANGUAGE_TAG.test(lang)) problems[r.key] = 'Use a language code such as en, it or pt-BR.';
    else if (seen.has(lang)) problems[r.key] = `“${lang}” is listed twice; keep one row per language.`;
    seen.add(lang);
  }
  return problems;
}

/** The field names the API's errors can point at, for `useServerErrors`. */
export function labelFieldNames(rows: LabelRow[]): string[] {
  return ['prefLabel', 'altLabels', 'hiddenLabels', 'definition', ...rows.flatMap((r) => ['prefLabel', 'altLabels', 'hiddenLabels', 'definition'].map((f) => `${f}.${r.lang.trim()}`))];
}

export interface LabelEditorProps {
  rows: LabelRow[];
  /** Receives an update of the previous rows (a React state setter fits), so that quick successive edits never undo each other. */
  onChange: (update: (previous: LabelRow[]) => LabelRow[]) => void;
  /** the API's errors by field name (prefLabel, prefLabel.en, altLabels...), as `useServerErrors` sorts them */
  errors?: Record<string, string[]>;
  /** the UI's own problems by row key (`checkRows`), shown once a submit was tried */
  rowProblems?: Record<string, string>;
}

/**
 * Labels per language: preferred label (one), alternative labels (shown and searchable), hidden
 * labels (misspellings: searchable, never shown) and a definition. Rows can be added and removed;
 * alternative and hidden labels are tags, removed with their button or Delete/Backspace, added by
 * typing and Enter.
 */
export function LabelEditor({ rows, onChange, errors = {}, rowProblems = {} }: LabelEditorProps) {
  const set = (key: string, patch: Partial<LabelRow>) => onChange((previous) => previous.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const mapErrors = ['prefLabel', 'altLabels', 'hiddenLabels', 'definition'].flatMap((f) => errors[f] ?? []);
  return (
    <fieldset className="labels">
      <legend>Labels per language</legend>
      {mapErrors.length > 0 && (
        <p className="field-error" id="labels-err">
          {mapErrors.join(' ')}
        </p>
      )}
      {rows.map((r, i) => (
        <fieldset key={r.key} className="label-row" data-lang={r.lang}>
          <legend>{r.lang.trim() ? `Language ${r.lang.trim()}` : `New language ${i + 1}`}</legend>
          <TextField
            className="field lang"
            value={r.lang}
            onChange={(lang) => set(r.key, { lang })}
            isInvalid={!!rowProblems[r.key] || undefined}
            isRequired
          >
            <Label>Language code</Label>
            <Input size={6} />
            <FieldError className="field-error">{rowProblems[r.key]}</FieldError>
          </TextField>
          <TextField className="field" name={`prefLabel.${r.lang.trim()}`} value={r.pref} onChange={(pref) => set(r.key, { pref })} isRequired={r.lang.trim() === 'en'}>
            <Label>Preferred label ({r.lang.trim() || 'new'})</Label>
            <Input />
            <FieldError className="field-error" />
          </TextField>
          <TagField label="Alternative labels" lang={r.lang.trim()} name={`altLabels.${r.lang.trim()}`} values={r.alt} onChange={(alt) => set(r.key, { alt })} errors={errors[`altLabels.${r.lang.trim()}`]} description="Synonyms, abbreviations, trade names: shown and searchable." />
          <TagField label="Hidden labels" lang={r.lang.trim()} name={`hiddenLabels.${r.lang.trim()}`} values={r.hidden} onChange={(hidden) => set(r.key, { hidden })} errors={errors[`hiddenLabels.${r.lang.trim()}`]} description="Misspellings: searchable, never shown." />
          <TextField className="field" name={`definition.${r.lang.trim()}`} value={r.definition} onChange={(definition) => set(r.key, { definition })}>
            <Label>Definition ({r.lang.trim() || 'new'})</Label>
            <TextArea rows={2} />
            <FieldError className="field-error" />
          </TextField>
          {rows.length > 1 && r.lang.trim() !== 'en' && (
            <Button className="link" onPress={() => onChange((previous) => previous.filter((x) => x.key !== r.key))}>
              Remove language {r.lang.trim() || i + 1}
            </Button>
          )}
        </fieldset>
      ))}
      <Button onPress={() => onChange((previous) => [...previous, { key: newKey(), lang: '', pref: '', alt: [], hidden: [], definition: '' }])}>Add a language</Button>
    </fieldset>
  );
}

/** A list of labels as removable tags, and a field to add one (Enter or the Add button). */
export function TagField({ label, lang, name, values, onChange, errors, description }: { label: string; lang: string; name: string; values: string[]; onChange: (v: string[]) => void; errors?: string[]; description?: string }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const add = () => {
    const t = text.trim();
    if (!t) return;
    if (values.includes(t)) return setProblem(`“${t}” is already listed.`);
    onChange([...values, t]);
    setText('');
    setProblem(null);
  };
  const full = `${label} (${lang || 'new'})`;
  return (
    <div className="tag-field" data-name={name}>
      <TagGroup className="tags" onRemove={(keys) => onChange(values.filter((v) => !keys.has(v)))} aria-describedby={errors?.length ? `${id}-err` : undefined}>
        <Label>{full}</Label>
        <TagList items={values.map((v) => ({ id: v }))} className="tag-list" renderEmptyState={() => <span className="muted small">None</span>}>
          {(item) => (
            <Tag id={item.id} textValue={item.id} className="tag">
              {item.id}
              <Button slot="remove" className="tag-remove">
                ×
              </Button>
            </Tag>
          )}
        </TagList>
        {description && (
          <Text slot="description" className="muted small">
            {description}
          </Text>
        )}
      </TagGroup>
      {errors?.length ? (
        <p id={`${id}-err`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      <TextField
        className="tag-add"
        value={text}
        onChange={(v) => {
          setText(v);
          setProblem(null);
        }}
        isInvalid={!!problem || undefined}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      >
        <Label className="sr-only">New {full.toLowerCase().replace(/s \(/, ' (')}</Label>
        <Input placeholder={`Add ${label.toLowerCase().replace(/s$/, '')}`} />
        <FieldError className="field-error">{problem}</FieldError>
      </TextField>
      <Button onPress={add} isDisabled={!text.trim()} aria-label={`Add to ${full.toLowerCase()}`}>
        Add
      </Button>
    </div>
  );
}
