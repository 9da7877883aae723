import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TicketResponse } from '../../api/types';
import { ReviewList } from './list';
import { json, pageOf, renderApp } from '../../test/http';

const ticket = (
  id: number,
  title: string,
  status: TicketResponse['status'],
  nextStepRoles: TicketResponse['nextStepRoles'],
  plannedAt?: string,
): TicketResponse => ({
  id,
  accountId: 11,
  accountName: '崇川教育',
  author: 'cc-operator',
  title,
  body: '正文',
  bodyFormat: 'TEXT',
  classification: 'MAJOR',
  contentVersion: 1,
  createdAt: '2026-11-28T01:00:00Z',
  updatedAt: '2026-11-28T01:00:00Z',
  currentStep: status === 'IN_REVIEW' ? 1 : 0,
  decisions: [],
  hostOrganizationId: 19,
  nextStepRoles,
  nextStepSigners: [],
  origin: 'ORIGINAL',
  plannedAt,
  status,
  version: 0,
  confidentiality: { required: false },
});

let queries: URLSearchParams[] = [];

function renderList() {
  queries = [];
  renderApp(<ReviewList />, {
    user: { username: 'cc-reviewer', roles: ['REVIEWER'] },
    api: (request, path) => {
      if (path === '/api/v1/accounts') return json(pageOf([{ id: 11, name: '崇川教育' }], 1, 100));
      if (path !== '/api/v1/review-tickets') return undefined;
      const query = new URL(request.url).searchParams;
      queries.push(query);
      // the API filters: this stub answers 我的待审 with the one ticket awaiting a REVIEWER
      const items = [
        ticket(1, '运动会开幕', 'IN_REVIEW', ['REVIEWER']),
        ticket(2, '防汛通知', 'IN_REVIEW', ['PRINCIPAL_LEADER'], '2026-11-27T01:00:00Z'),
        ticket(3, '招生简章', 'DRAFT', []),
      ]
        .filter((t) => !query.get('status') || t.status === query.get('status'))
        .filter((t) => query.get('awaitingMe') !== 'true' || t.id === 1);
      return json(pageOf(items));
    },
  });
}

describe('ReviewList', () => {
  it('lists tickets in Chinese and asks the API for 我的待审', async () => {
    const user = userEvent.setup();
    renderList();

    const all = await screen.findByText('招生简章');
    const row = all.closest('tr') as HTMLElement;
    expect(within(row).getByText('草稿')).toBeInTheDocument();
    expect(within(row).getByText('重大敏感')).toBeInTheDocument();
    expect(screen.getByText('主要领导')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /撰\s*写/ })).toBeNull();

    await user.click(screen.getByRole('tab', { name: '我的待审' }));

    expect(await screen.findByText('运动会开幕')).toBeInTheDocument();
    expect(screen.queryByText('防汛通知')).toBeNull();
    expect(screen.queryByText('招生简章')).toBeNull();
    expect(queries.at(-1)?.get('awaitingMe')).toBe('true');
    expect(queries.at(-1)?.has('status')).toBe(false);
    expect(queries.at(-1)?.get('page')).toBe('1');
    expect(queries.at(-1)?.get('size')).toBe('20');
  });

  it('sends 分级 and 逾期 to the API and flags overdue tickets', async () => {
    const user = userEvent.setup();
    renderList();

    const overdue = (await screen.findByText('防汛通知')).closest('tr') as HTMLElement;
    expect(within(overdue).getByText('逾期')).toBeInTheDocument();
    expect(within(overdue).getByText(/^2026-11-27 /)).toBeInTheDocument();
    expect(queries.at(-1)?.has('classification')).toBe(false);
    expect(queries.at(-1)?.has('overdue')).toBe(false);

    await user.click(screen.getByRole('combobox', { name: '分级' }));
    await user.click(await screen.findByTitle('重要'));
    await waitFor(() => expect(queries.at(-1)?.get('classification')).toBe('IMPORTANT'));

    await user.click(screen.getByRole('checkbox', { name: '逾期' }));
    await waitFor(() => expect(queries.at(-1)?.get('overdue')).toBe('true'));
    expect(queries.at(-1)?.get('classification')).toBe('IMPORTANT');
    expect(queries.at(-1)?.get('page')).toBe('1');

    await user.click(screen.getByRole('checkbox', { name: '逾期' }));
    await waitFor(() => expect(queries.at(-1)?.has('overdue')).toBe(false));
  });
});
