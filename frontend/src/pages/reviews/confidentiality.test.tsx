import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TicketResponse } from '../../api/types';
import { json, renderApp } from '../../test/http';
import { ConfidentialityReview } from './confidentiality';

const flagged: TicketResponse = {
  id: 5,
  accountId: 11,
  accountName: '崇川教育',
  author: 'cc-operator',
  title: '内部通知',
  body: '本通知为内部资料。',
  bodyFormat: 'TEXT',
  classification: 'IMPORTANT',
  contentVersion: 1,
  createdAt: '2026-11-28T01:00:00Z',
  updatedAt: '2026-11-28T01:00:00Z',
  currentStep: 1,
  decisions: [],
  hostOrganizationId: 19,
  nextStepRoles: ['REVIEWER'],
  nextStepSigners: [],
  origin: 'ORIGINAL',
  status: 'IN_REVIEW',
  version: 2,
  confidentiality: { required: true },
};

describe('ConfidentialityReview (Art 28.3)', () => {
  it('asks a reviewer for the 保密审查 and sends the note with the version read', async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(<ConfidentialityReview ticket={flagged} canAttest />, {
      user: { roles: ['REVIEWER'] },
      api: (request, pathname) =>
        pathname === '/api/v1/review-tickets/5/confidentiality-attestation' &&
        request.method === 'PUT'
          ? json({ ...flagged, version: 3 })
          : undefined,
    });

    expect(await screen.findByText('须进行保密审查')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保密审查' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('保密审查意见'), '不涉及国家秘密');
    await user.click(within(dialog).getByRole('button', { name: /确\s?认/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({ note: '不涉及国家秘密', version: 2 });
  });

  it('shows the recorded attestation, and nothing for content without a secrecy mark', async () => {
    const attested = {
      ...flagged,
      confidentiality: { required: true, attestedBy: 'cc-reviewer', note: '已核对' },
    };
    const { unmount } = renderApp(<ConfidentialityReview ticket={attested} canAttest />);
    expect(await screen.findByText(/保密审查已完成：cc-reviewer/)).toBeInTheDocument();
    expect(screen.getByText('已核对')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保密审查' })).not.toBeInTheDocument();
    unmount();

    renderApp(
      <ConfidentialityReview
        ticket={{ ...flagged, confidentiality: { required: false } }}
        canAttest
      />,
    );
    expect(screen.queryByText('须进行保密审查')).not.toBeInTheDocument();
  });
});
