import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { api, call } from '../api/client';
import type { Concept, Page } from '../api/types';
import { useDebounced } from '../ui/useDebounced';
import { conceptName } from '../ui/money';

export { conceptName };

/**
 * Finds a concept of `scheme` by any of its labels (the vocabulary API's `q`, in any language) and
 * hands its id to `onPick`; the field empties for the next one. Concepts in `exclude` are not offered.
 */
export function ConceptPicker({ scheme, label, onPick, exclude = [], description }: { scheme: string; label: string; onPick: (c: Concept) => void; exclude?: string[]; description?: string }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const { data, isFetching } = useQuery({
    queryKey: ['concepts', scheme, q],
    queryFn: ({ signal }) => call(() => api.GET('/api/v1/vocabulary/concepts', { params: { query: { scheme, perPage: 20, ...(q && { q }) } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const items = (data?.items ?? []).filter((c) => !exclude.includes(c.id));
  return (
    // Enter chooses the highlighted concept; it never submits the form around the picker.
    <div className="picker-wrap" onKeyDownCapture={(e) => e.key === 'Enter' && e.preventDefault()}>
    <ComboBox
      className="field picker"
      items={items}
      inputValue={text}
      onInputChange={setText}
      selectedKey={null}
      allowsEmptyCollection
      onSelectionChange={(key) => {
        const c = items.find((x) => x.id === key);
        if (c) {
          onPick(c);
          setText('');
        }
      }}
    >
      <Label>{label}</Label>
      <Input placeholder="Type a label…" />
      {description && (
        <Text slot="description" className="muted small">
          {description}
        </Text>
      )}
      <Popover className="suggest-popover" placement="bottom start" offset={4}>
        <ListBox<Concept> className="suggest-list" renderEmptyState={() => <p className="suggest-empty muted">{isFetching || q !== text.trim() ? 'Searching…' : 'No concept matches.'}</p>}>
          {(c) => (
            <ListBoxItem id={c.id} textValue={conceptName(c)} className="suggest-item">
              <span>{conceptName(c)}</span>
              <span className="muted small">{c.id}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
    </div>
  );
}
