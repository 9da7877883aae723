import type { Dayjs } from 'dayjs';
import type { MeasureRequest, MeasureType } from '../../api/types';
import { toIsoDate } from '../../utils/dates';

/** The 记录处理措施 form as it holds its values. */
export interface MeasureValues {
  type: MeasureType;
  target: 'ACCOUNT' | 'ORGANIZATION';
  accountId?: number;
  organizationId?: number;
  basis: string;
  documentNumber?: string;
  decidedOn: Dayjs;
  announcementStartsOn?: Dayjs | null;
}

/** The createMeasure body: only the chosen target; the announcement date only for 责令关闭. */
export function measureBody(values: MeasureValues): MeasureRequest {
  const body: MeasureRequest = {
    type: values.type,
    basis: values.basis.trim(),
    decidedOn: toIsoDate(values.decidedOn) ?? '',
  };
  if (values.target === 'ORGANIZATION') body.organizationId = values.organizationId;
  else body.accountId = values.accountId;
  const documentNumber = values.documentNumber?.trim();
  if (documentNumber) body.documentNumber = documentNumber;
  if (values.type === 'ORDERED_CLOSURE' && values.announcementStartsOn)
    body.announcementStartsOn = toIsoDate(values.announcementStartsOn);
  return body;
}
