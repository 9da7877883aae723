import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useAccountSearch } from './queries';

/** A select of the accounts found by name as the user types (within the caller's scope). */
export function AccountSearchSelect(
  props: Omit<SelectProps, 'showSearch' | 'loading' | 'options' | 'placeholder'>,
) {
  const [q, setQ] = useState('');
  const accounts = useAccountSearch(q);
  return (
    <Select
      {...props}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      loading={accounts.isFetching}
      placeholder="输入账号名称搜索"
      options={accounts.data ?? []}
    />
  );
}
