import { useContext, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Collection, ComboBox, ComboBoxStateContext, Header, Input, Label, ListBox, ListBoxItem, ListBoxSection, Popover } from 'react-aria-components';
import { suggestQuery } from '../api/queries';
import type { Suggestions } from '../api/types';
import { Highlighted } from '../ui/Layout';
import { facetLabel } from './params';
import { useDebounced } from '../ui/useDebounced';

type Item = { id: string; kind: 'material'; slug: string; name: string; html?: string } | { id: string; kind: 'filter'; facet: string; value: string; count: number };
interface Section {
  id: string;
  name: string;
  items: Item[];
}

/** The answer of the suggest API as list sections: materials first, then filters. */
export function suggestionSections(s: Suggestions | undefined): Section[] {
  if (!s) return [];
  const sections: Section[] = [
    { id: 'materials', name: 'Materials', items: s.materials.map((m) => ({ id: `m:${m.slug}`, kind: 'material' as const, slug: m.slug, name: m.name, html: m._formatted?.name })) },
    { id: 'filters', name: 'Filters', items: s.concepts.map((c) => ({ id: `f:${c.facet}:${c.value}`, kind: 'filter' as const, facet: c.facet, value: c.value, count: c.count })) },
  ];
  return sections.filter((x) => x.items.length > 0);
}

const lastSegment = (path: string) => path.split(' > ').pop()!;
const filterText = (i: Extract<Item, { kind: 'filter' }>) => `${facetLabel(i.facet)}: ${lastSegment(i.value)}, ${i.count} material${i.count === 1 ? '' : 's'}`;

export interface SuggestBoxProps {
  label?: string;
  value: string;
  onChange: (text: string) => void;
  /** Enter without a highlighted suggestion, or the form's submit button */
  onSubmit: (text: string) => void;
  /** a material suggestion was chosen */
  onMaterial: (slug: string) => void;
  /** a filter suggestion was chosen: `facet` and the value (a path for hierarchies, e.g. "Metal > Titanium alloy") */
  onFilter: (facet: string, value: string) => void;
  placeholder?: string;
  debounceMs?: number;
  minLength?: number;
}

/**
 * The search box with search-as-you-type (React Aria ComboBox): suggestions appear under it while
 * typing, ArrowDown/ArrowUp move through them, Enter or a click chooses one (a material opens its
 * page, a filter is applied), Escape closes the list (keeping the text), and Enter with no suggestion highlighted
 * searches for the text. The API is asked once typing pauses (`debounceMs`); each text is its own
 * query, so a late answer for an older text is never shown and its request is aborted.
 */
export function SuggestBox({ label = 'Search materials', value, onChange, onSubmit, onMaterial, onFilter, placeholder, debounceMs = 150, minLength = 2 }: SuggestBoxProps) {
  const settled = useDebounced(value.trim(), debounceMs);
  const wanted = settled.length >= minLength && value.trim().length >= minLength;
  const { data, isFetching, isError } = useQuery({
    ...suggestQuery(settled),
    enabled: settled.length >= minLength,
    // While a longer text loads, the list of the text it extends stays (no flicker); an unrelated text starts empty.
    placeholderData: (previous, previousQuery) => (previousQuery && settled.startsWith(String(previousQuery.queryKey[1])) ? previous : undefined),
  });
  const sections = wanted ? suggestionSections(data) : [];
  const waiting = value.trim() !== settled || isFetching;
  const state = useRef<ComboState>(null);

  const choose = (item: Item) => {
    if (item.kind === 'material') onMaterial(item.slug);
    else onFilter(item.facet, item.value);
  };

  return (
    <div
      className="suggest"
      onKeyDownCapture={(e) => {
        // Enter while the list is open but nothing is highlighted searches at once (React Aria would only close the list).
        const st = state.current;
        // Escape closes the list and keeps the text (React Aria and a search input would clear it).
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          st?.close();
          return;
        }
        if (e.key === 'Enter' && st?.isOpen && st.selectionManager.focusedKey == null) {
          e.preventDefault();
          e.stopPropagation();
          st.close();
          onSubmit(value);
        }
      }}
    >
      <ComboBox
        items={sections}
        inputValue={value}
        onInputChange={onChange}
        allowsCustomValue
        // open while a text long enough is typed, even before its suggestions arrive ("Searching…")
        allowsEmptyCollection={value.trim().length >= minLength}
        menuTrigger="input"
        selectedKey={null}
      >
        <StateBridge target={state} />
        <Label>{label}</Label>
        <Input type="search" placeholder={placeholder} />
        <Popover className="suggest-popover" placement="bottom start" offset={4}>
          <ListBox<Section> className="suggest-list" renderEmptyState={() => (
              <p className="suggest-empty muted">{waiting ? 'Searching…' : isError ? 'Suggestions are unavailable; press Enter to search.' : 'No suggestions; press Enter to search.'}</p>
            )}>
            {(section) => (
              <ListBoxSection id={section.id} className="suggest-section">
                <Header className="suggest-header">{section.name}</Header>
                <Collection items={section.items}>
                  {(item) =>
                    item.kind === 'material' ? (
                      <ListBoxItem id={item.id} textValue={item.name} className="suggest-item" onAction={() => choose(item)}>
                        <span>
                          <Highlighted html={item.html} fallback={item.name} />
                        </span>
                      </ListBoxItem>
                    ) : (
                      <ListBoxItem id={item.id} textValue={filterText(item)} className="suggest-item" onAction={() => choose(item)}>
                        <span>
                          <span className="muted">{facetLabel(item.facet)}:</span> {lastSegment(item.value)}
                          {item.value.includes(' > ') && <span className="muted small"> ({item.value.split(' > ').slice(0, -1).join(' › ')})</span>}
                        </span>
                        <span className="count" aria-hidden="true">
                          {item.count}
                        </span>
                      </ListBoxItem>
                    )
                  }
                </Collection>
              </ListBoxSection>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}

/** Hands the ComboBox's state to the wrapper's key handler. */
type ComboState = React.ContextType<typeof ComboBoxStateContext>;
function StateBridge({ target }: { target: React.RefObject<ComboState> }) {
  target.current = useContext(ComboBoxStateContext);
  return null;
}
