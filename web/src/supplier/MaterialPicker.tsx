import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { api, call } from '../api/client';
import { useDebounced } from '../ui/useDebounced';

/**
 * Picks a published material by searching its name, synonyms or trade names (the search index),
 * instead of typing its slug. The form field `name` carries the chosen slug.
 */
export function MaterialPicker({ name, value, onChange, label = 'Material' }: { name: string; value: string; onChange: (slug: string) => void; label?: string }) {
  const [text, setText] = useState(value);
  const q = useDebounced(text.trim(), 200);
  const { data, isFetching } = useQuery({
    queryKey: ['material-picker', q],
    enabled: q.length >= 2,
    queryFn: ({ signal }) => call(() => api.GET('/api/v1/search/materials', { params: { query: { q, perPage: 10, facets: '' } as never }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const items = q.length >= 2 ? (data?.hits ?? []).map((h) => ({ id: h.slug, name: h.name, cls: h.class.label })) : [];
  return (
    <div className="picker-wrap" onKeyDownCapture={(e) => e.key === 'Enter' && e.preventDefault()}>
      <ComboBox
        className="field picker"
        name={name}
        items={items}
        inputValue={text}
        onInputChange={setText}
        selectedKey={value || null}
        allowsEmptyCollection
        isRequired
        onSelectionChange={(key) => {
          const hit = items.find((x) => x.id === key);
          if (hit) {
            onChange(hit.id);
            setText(hit.name);
          }
        }}
      >
        <Label>{label}</Label>
        <Input placeholder="Type a material name…" />
        <Text slot="description" className="muted small">
          {value ? `Chosen: ${value}` : 'Search the catalogue by name, synonym or trade name, then pick the material.'}
        </Text>
        <FieldError className="field-error" />
        <Popover className="suggest-popover" placement="bottom start" offset={4}>
          <ListBox className="suggest-list" renderEmptyState={() => <p className="suggest-empty muted">{q.length < 2 ? 'Type two letters or more.' : isFetching ? 'Searching…' : 'No material matches.'}</p>}>
            {(m: { id: string; name: string; cls: string | null }) => (
              <ListBoxItem id={m.id} textValue={m.name} className="suggest-item">
                <span>{m.name}</span>
                {m.cls && <span className="muted small"> {m.cls}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}
