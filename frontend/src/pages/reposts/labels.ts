import type { RepostTargetState } from '../../api/types';

export const TARGET_STATE_LABELS: Record<RepostTargetState, string> = {
  DONE: '已转发',
  PENDING: '待转发',
  OVERDUE: '逾期未转发',
};

export const TARGET_STATE_COLORS: Record<RepostTargetState, string> = {
  DONE: 'green',
  PENDING: 'blue',
  OVERDUE: 'red',
};

export const percent = (rate: number) => `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;
