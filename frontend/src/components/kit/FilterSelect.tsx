import { Form, Select, type SelectProps } from 'antd';
import { optionsOf } from '../../locales/zh-CN';

type FilterSelectProps = Omit<SelectProps, 'allowClear' | 'placeholder' | 'style'> & {
  name: string;
  label: string;
  width: number;
  /** the code → Chinese label table to choose from, when `options` is not given */
  labels?: Readonly<Record<string, string>>;
};

/** One 全部-or-a-value select in a FilterForm. */
export function FilterSelect({
  name,
  label,
  options,
  labels,
  width,
  ...select
}: FilterSelectProps) {
  return (
    <Form.Item name={name} label={label}>
      <Select
        allowClear
        placeholder="全部"
        options={options ?? (labels && optionsOf(labels))}
        style={{ width }}
        {...select}
      />
    </Form.Item>
  );
}
