import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComplaintResponse } from '../../api/types';
import { InteractionShow } from './show';
import { json, pageOf, renderApp } from '../../test/http';

const complaint: ComplaintResponse = {
  id: 3,
  trackingNumber: 'TS2026112800001',
  kind: 'COMPLAINT',
  title: '校门口拥堵',
  content: '早高峰拥堵',
  status: 'RECEIVED',
  moderation: 'PENDING',
  targetOrganizationId: 19,
  targetOrganizationName: '南通市崇川区教育体育局',
  dueOn: '2026-12-05',
  overdue: true,
  hasContact: true,
  createdAt: '2026-11-28T01:00:00Z',
  updatedAt: '2026-11-28T01:00:00Z',
  version: 4,
};

let posts: { path: string; body: unknown }[] = [];

function renderShow(roles: string[], organizationId: number) {
  posts = [];
  renderApp([{ path: '/interactions/:id', element: <InteractionShow /> }], {
    path: '/interactions/3',
    user: { username: 'cc-operator', roles, me: { organization: { id: organizationId } } },
    api: async (request, path) => {
      if (request.method === 'POST') {
        posts.push({ path, body: await request.json() });
        return json({ ...complaint, moderation: 'PUBLISHED', version: 5 });
      }
      if (path === '/api/v1/complaints/3') return json(complaint);
      if (path === '/api/v1/complaints/3/timeline')
        return json([
          {
            action: 'SUBMIT',
            actor: 'anonymous',
            actorRoles: [],
            occurredAt: '2026-11-28T01:00:00Z',
          },
        ]);
      if (path === '/api/v1/complaints/3/photos')
        return json([
          { id: 7, position: 1, mediaType: 'image/png', byteSize: 8, width: 1, height: 1 },
        ]);
      if (path === '/api/v1/complaints/3/photos/7')
        return new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
          headers: { 'Content-Type': 'image/png' },
        });
      if (path === '/api/v1/complaints/3/contact')
        return json({ name: '张明', phone: '13912345678' });
      if (path === '/api/v1/me') return undefined;
      return json(pageOf([], 1, 100));
    },
  });
}

describe('InteractionShow', () => {
  it('shows the attached photos, fetched with the token and displayed from a blob', async () => {
    const createObjectURL = vi.fn(() => 'blob:photo-7');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    renderShow(['HANDLER'], 23);
    expect(await screen.findByRole('img', { name: '照片 1' }, { timeout: 10_000 })).toHaveAttribute(
      'src',
      'blob:photo-7',
    );
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('asks for a reason to hide, then moderates with the version read', async () => {
    const user = userEvent.setup();
    renderShow(['OPERATOR'], 19);
    await user.click(await screen.findByRole('button', { name: '审核公开' }));
    const dialog = await screen.findByRole('dialog', { name: '审核公开' });
    expect(screen.getByText('逾期')).toBeInTheDocument();
    expect(screen.getByText('公众')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('隐藏'));
    await user.click(within(dialog).getByRole('button', { name: /确\s?定/ }));
    expect(await within(dialog).findByText('隐藏须说明理由')).toBeInTheDocument();
    expect(posts).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('理由'), '含有广告内容');
    await user.click(within(dialog).getByRole('button', { name: /确\s?定/ }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({
      path: '/api/v1/complaints/3/moderation',
      body: { action: 'HIDE', reason: '含有广告内容', version: 4 },
    });
  }, 60_000);

  it('reveals the contact only on request, with the note that reads are logged', async () => {
    const user = userEvent.setup();
    renderShow(['OPERATOR'], 19);
    expect(await screen.findByText(/每次查看都会被记录/)).toBeInTheDocument();
    expect(screen.queryByText('13912345678')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /查看联系方式/ }));
    expect(await screen.findByText('13912345678')).toBeInTheDocument();
  }, 60_000);

  it('shows a supervisor no actions and no contact', async () => {
    renderShow(['SUPERVISOR'], 8);
    expect(await screen.findByText('早高峰拥堵')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('公众')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: '审核公开' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /转\s?办/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /查看联系方式/ })).not.toBeInTheDocument();
  }, 60_000);
});
