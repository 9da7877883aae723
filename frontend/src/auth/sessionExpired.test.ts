import { promptSessionExpired, resetSessionPrompt, setSessionDialog } from './sessionExpired';

afterEach(() => resetSessionPrompt());

describe('promptSessionExpired', () => {
  it('asks once, and logs in again only when the user says so', () => {
    const dialog = vi.fn();
    const relogin = vi.fn();
    setSessionDialog(dialog);

    promptSessionExpired(relogin);
    promptSessionExpired(relogin);

    expect(dialog).toHaveBeenCalledTimes(1);
    const props = dialog.mock.calls[0][0] as { title: string; okText: string; onOk: () => void };
    expect(props).toMatchObject({ title: '登录已过期', okText: '重新登录', keyboard: false });
    expect(relogin).not.toHaveBeenCalled();
    props.onOk();
    expect(relogin).toHaveBeenCalledTimes(1);
  });

  it('logs in again at once when the app has no dialog yet', () => {
    const relogin = vi.fn();
    promptSessionExpired(relogin);
    expect(relogin).toHaveBeenCalledTimes(1);
  });
});
