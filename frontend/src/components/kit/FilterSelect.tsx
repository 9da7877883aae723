import { Form, Select, type SelectProps } from 'antd';

/** One 全部-or-a-value select in a FilterForm. */
export function FilterSelect({
  name,
  label,
  options,
  width,
  ...select
}: Omit<SelectProps, 'allowClear' | 'placeholder' | 'style'> & {
  name: string;
  label: string;
  width: number;
}) {
  return (
    <Form.Item name={name} label={label}>
      <Select allowClear placeholder="全部" options={options} style={{ width }} {...select} />
    </Form.Item>
  );
}
