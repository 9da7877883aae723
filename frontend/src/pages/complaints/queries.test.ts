import { complaintQuery } from './queries';

describe('complaintQuery', () => {
  it('sends the filters of the queue as query parameters and leaves unset ones out', () => {
    expect(complaintQuery({}, 1, 20)).toEqual({ page: 1, size: 20 });
    expect(
      complaintQuery(
        {
          kind: 'CONSULTATION',
          status: 'FORWARDED',
          overdue: true,
          organizationId: 19,
          q: ' 转学 ',
        },
        3,
        50,
        'dueOn,asc',
      ),
    ).toEqual({
      kind: 'CONSULTATION',
      status: 'FORWARDED',
      overdue: true,
      organizationId: 19,
      q: '转学',
      page: 3,
      size: 50,
      sort: 'dueOn,asc',
    });
  });

  it('drops a false 逾期 flag and a blank search', () => {
    const query = complaintQuery({ overdue: false, q: '   ' }, 1, 20);
    expect(query).not.toHaveProperty('overdue');
    expect(query).not.toHaveProperty('q');
    expect(query).not.toHaveProperty('sort');
  });
});
