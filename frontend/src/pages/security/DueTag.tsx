import { Tag } from 'antd';
import type { DueState } from '../../api/types';
import { DUE_STATE_COLORS, DUE_STATE_LABELS } from '../../locales/security';

export function DueTag({ state }: { state: DueState }) {
  return <Tag color={DUE_STATE_COLORS[state]}>{DUE_STATE_LABELS[state]}</Tag>;
}
