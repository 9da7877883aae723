import dayjs from 'dayjs';
import { measureBody } from './values';

describe('measure values', () => {
  it('sends only the chosen target of a measure, and the announcement date only for a closure', () => {
    const base = { basis: ' 抽查发现两周未更新 ', decidedOn: dayjs('2026-11-20') };
    expect(
      measureBody({
        ...base,
        type: 'WARNING',
        target: 'ORGANIZATION',
        accountId: 3,
        organizationId: 19,
        documentNumber: ' ',
        announcementStartsOn: dayjs('2026-11-21'),
      }),
    ).toEqual({
      type: 'WARNING',
      basis: '抽查发现两周未更新',
      decidedOn: '2026-11-20',
      organizationId: 19,
    });
    expect(
      measureBody({
        ...base,
        type: 'ORDERED_CLOSURE',
        target: 'ACCOUNT',
        accountId: 3,
        documentNumber: '通政办〔2026〕12号',
        announcementStartsOn: dayjs('2026-11-23'),
      }),
    ).toEqual({
      type: 'ORDERED_CLOSURE',
      basis: '抽查发现两周未更新',
      decidedOn: '2026-11-20',
      accountId: 3,
      documentNumber: '通政办〔2026〕12号',
      announcementStartsOn: '2026-11-23',
    });
  });
});
