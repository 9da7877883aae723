import { render, screen } from '@testing-library/react';
import type { TicketVersion } from '../../api/types';
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
  it('shows the findings of the submitted version and who confirmed its warnings [19.3]', () => {
    render(
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
      />,
    );
    expect(screen.getByText('提交时的自动检查（第 2 版）')).toBeInTheDocument();
    expect(screen.getByText(/作者 cc-operator 于 .* 确认了 1 个提示后提交/)).toBeInTheDocument();
    expect(screen.getByText('正文含个人观点表述（《办法》第十九条）')).toBeInTheDocument();
  });

  it('shows nothing before the ticket was submitted', () => {
    const { container } = render(<SubmittedCheck versions={[version(1, {})]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
