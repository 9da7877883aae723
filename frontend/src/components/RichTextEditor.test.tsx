import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RichTextEditor } from './RichTextEditor';

function Controlled({ initial, onChange }: { initial: string; onChange: (html: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <RichTextEditor
        label="正文"
        maxLength={100}
        value={value}
        onChange={(html) => {
          setValue(html);
          onChange(html);
        }}
      />
      <button type="button" onClick={() => setValue('<p>联系电话 138****5678</p>')}>
        遮蔽
      </button>
    </>
  );
}

describe('RichTextEditor', () => {
  it('shows the HTML value, formats it from the toolbar and says the limit', async () => {
    const user = userEvent.setup();
    const changes = vi.fn();
    render(<Controlled initial="<p>开学通知</p>" onChange={changes} />);
    const area = await screen.findByRole('textbox', { name: '正文' });
    expect(area).toHaveTextContent('开学通知');
    expect(screen.getByText('已输入 11 / 上限 100 字符（含格式）')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '有序列表' }));
    await waitFor(() => expect(changes).toHaveBeenCalled());
    expect(changes.mock.calls.at(-1)?.[0]).toBe('<ol><li><p>开学通知</p></li></ol>');
    expect(area.querySelector('ol li')).toHaveTextContent('开学通知');
  });

  it('takes a value set from outside, as masking does, without reporting a change', async () => {
    const user = userEvent.setup();
    const changes = vi.fn();
    render(<Controlled initial="<p>联系电话 13812345678</p>" onChange={changes} />);
    const area = await screen.findByRole('textbox', { name: '正文' });
    await user.click(screen.getByRole('button', { name: '遮蔽' }));
    await waitFor(() => expect(area).toHaveTextContent('联系电话 138****5678'));
    expect(area).not.toHaveTextContent('13812345678');
    expect(changes).not.toHaveBeenCalled();
  });
});
