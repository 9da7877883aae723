import { expect, test } from '@playwright/test';
import { approveAsSupervisor, fileOpen } from './support/filing';
import { login, mainMenu } from './support/login';

const ACCOUNT = '崇川教育发布';

test('an OPEN filing goes from the operator to the supervisor and makes the account official', async ({
  page,
  browser,
}) => {
  // 1. cc-operator files the opening through the form
  await login(page, 'cc-operator', '/filings');
  await expect(mainMenu(page).getByRole('menuitem', { name: /人员/ })).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem', { name: /工作日历/ })).toBeVisible();
  await fileOpen(page, ACCOUNT);
  await expect(page).toHaveURL(/\/filings\/\d+$/);
  const details = page.getByTestId('filing-details');
  await expect(details).toContainText(ACCOUNT);
  await expect(details).toContainText('待审核');
  await expect(details).toContainText('南通市崇川区人民政府办公室');

  // 2. cc-supervisor, in a browser context of its own, approves it under 待我审核
  const supervisor = await approveAsSupervisor(browser, ACCOUNT);

  // 3. the account is live in 账号 and the public check calls it official
  await mainMenu(supervisor).getByRole('menuitem', { name: /账号/ }).click();
  const accountRow = supervisor.getByRole('row').filter({ hasText: ACCOUNT });
  await expect(accountRow).toContainText('已开通');
  await expect(accountRow).toContainText('微信公众号');
  const verify = await supervisor.request.get(
    `/api/public/v1/accounts/verify?platform=WECHAT_OFFICIAL&name=${encodeURIComponent(ACCOUNT)}`,
  );
  expect(verify.ok()).toBe(true);
  expect(await verify.json()).toMatchObject({ official: true });
  await supervisor.context().close();

  // 4. a second live WECHAT_OFFICIAL account for the same host is refused (Art 12)
  await fileOpen(page, '崇川教育');
  const error = page.getByTestId('api-error');
  await expect(error).toContainText('第十二条');
  await expect(page).toHaveURL(/\/filings\/new\/open$/);
});
