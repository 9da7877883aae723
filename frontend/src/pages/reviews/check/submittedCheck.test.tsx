import { screen } from '@testing-library/react';
import { peopleApi, renderApp } from '../../../test/http';
import type { TicketVersion } from '../../../api/types';
import { SubmittedCheck } from './submittedCheck';

const version = (number: number, checked: Partial<TicketVersion>): TicketVersion => ({
  number,
  title: '通知',
  body: '我觉得本次活动非常成功。',
  createdBy: 'cc-operator',
  createdAt: '2026-12-05T01:00:00Z',
  ...checked,
});

describe('SubmittedCheck', () => {
  it('shows the findings of the submitted version and who confirmed its warnings [19.3]', async () => {
    renderApp(
      [
        {
          path: '/',
          element: (
            <SubmittedCheck
              versions={[
                version(1, {}),
                version(2, {
                  checkedAt: '2026-12-05T02:00:00Z',
                  warningsConfirmedBy: 'cc-operator',
                  warningsConfirmedAt: '2026-12-05T02:00:00Z',
                  checkFindings: [
                    {
                      type: 'PERSONAL_OPINION',
                      severity: 'WARNING',
                      field: 'BODY',
                      start: 0,
                      end: 3,
                      text: '我觉得',
                      article: 'Art 19',
                      message: '正文含个人观点表述（《办法》第十九条）',
                    },
                  ],
                }),
              ]}
            />
          ),
        },
      ],
      {
        path: '/',
        api: peopleApi(['cc-operator', '张运营']),
      },
    );
    expect(screen.getByText('提交时的自动检查（第 2 版）')).toBeInTheDocument();
    // the author by name, not by login id
    expect(await screen.findByText('张运营')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/作者 张运营 于 .* 确认了 1 个提示后提交/);
    expect(screen.getByText('正文含个人观点表述（《办法》第十九条）')).toBeInTheDocument();
  });

  it('shows nothing before the ticket was submitted', () => {
    renderApp([{ path: '/', element: <SubmittedCheck versions={[version(1, {})]} /> }], {
      path: '/',
    });
    expect(screen.queryByText(/提交时的自动检查/)).toBeNull();
  });
});
