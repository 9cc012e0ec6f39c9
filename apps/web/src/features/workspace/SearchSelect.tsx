import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';

interface SearchSelectProps<T> {
  label: string;
  placeholder: string;
  /** Cache key of one search; `q` is the debounced text. */
  queryKey: (q: string) => readonly unknown[];
  search: (q: string) => Promise<T[]>;
  /** Shortest text worth asking the server about. */
  minLength?: number;
  /** Turns the typed text into the query (e.g. drops a leading `#`). */
  normalize?: (text: string) => string;
  toOption: (item: T) => { value: string; label: string };
  /** Items never offered (e.g. the record being worked on). */
  exclude?: (item: T) => boolean;
  nothingFound: (q: string) => string;
  onPick: (item: T) => void;
}

/**
 * A look-up that asks the server as the agent types and offers what it answered, unfiltered:
 * the server already matched fuzzily (folded diacritics, numbers), and filtering again here would
 * hide its matches.
 */
export function SearchSelect<T>({
  label,
  placeholder,
  queryKey,
  search,
  minLength = 2,
  normalize = (text) => text.trim(),
  toOption,
  exclude,
  nothingFound,
  onPick,
}: SearchSelectProps<T>) {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(normalize(text), 250);
  const { data = [], isFetching } = useQuery({
    queryKey: queryKey(q),
    queryFn: () => search(q),
    enabled: q.length >= minLength,
  });
  const items = exclude ? data.filter((item) => !exclude(item)) : data;
  const options = items.map(toOption);
  return (
    <Select
      size="xs"
      label={label}
      placeholder={placeholder}
      searchable
      searchValue={text}
      onSearchChange={setText}
      filter={({ options: all }) => all}
      value={null}
      data={options}
      nothingFoundMessage={q.length >= minLength && !isFetching ? nothingFound(q) : undefined}
      onChange={(value) => {
        const index = options.findIndex((o) => o.value === value);
        if (index >= 0) onPick(items[index]!);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
