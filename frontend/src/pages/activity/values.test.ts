import type { Overview } from '../../api/types';
import { activityQuery } from './queries';
import { compliantShare, overviewCharts } from './values';

describe('activity values', () => {
  it('labels the overview charts in Chinese and keeps the weekly trend in order', () => {
    const overview: Overview = {
      asOf: '2026-11-28',
      activity: { live: 4, silent: 1, dormant: 0, vetoed: 1 },
      byStatus: [
        { key: 'ACTIVE', count: 4 },
        { key: 'CLOSED', count: 1 },
      ],
      byPlatform: [{ key: 'WECHAT_OFFICIAL', count: 5 }],
      overdueFilings: 0,
      overdueDeliveries: 0,
      overdueReplies: 2,
      trend: [
        {
          weekStarting: '2026-11-16',
          snapshotDay: '2026-11-22',
          accounts: 3,
          silent: 0,
          dormant: 0,
          vetoed: 0,
        },
        {
          weekStarting: '2026-11-23',
          snapshotDay: '2026-11-28',
          accounts: 4,
          silent: 1,
          dormant: 0,
          vetoed: 1,
        },
      ],
    };
    const charts = overviewCharts(overview);
    expect(charts.byStatus.xAxis).toMatchObject({ data: ['已开通', '已关停'] });
    expect(charts.byPlatform.series).toEqual([
      expect.objectContaining({ data: [{ name: '微信公众号', value: 5 }] }),
    ]);
    expect(charts.trend.xAxis).toMatchObject({ data: ['11-16', '11-23'] });
    expect(charts.trend.series).toContainEqual({ name: '一周未更新', type: 'line', data: [0, 1] });
    expect(charts.trend.series).toContainEqual({ name: '触发否决项', type: 'line', data: [0, 1] });
  });

  it('shows the share of compliant accounts', () => {
    expect(compliantShare(2, 3)).toBe('67%');
    expect(compliantShare(0, 0)).toBe('—');
  });

  it('leaves unset activity filters out of the query', () => {
    expect(activityQuery({}, 1, 20)).toEqual({ page: 1, size: 20 });
    expect(
      activityQuery(
        { asOf: '2026-11-01', flag: 'DORMANT_CANDIDATE', platform: 'WEIBO', organizationId: 0 },
        2,
        50,
      ),
    ).toEqual({
      asOf: '2026-11-01',
      flag: 'DORMANT_CANDIDATE',
      platform: 'WEIBO',
      organizationId: 0,
      page: 2,
      size: 50,
    });
  });
});
