import { expect, test } from '@playwright/test';
import { approveAsSupervisor, fileOpen } from './support/filing';
import { login, mainMenu } from './support/login';
import { approveAs } from './support/review';
import { choose } from './support/choose';

// an account of its own: one live account per platform and host (Art 12)
const ACCOUNT = '崇川教育视频号';

test('[17.3] the principal leader designates the signer of GENERAL content, who then signs it off', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // four users, a filing and a review chain
  const title = `校园开放日安排 ${Date.now().toString(36)}`;

  await login(page, 'cc-operator', '/reviews');
  await fileOpen(page, ACCOUNT, '微信视频号');
  await expect(page).toHaveURL(/\/filings\/\d+$/);
  await (await approveAsSupervisor(browser, ACCOUNT)).context().close();

  // 1. cc-principal designates cc-deputy as the signer, with themself as the deputy
  const principal = await browser.newPage();
  await login(principal, 'cc-principal', '/organizations');
  await principal
    .getByRole('tree', { name: '单位树' })
    .getByText('南通市崇川区教育体育局', { exact: true })
    .click();
  const details = principal.getByTestId('organization-details');
  await expect(details).toContainText('未指定');
  await details.getByRole('button', { name: /^指\s?定$/ }).click();
  const dialog = principal.getByRole('dialog', { name: /一般信息签发人/ });
  await choose(principal, dialog.getByLabel('签发人'), '崇川区教体局分管领导（cc-deputy）');
  await choose(principal, dialog.getByLabel('代签人'), '崇川区教体局主要领导（cc-principal）');
  await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(principal.getByText('签发人已指定')).toBeVisible();
  await expect(details).toContainText('cc-deputy');
  await principal.context().close();

  // 2. cc-operator writes a GENERAL post and submits it
  await mainMenu(page).getByRole('menuitem', { name: /审核/ }).click();
  await page.getByRole('button', { name: /撰\s?写/ }).click();
  await choose(page, page.getByLabel('发布账号'), ACCOUNT);
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('正文').fill('本周六上午九点，崇川区各中小学举行校园开放日活动。');
  await page.getByLabel('一般', { exact: true }).check();
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('已提交审核')).toBeVisible();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);

  // 3. reviewed by cc-reviewer; the sign-off then waits for the designated signer only
  await approveAs(browser, 'cc-reviewer', title, '一般');
  await page.reload();
  await expect(page.getByText('指定签发人：cc-deputy、cc-principal')).toBeVisible();
  await approveAs(browser, 'cc-deputy', title, '一般');
  await page.reload();
  await expect(page.getByText('已签发', { exact: true })).toBeVisible();
});
