import { Form } from 'antd';
import { OrganizationTreeSelect } from '../OrganizationTreeSelect';

interface OrganizationFilterProps {
  label?: string;
  /** the select's accessible name where the label alone is ambiguous, e.g. 终端单位筛选 */
  ariaLabel?: string;
  placeholder?: string;
  width?: number;
}

/** A list's 单位 filter: the organization tree within the caller's scope, cleared to 全部. */
export function OrganizationFilter({
  label = '单位',
  ariaLabel,
  placeholder = '全部',
  width = 240,
}: OrganizationFilterProps) {
  return (
    <Form.Item name="organizationId" label={label}>
      <OrganizationTreeSelect
        aria-label={ariaLabel}
        allowClear
        placeholder={placeholder}
        style={{ width }}
      />
    </Form.Item>
  );
}
