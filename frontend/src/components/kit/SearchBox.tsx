import { Input } from 'antd';
import type { SearchProps } from 'antd/es/input';
import { useState } from 'react';

export type SearchBoxProps = Omit<SearchProps, 'value' | 'defaultValue' | 'onSearch'> & {
  /** the search the list applies now (from the URL) */
  value: string | undefined;
  /** on Enter, the search button or clearing: the trimmed text, undefined when empty */
  onSearch: (value: string | undefined) => void;
};

/** A search field showing the list's current search, applied on Enter like the pages always did. */
export function SearchBox({ value, onSearch, onChange, ...props }: SearchBoxProps) {
  const [text, setText] = useState(value ?? '');
  const [applied, setApplied] = useState(value);
  // the URL changed under the field (back button, reset): show what the list now searches
  if (applied !== value) {
    setApplied(value);
    setText(value ?? '');
  }
  return (
    <Input.Search
      allowClear
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange?.(event);
      }}
      onSearch={(next) => onSearch(next.trim() || undefined)}
    />
  );
}
