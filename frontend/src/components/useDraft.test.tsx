import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import { renderApp } from '../test/http';
import { draftKey, readDraft, writeDraft } from '../utils/drafts';
import { DraftNotice } from './DraftNotice';
import { useDraft } from './useDraft';

interface Values {
  title?: string;
}

function TitleForm({ id }: { id?: number }) {
  const [form] = Form.useForm<Values>();
  const draft = useDraft(form, { name: 'review', id });
  return (
    <>
      <DraftNotice draft={draft} />
      <Form<Values> form={form} initialValues={{ title: '原标题' }} onValuesChange={draft.remember}>
        <Form.Item name="title" label="标题">
          <Input />
        </Form.Item>
      </Form>
      <button type="button" onClick={draft.clear}>
        已保存
      </button>
    </>
  );
}

/** Renders as `username` signed in (or nobody). */
function renderAs(username: string | undefined, id?: number) {
  return renderApp(<TitleForm id={id} />, {
    user: { username, roles: [] },
    auth: username ? {} : { user: undefined, isAuthenticated: false },
  });
}

const KEY = draftKey('cc-operator', 'review', 5);
const stored = () => readDraft(KEY, 'cc-operator')?.values.title;

async function typeTitle(text: string) {
  const input = screen.getByLabelText('标题');
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

beforeEach(() => window.localStorage.clear());

describe('useDraft', () => {
  it('writes the values shortly after a change, under user, form and object', async () => {
    renderAs('cc-operator', 5);
    await typeTitle('新的标题');

    await waitFor(() => expect(stored()).toBe('新的标题'));
    expect(window.localStorage.getItem('govmedia.draft.cc-operator.review.5')).toContain(
      '新的标题',
    );
  });

  it('writes what is still waiting when the form closes', async () => {
    const view = renderAs('cc-operator', 5);
    await typeTitle('马上离开');
    view.unmount();

    expect(stored()).toBe('马上离开');
  });

  it('puts a draft back with a notice, and discards it on request', async () => {
    writeDraft(KEY, 'cc-operator', { title: '上次写到一半' });
    renderAs('cc-operator', 5);

    expect(await screen.findByText('已恢复您上次未保存的内容')).toBeVisible();
    expect(screen.getByLabelText('标题')).toHaveValue('上次写到一半');

    await userEvent.click(screen.getByRole('button', { name: '放弃恢复的内容' }));

    expect(screen.getByLabelText('标题')).toHaveValue('原标题');
    expect(screen.queryByText('已恢复您上次未保存的内容')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  it('forgets the draft once saved', async () => {
    writeDraft(KEY, 'cc-operator', { title: '待保存' });
    renderAs('cc-operator', 5);
    expect(await screen.findByText('已恢复您上次未保存的内容')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: '已保存' }));

    expect(window.localStorage.getItem(KEY)).toBeNull();
    expect(screen.queryByText('已恢复您上次未保存的内容')).not.toBeInTheDocument();
    expect(screen.getByLabelText('标题')).toHaveValue('待保存');
  });

  it('keeps no draft of a form changed back to what it opened with', async () => {
    writeDraft(KEY, 'cc-operator', { title: '改过' });
    renderAs('cc-operator', 5);
    await screen.findByText('已恢复您上次未保存的内容');

    await typeTitle('原标题');

    await waitFor(() => expect(window.localStorage.getItem(KEY)).toBeNull());
  });

  it("never shows one user's draft to another", async () => {
    writeDraft(KEY, 'cc-operator', { title: '别人的稿子' });
    renderAs('cc-reviewer', 5);
    await typeTitle('我的稿子');

    await waitFor(() =>
      expect(readDraft(draftKey('cc-reviewer', 'review', 5), 'cc-reviewer')?.values.title).toBe(
        '我的稿子',
      ),
    );
    expect(screen.queryByText('已恢复您上次未保存的内容')).not.toBeInTheDocument();
    expect(stored()).toBe('别人的稿子');
  });

  it('stores nothing without a signed-in user', async () => {
    const view = renderAs(undefined, 5);
    await typeTitle('匿名');
    view.unmount();

    expect(window.localStorage.length).toBe(0);
  });
});
