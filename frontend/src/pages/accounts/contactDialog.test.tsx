import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountResponse } from '../../api/types';
import { json, renderApp } from '../../test/http';
import { ContactDialog } from './contactDialog';

const account = {
  id: 7,
  name: '崇川教育',
  responsiblePhone: '051385123456',
  avatarUrl: undefined,
  version: 3,
} as unknown as AccountResponse;

describe('ContactDialog', () => {
  it('changes only the unfiled fields, with the version read, and checks them first', async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(<ContactDialog account={account} onClose={() => undefined} />, {
      api: (request, path) =>
        request.method === 'PATCH' && path === '/api/v1/accounts/7' ? json(account) : undefined,
    });
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('变更备案');
    await user.type(within(dialog).getByLabelText('头像地址'), 'ftp://x');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('请填写 http 或 https 开头的网址')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('头像地址'));
    await user.type(within(dialog).getByLabelText('头像地址'), 'https://mmbiz.qpic.cn/a.png');
    await user.clear(within(dialog).getByLabelText('责任人电话'));
    await user.type(within(dialog).getByLabelText('责任人电话'), '0513-85123458');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.clone().json()).toEqual({
      responsiblePhone: '0513-85123458',
      avatarUrl: 'https://mmbiz.qpic.cn/a.png',
      version: 3,
    });
  });
});
