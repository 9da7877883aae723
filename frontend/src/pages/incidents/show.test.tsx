import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IncidentDetail } from '../../api/types';
import { json, renderApp } from '../../test/http';
import { incident } from '../../test/fixtures';
import { IncidentShow } from './show';

const detail: IncidentDetail = {
  incident: {
    ...incident,
    status: 'ESCALATED',
    escalatedToOrganizationName: '南通市崇川区人民政府办公室',
    alerts: ['AWAITING_ACKNOWLEDGEMENT'],
    version: 1,
  },
  timeline: [
    {
      id: 1,
      kind: 'DISCOVERED',
      occurredAt: '2026-12-04T01:00:00Z',
      recordedBy: 'cc-operator',
      notifiedPerson: '王敏 13812345678',
    },
    {
      id: 2,
      kind: 'ESCALATED',
      occurredAt: '2026-12-04T02:30:00Z',
      recordedBy: 'cc-operator',
      notifiedPerson: '赵敏 13912345678',
      onTime: false,
    },
  ],
  tickets: [],
  accountability: [],
};

function renderShow(roles: string[]) {
  return renderApp([{ path: '/incidents/:id', element: <IncidentShow /> }], {
    path: '/incidents/5',
    user: { roles },
    api: (request, pathname) => {
      if (pathname === '/api/v1/incidents/5') return json(detail);
      if (pathname === '/api/v1/incidents/5/events' && request.method === 'POST')
        return json(detail);
      if (pathname === '/api/v1/organizations/tree') return json([]);
      return undefined;
    },
  });
}

describe('IncidentShow (Art 23, 29, 33)', () => {
  it('shows the timeline with who on duty was told and a late report in red', async () => {
    renderShow(['OPERATOR']);
    expect(
      await screen.findByText(/已通知值班人员 赵敏 13912345678；超过时限/),
    ).toBeInTheDocument();
    expect(screen.getByText('待主管单位签收')).toHaveClass('ant-tag-gold');
    // the operator of the host neither acknowledges nor holds to account
    expect(screen.queryByRole('button', { name: '主管单位签收' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录问责' })).not.toBeInTheDocument();
  });

  it('lets the competent authority acknowledge, and closes only with cause and measures', async () => {
    const user = userEvent.setup();
    const { requests } = renderShow(['SUPERVISOR']);

    await user.click(await screen.findByRole('button', { name: '主管单位签收' }));
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /确\s?定/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ kind: 'ACKNOWLEDGED', version: 1 });

    await user.click(screen.getByRole('button', { name: /办\s?结/ }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /确\s?定/ }));
    expect(await within(dialog).findByText('请填写事件原因')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写整改措施')).toBeInTheDocument();
  });
});
