import { expect, test } from '@playwright/test';
import { pageAs } from './support/filing';
import { login, mainMenu } from './support/login';
import { choose } from './support/choose';

const NEW_PASSWORD = 'Nantong#2026ok';

test('city-admin creates an operator who must change the one-time password; 如东县 cannot see the user', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three sessions and a forced password change
  const username = `cc-edu-e2e-${Date.now().toString(36)}`;

  // 1. city-admin creates an OPERATOR of 崇川区教育体育局 and reads the one-time password, shown once
  await login(page, 'city-admin', '/users');
  await page.getByRole('button', { name: /新建用户/ }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill('端到端运维员');
  await choose(page, dialog.getByLabel('所在单位'), '南通市崇川区教育体育局', { tree: true });
  await dialog.getByLabel('运维人员').check();
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  const shown = page.getByTestId('one-time-password');
  await expect(shown).toHaveText(/^\S{16}$/);
  await expect(page.getByText('仅显示一次')).toBeVisible();
  const oneTimePassword = (await shown.textContent()) ?? '';
  await page.getByRole('button', { name: '我已记下' }).click();
  await expect(shown).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: username })).toContainText('待改密码');

  // 2. in a browser context of its own the new user signs in with it and must choose a new password
  const use = test.info().project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
  const newcomer = await context.newPage();
  await newcomer.goto('/');
  await expect(newcomer).toHaveURL(/^http:\/\/127\.0\.0\.1:9000\//);
  await newcomer.locator('#username').fill(username);
  await newcomer.locator('#password').fill(oneTimePassword);
  await newcomer.getByRole('button', { name: '登录' }).click();
  await expect(newcomer.locator('#new-password')).toBeVisible();
  await expect(newcomer).toHaveURL(/^http:\/\/127\.0\.0\.1:9000\//);
  await newcomer.locator('#new-password').fill(NEW_PASSWORD);
  await newcomer.locator('#confirm-password').fill(NEW_PASSWORD);
  await newcomer.getByRole('button', { name: '修改密码' }).click();

  await expect(newcomer).toHaveURL(/127\.0\.0\.1:5173\//);
  await expect(newcomer.getByRole('button', { name: /退\s?出/ })).toBeVisible();
  const menu = mainMenu(newcomer);
  await expect(menu.getByRole('menuitem', { name: /审核/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /备案/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /用户管理/ })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: /审计/ })).toHaveCount(0);
  await context.close();

  // 3. 如东县's supervisor manages users too, but only its own county's: the 崇川区 user is not listed
  const supervisor = await pageAs(browser, 'rd-supervisor', '/users');
  await expect(mainMenu(supervisor).getByRole('menuitem', { name: /用户管理/ })).toBeVisible();
  const search = supervisor.getByRole('searchbox', { name: '搜索用户' });
  await search.fill(username);
  const answer = supervisor.waitForResponse(
    (response) => response.url().includes('/api/v1/users?') && response.url().includes(username),
  );
  await search.press('Enter');
  expect(await (await answer).json()).toMatchObject({ totalItems: 0, items: [] });
  await expect(supervisor.getByRole('row').filter({ hasText: username })).toHaveCount(0);
  await supervisor.context().close();
});
