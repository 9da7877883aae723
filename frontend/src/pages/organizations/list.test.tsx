import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrganizationNode, OrganizationResponse } from '../../api/types';
import { OrganizationList } from './list';
import { json, pageOf, renderApp } from '../../test/http';

const tree: OrganizationNode[] = [
  {
    id: 1,
    code: 'NT-GOV',
    name: '南通市人民政府',
    type: 'GOVERNMENT',
    level: 'CITY',
    divisionCode: '320600',
    children: [
      {
        id: 7,
        code: 'CC-GOV',
        name: '南通市崇川区人民政府',
        type: 'GOVERNMENT',
        level: 'COUNTY',
        divisionCode: '320613',
        children: [
          {
            id: 19,
            code: 'CC-EDU',
            name: '南通市崇川区教育体育局',
            type: 'DEPARTMENT',
            level: 'COUNTY',
            divisionCode: '320613',
            children: [],
          },
        ],
      },
    ],
  },
];

const eduBureau: OrganizationResponse = {
  id: 19,
  code: 'CC-EDU',
  name: '南通市崇川区教育体育局',
  shortName: '崇川区教体局',
  type: 'DEPARTMENT',
  level: 'COUNTY',
  accountObligation: 'REQUIRED',
  divisionCode: '320613',
  creditCode: '11320613MB0001333U',
  parentId: 7,
  competentAuthorityName: '南通市崇川区人民政府办公室',
  depth: 3,
  createdAt: '2026-11-28T08:00:00Z',
  updatedAt: '2026-11-28T08:00:00Z',
  sortOrder: 2,
  version: 0,
};

let requests: Request[] = [];

/** Renders the page as `roles`, the API answering `overrides` (by `METHOD /path`) before the defaults. */
function renderPage(roles = ['CITY_ADMIN'], overrides: Record<string, () => Response> = {}) {
  ({ requests } = renderApp(<OrganizationList />, {
    user: { username: 'city-admin', roles, orgCode: 'NT-GOV-OFFICE' },
    api: (request, path) => {
      const route = `${request.method} ${path}`;
      if (overrides[route]) return overrides[route]();
      if (route === 'GET /api/v1/organizations/tree') return json(tree);
      if (route === 'GET /api/v1/organizations/19') return json(eduBureau);
      if (route === 'GET /api/v1/organizations') return json(pageOf([eduBureau]));
      return undefined;
    },
  }));
}

describe('OrganizationList', () => {
  it('shows the whole tree expanded, with type labels and division codes', async () => {
    renderPage();
    const treeEl = await screen.findByRole('tree', { name: '单位树' });
    expect(within(treeEl).getByText('南通市人民政府')).toBeInTheDocument();
    expect(within(treeEl).getByText('南通市崇川区人民政府')).toBeInTheDocument();
    // the grandchild is visible without clicking: every level starts expanded
    expect(within(treeEl).getByText('南通市崇川区教育体育局')).toBeInTheDocument();
    expect(within(treeEl).getAllByText('人民政府')).toHaveLength(2);
    expect(within(treeEl).getByText('部门')).toBeInTheDocument();
    expect(within(treeEl).getByText('320600')).toBeInTheDocument();
  });

  it('opens the details of a clicked node from GET /organizations/{id}', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByText('南通市崇川区教育体育局'));

    const details = await screen.findByTestId('organization-details');
    expect(within(details).getByText('11320613MB0001333U')).toBeInTheDocument();
    expect(within(details).getByText('南通市崇川区人民政府办公室')).toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/organizations/19')).toBe(true);
    expect(screen.getByRole('button', { name: /编\s?辑/ })).toBeInTheDocument();
  });

  it('lets a competent authority exempt a unit only with a reason (Art 11)', async () => {
    const user = userEvent.setup();
    renderPage(['SUPERVISOR'], {
      'PUT /api/v1/organizations/19/account-obligation': () =>
        json({ ...eduBureau, accountObligation: 'EXEMPT_CLASSIFIED', version: 1 }),
    });
    await user.click(await screen.findByText('南通市崇川区教育体育局'));
    const details = await screen.findByTestId('organization-details');
    expect(within(details).getByText(/应当开设/)).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: /调\s?整/ }));
    const dialog = await modalOverDrawer();
    expect(dialog).toHaveTextContent('开设义务：南通市崇川区教育体育局');
    await user.click(within(dialog).getByLabelText('开设义务'));
    await user.click(await screen.findByTitle('免于开设（涉密）'));
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('免于开设须写明理由')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('理由'), '涉密单位');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({
      obligation: 'EXEMPT_CLASSIFIED',
      reason: '涉密单位',
      version: 0,
    });
  });

  it('lets the principal leader designate the signer of their unit [17.3]', async () => {
    const user = userEvent.setup();
    ({ requests } = renderApp(<OrganizationList />, {
      user: { username: 'cc-principal', roles: ['PRINCIPAL_LEADER'], orgCode: 'CC-EDU' },
      api: (request, path) => {
        const route = `${request.method} ${path}`;
        if (route === 'GET /api/v1/organizations/tree') return json(tree);
        if (route === 'GET /api/v1/organizations/19') return json(eduBureau);
        if (route === 'GET /api/v1/sign-off-designations/19/candidates')
          return json([
            { username: 'cc-deputy', displayName: '孙分管' },
            { username: 'cc-signer', displayName: '钱签发' },
          ]);
        if (route === 'PUT /api/v1/sign-off-designations/19')
          return json({
            hostOrganizationId: 19,
            signer: { username: 'cc-signer', displayName: '钱签发' },
            updatedBy: 'cc-principal',
            updatedAt: '2026-12-04T08:00:00Z',
            version: 0,
          });
        return undefined;
      },
    }));
    await user.click(await screen.findByText('南通市崇川区教育体育局'));
    const details = await screen.findByTestId('organization-details');
    expect(await within(details).findByText(/未指定/)).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: /指\s?定/ }));
    const dialog = await modalOverDrawer();
    const pick = async (field: string, title: string) => {
      await user.click(within(dialog).getByRole('combobox', { name: field }));
      await user.click((await screen.findAllByTitle(title)).at(-1)!);
    };
    await pick('签发人', '钱签发（cc-signer）');
    await pick('代签人', '钱签发（cc-signer）');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('代签人不能与签发人是同一人')).toBeInTheDocument();
    await pick('代签人', '孙分管（cc-deputy）');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({ signer: 'cc-signer', deputy: 'cc-deputy' });
  });

  it('searches the flat list API', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('tree', { name: '单位树' });
    await user.type(screen.getByRole('searchbox', { name: '搜索单位' }), '教育{Enter}');

    const table = await screen.findByRole('table');
    expect(await within(table).findByText('南通市崇川区教育体育局')).toBeInTheDocument();
    const listCall = requests.find((r) => new URL(r.url).pathname === '/api/v1/organizations');
    expect(new URL(listCall!.url).searchParams.get('q')).toBe('教育');
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
  });

  it('hides create and edit from roles other than CITY_ADMIN', async () => {
    const user = userEvent.setup();
    renderPage(['OPERATOR']);
    await user.click(await screen.findByText('南通市崇川区教育体育局'));
    await screen.findByTestId('organization-details');
    expect(screen.queryByRole('button', { name: /新建单位/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编\s?辑/ })).not.toBeInTheDocument();
  });

  it('validates the credit code and shows server field errors on the form', async () => {
    renderPage(['CITY_ADMIN'], {
      'POST /api/v1/organizations': () =>
        json(
          {
            title: '请求参数校验失败',
            status: 400,
            detail: '请求中有 1 个字段无效',
            requestId: 'req-7',
            errors: [{ field: 'code', code: 'DUPLICATE', message: '单位编码已存在' }],
          },
          400,
        ),
    });
    const user = userEvent.setup();
    await screen.findByRole('tree', { name: '单位树' });
    await user.click(screen.getByRole('button', { name: /新建单位/ }));
    const dialog = await screen.findByRole('dialog');

    await user.type(within(dialog).getByLabelText('单位编码'), 'CC-EDU');
    await user.type(within(dialog).getByLabelText('单位名称'), '南通市崇川区教育体育局');
    await user.type(within(dialog).getByLabelText('行政区划代码'), '320613');
    await user.type(within(dialog).getByLabelText('统一社会信用代码'), '11320613MB0001333X');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(
      await within(dialog).findByText('统一社会信用代码应为 18 位，且校验位正确（GB 32100）'),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    const creditCode = within(dialog).getByLabelText('统一社会信用代码');
    await user.clear(creditCode);
    await user.type(creditCode, '11320613MB0001333U');
    // choose the parent in the tree select
    await user.click(within(dialog).getByLabelText('上级单位'));
    await user.click(await screen.findByTitle('南通市崇川区人民政府'));
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    expect(await within(dialog).findByText('单位编码已存在')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(await post!.clone().json()).toMatchObject({
      code: 'CC-EDU',
      creditCode: '11320613MB0001333U',
      parentId: 7,
      divisionCode: '320613',
    });
  });
});

/** The dialog opened over the details drawer (its code is fetched when first opened). */
async function modalOverDrawer(): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(2));
  return screen.getAllByRole('dialog').at(-1)!;
}
