import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { incident } from '../../test/fixtures';
import { renderApp } from '../../test/http';
import { AttentionNotifier } from './attentionNotifier';

/** The attention list as a poll would answer it: the same incidents again, as new objects. */
function Polled() {
  const [overdue, setOverdue] = useState([incident]);
  return (
    <>
      <button onClick={() => setOverdue([{ ...incident }])}>再次查询</button>
      <AttentionNotifier overdue={overdue} />
    </>
  );
}

describe('AttentionNotifier (Art 29.2)', () => {
  it('tells of an incident past its deadline once, and opens it on a click', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(<Polled />, { path: '/accounts' });

    const title = await screen.findByText('事件提醒：网传某校食堂食品安全问题');
    expect(screen.getByText('南通市崇川区教育体育局 · 超时未报告')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '再次查询' }));
    expect(screen.getAllByText(/事件提醒/)).toHaveLength(1);
    await user.click(title);
    expect(router.state.location.pathname).toBe('/incidents/5');
  });
});
