import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ContentCheckResult, TicketResponse } from '../../api/types';
import { ReviewEditor } from './editor';

// the form's logic, with a plain text area for the rich-text editor (tested on its own)
vi.mock('../../components/RichTextEditor', () => ({
  RichTextEditor: ({
    id,
    label,
    value,
    onChange,
  }: {
    id?: string;
    label: string;
    value?: string;
    onChange?: (html: string) => void;
  }) => (
    <textarea
      id={id}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange?.(event.target.value)}
    />
  ),
}));
import { json, pageOf, renderApp } from '../../test/http';

const BODY = '家长可拨打 13812345678 咨询。';
const MASKED = '家长可拨打 138****5678 咨询。';

const firstCheck: ContentCheckResult = {
  blockers: 0,
  warnings: 1,
  deidentifiedBody: MASKED,
  deidentifiedTitle: '开学通知',
  sensitiveTopic: false,
  possibleSecret: false,
  findings: [
    {
      article: 'Art 20',
      field: 'BODY',
      start: 6,
      end: 17,
      text: '13812345678',
      message: '正文含手机号码（《办法》第二十条）',
      suggestion: '隐去号码中间四位',
      severity: 'WARNING',
      type: 'PERSONAL_DATA',
    },
  ],
};

const secondCheck: ContentCheckResult = {
  blockers: 0,
  warnings: 0,
  deidentifiedBody: MASKED,
  deidentifiedTitle: '开学通知',
  sensitiveTopic: false,
  possibleSecret: false,
  findings: [],
};

let checks: unknown[] = [];

function renderEditor() {
  checks = [];
  renderApp([{ path: '/reviews/new', element: <ReviewEditor /> }], {
    path: '/reviews/new',
    api: async (request, path) => {
      if (request.method === 'GET' && path === '/api/v1/accounts') {
        expect(new URL(request.url).searchParams.get('status')).toBe('ACTIVE');
        return json(pageOf([{ id: 11, name: '崇川教育' }], 1, 100));
      }
      if (request.method === 'POST' && path === '/api/v1/content-checks') {
        checks.push(await request.clone().json());
        return json(checks.length === 1 ? firstCheck : secondCheck);
      }
      return undefined;
    },
  });
}

describe('ReviewEditor', () => {
  it('checks the content, highlights the finding and de-identifies the body', async () => {
    const user = userEvent.setup();
    renderEditor();

    await user.type(await screen.findByLabelText('标题'), '开学通知');
    await user.type(screen.getByLabelText('正文'), BODY);
    await user.click(screen.getByRole('button', { name: /检\s*查/ }));

    expect(await screen.findByText('正文含手机号码（《办法》第二十条）')).toBeInTheDocument();
    expect(screen.getByText('建议：隐去号码中间四位')).toBeInTheDocument();
    const preview = screen.getByTestId('body-preview');
    expect(preview).toHaveTextContent(BODY);
    const mark = preview.querySelector('mark');
    expect(mark).toHaveTextContent('13812345678');
    expect(checks[0]).toEqual({ title: '开学通知', body: BODY, origin: 'ORIGINAL' });

    await user.click(screen.getByRole('button', { name: '一键脱敏' }));

    await waitFor(() => expect(screen.getByLabelText('正文')).toHaveValue(MASKED));
    await waitFor(() => expect(checks).toHaveLength(2));
    expect(checks[1]).toEqual({ title: '开学通知', body: MASKED, origin: 'ORIGINAL' });
    await waitFor(() =>
      expect(within(screen.getByTestId('body-preview')).queryByText('13812345678')).toBeNull(),
    );
    expect(screen.getByTestId('body-preview')).toHaveTextContent(MASKED);
    expect(screen.getByTestId('body-preview').querySelector('mark')).toBeNull();
    expect(screen.queryByRole('button', { name: '一键脱敏' })).toBeNull();
  }, 60_000);
});

const draft: TicketResponse = {
  id: 7,
  accountId: 11,
  accountName: '崇川教育',
  author: 'cc-operator',
  title: '开学通知',
  body: BODY,
  bodyFormat: 'TEXT',
  classification: 'GENERAL',
  contentVersion: 1,
  createdAt: '2026-11-28T01:00:00Z',
  updatedAt: '2026-11-28T01:00:00Z',
  currentStep: 0,
  decisions: [],
  hostOrganizationId: 19,
  nextStepRoles: [],
  nextStepSigners: [],
  origin: 'ORIGINAL',
  status: 'DRAFT',
  version: 0,
  confidentiality: { required: false },
};

describe('ReviewEditor submit', () => {
  it('shows the warnings of a 422 and resubmits with acknowledgeWarnings', async () => {
    const submits: unknown[] = [];
    renderApp(
      [
        { path: '/reviews/:id/edit', element: <ReviewEditor /> },
        { path: '/reviews/:id', element: <div data-testid="ticket-page" /> },
      ],
      {
        path: '/reviews/7/edit',
        api: async (request, path) => {
          if (request.method === 'GET' && path === '/api/v1/review-tickets/7') return json(draft);
          if (request.method === 'POST' && path === '/api/v1/review-tickets/7/submit') {
            const body = (await request.clone().json()) as { acknowledgeWarnings: boolean };
            submits.push(body);
            if (!body.acknowledgeWarnings)
              return json(
                {
                  status: 422,
                  code: 'WARNINGS_NOT_ACKNOWLEDGED',
                  title: '请确认检查提示',
                  detail: '自动检查有 1 个提示，请确认后再提交',
                  detailEn: '1 warning(s) need an acknowledgement',
                  errors: [
                    {
                      field: 'body[6,17]',
                      code: 'PERSONAL_DATA',
                      message: '正文含手机号码；建议：隐去号码中间四位',
                    },
                  ],
                },
                422,
              );
            return json({ ...draft, status: 'IN_REVIEW', version: 1, nextStepRoles: ['REVIEWER'] });
          }
          return undefined;
        },
      },
    );
    const user = userEvent.setup();

    expect(await screen.findByLabelText('正文')).toHaveValue(BODY);
    await user.click(screen.getByRole('button', { name: '提交审核' }));

    const problem = await screen.findByTestId('submit-problem');
    expect(problem).toHaveTextContent('自动检查有 1 个提示，请确认后再提交');
    expect(problem).toHaveTextContent('正文含手机号码；建议：隐去号码中间四位');
    expect(submits).toEqual([{ acknowledgeWarnings: false, version: 0 }]);

    await user.click(within(problem).getByRole('button', { name: '确认提示并提交' }));

    expect(await screen.findByTestId('ticket-page')).toBeInTheDocument();
    expect(submits).toEqual([
      { acknowledgeWarnings: false, version: 0 },
      { acknowledgeWarnings: true, version: 0 },
    ]);
  }, 60_000);
});
