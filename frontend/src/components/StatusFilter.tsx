import { Select, Space } from 'antd';
import { optionsOf } from '../locales/zh-CN';

/** The 状态 select above a list; picking a value is also the moment to go back to page 1. */
export function StatusFilter<T extends string>({
  label,
  labels,
  value,
  onChange,
}: {
  label: string;
  labels: Record<T, string>;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <Space>
      <span>状态</span>
      <Select
        aria-label={label}
        allowClear
        placeholder="全部"
        value={value}
        onChange={onChange}
        options={optionsOf<T>(labels)}
        style={{ width: 120 }}
      />
    </Space>
  );
}
