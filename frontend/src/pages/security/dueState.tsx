import type { DueState } from '../../api/types';
import type { Columns } from '../../components/kit';
import { DueTag } from './DueTag';

/** The column of a document's review or a device's check: current, due soon or overdue. */
export function dueStateColumn<T>(title: string): Columns<T>[number] {
  return { title, dataIndex: 'dueState', render: (state: DueState) => <DueTag state={state} /> };
}
