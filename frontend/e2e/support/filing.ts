import {
  type BrowserContextOptions,
  devices,
  expect,
  type Browser,
  type Page,
  test,
} from '@playwright/test';
import { login } from './login';
import { choose } from './choose';

/** Fills and submits the OPEN form (/filings/new/open) for an in-house account. */
export async function fileOpen(page: Page, name: string, platform = '微信公众号'): Promise<void> {
  await page.goto('/filings/new/open');
  await expect(page.getByText('新建开设备案')).toBeVisible();
  await choose(page, page.getByLabel('平台', { exact: true }), platform);
  await page.getByLabel('账号名称').fill(name);
  await page.getByLabel('认证主体').fill('南通市崇川区教育体育局');
  await page.getByLabel('责任人', { exact: true }).fill('王敏');
  await page.getByLabel('责任人电话').fill('0513-85101234');
  await page.getByLabel('运维单位').fill('崇川区教育体育局办公室');
  await page.getByRole('button', { name: '提交备案' }).click();
}

/** Options of an admin user's browser context: the project's, at a desktop's size. */
export function desktopContext(): BrowserContextOptions {
  const use = test.info().project.use;
  return {
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
    viewport: devices['Desktop Chrome'].viewport,
    isMobile: false,
    hasTouch: false,
  };
}

/**
 * A page signed in as `username` in a browser context of its own (same options as the project's), on a desktop
 * even where the test's own page is a phone (mobile.spec: new contexts would take over its test.use()).
 */
export async function pageAs(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext(desktopContext());
  const page = await context.newPage();
  await login(page, username, path);
  return page;
}

/** cc-supervisor approves the undecided filing of `accountName` under 待我审核. */
export async function approveAsSupervisor(browser: Browser, accountName: string): Promise<Page> {
  const supervisor = await pageAs(browser, 'cc-supervisor', '/filings');
  await expect(supervisor.getByRole('tab', { name: '待我审核', selected: true })).toBeVisible();
  const row = supervisor.getByRole('row').filter({ hasText: accountName });
  await expect(row.getByTestId('deadline-tag')).toHaveText(/剩 \d+ 天|今日到期/);
  await row.getByRole('button', { name: /审\s?核/ }).click();
  const dialog = supervisor.getByRole('dialog', { name: '审核备案' });
  await expect(dialog.getByLabel('通过')).toBeChecked();
  await dialog.getByRole('button', { name: '提交审核' }).click();
  await expect(supervisor.getByText('备案已通过')).toBeVisible();
  await expect(supervisor.getByRole('row').filter({ hasText: accountName })).toHaveCount(0);
  return supervisor;
}
