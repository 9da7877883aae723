import { Tag } from 'antd';
import type { FilingResponse } from '../../api/types';
import { formatDate, todayInShanghai } from '../../utils/dates';
import { AssumedWeekdaysNote } from '../calendar/assumed';
import { deadlineTag } from './deadline';

export function DeadlineCell({ filing }: { filing: FilingResponse }) {
  const tag = deadlineTag(filing, todayInShanghai());
  return (
    <span>
      {formatDate(filing.provincialDeadline)}{' '}
      {tag && (
        <Tag color={tag.color} data-testid="deadline-tag">
          {tag.text}
        </Tag>
      )}
      {tag && <AssumedWeekdaysNote date={filing.provincialDeadline} />}
    </span>
  );
}
