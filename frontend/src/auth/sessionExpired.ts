import type { ModalFuncProps } from 'antd';

type WarningDialog = (props: ModalFuncProps) => unknown;

// set by the app (antd's context-aware modal); kept out of this module so that the renewal frame loads no antd
let warning: WarningDialog | undefined;
let shown = false;

/** Lets the prompt use the modal from antd's <App> (locale, theme). */
export function setSessionDialog(dialog: WarningDialog | undefined): void {
  warning = dialog;
}

/**
 * Tells the user, once per page, that the login is over; 重新登录 calls `relogin`. The dialog cannot be dismissed
 * otherwise: every request fails until the user logs in again. Without a dialog, logs in again at once.
 */
export function promptSessionExpired(relogin: () => void): void {
  if (shown) return;
  shown = true;
  if (!warning) {
    relogin();
    return;
  }
  warning({
    title: '登录已过期',
    content:
      '请重新登录后继续。正在撰写的审核单、辟谣和备案内容已暂存在本机，重新登录后会自动恢复。',
    okText: '重新登录',
    keyboard: false,
    maskClosable: false,
    onOk: relogin,
  });
}

/** For tests. */
export function resetSessionPrompt(): void {
  shown = false;
  warning = undefined;
}
