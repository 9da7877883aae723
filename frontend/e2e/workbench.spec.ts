import { expect, test } from '@playwright/test';
import { approveAsSupervisor, pageAs } from './support/filing';
import { login, mainMenu } from './support/login';
import { accessToken } from './support/review';

// an account of its own (one live account per platform and host, Art 12; the other specs use the other platforms)
const ACCOUNT = '崇川教育工作台';

test('a signer finds the waiting ticket on the workbench, sees the warning the author confirmed, and signs', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `工作台待签 ${Date.now().toString(36)}`;
  await login(page, 'cc-operator', '/reviews');
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  // the account, filed through the API (the platform select shows its last options only when scrolled)
  const filed = await page.request.post('/api/v1/filings', {
    headers,
    data: {
      type: 'OPEN',
      account: {
        name: ACCOUNT,
        platform: 'OTHER',
        certificationSubject: '南通市崇川区教育体育局',
        responsiblePerson: '王敏',
        responsiblePhone: '0513-85101234',
        operatorType: 'IN_HOUSE',
        operatorName: '崇川区教育体育局办公室',
      },
    },
  });
  expect(filed.status()).toBe(201);
  await (await approveAsSupervisor(browser, ACCOUNT)).context().close();

  // the author submits a post with a personal opinion (a warning of Art 19) and confirms the warning
  const accounts = (await (
    await page.request.get(`/api/v1/accounts?q=${encodeURIComponent(ACCOUNT)}`, { headers })
  ).json()) as { items: { id: number }[] };
  const created = await page.request.post('/api/v1/review-tickets', {
    headers,
    data: {
      accountId: accounts.items[0].id,
      title,
      body: '我觉得本次运动会非常成功。',
      origin: 'ORIGINAL',
      classification: 'GENERAL',
    },
  });
  expect(created.status()).toBe(201);
  const ticket = (await created.json()) as { id: number; version: number };

  // 提交审核 in the editor: the warning is shown once, in the form, in words people use
  await page.goto(`/reviews/${ticket.id}/edit`);
  await page.getByRole('button', { name: '提交审核' }).click();
  const warning = page.getByTestId('submit-problem');
  await expect(warning).toContainText('请确认后再提交');
  await expect(warning).toContainText('个人');
  await expect(page.getByTestId('api-error')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(
    /body\[|Art \d|WARNINGS_NOT_ACKNOWLEDGED|请求编号/,
  );
  await warning.getByRole('button', { name: '确认提示并提交' }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${ticket.id}$`));
  await expect(page.getByText('已提交审核')).toBeVisible();
  await expect(page.getByTestId('api-error')).toHaveCount(0);

  // the reviewer signs in to the workbench: the ticket waits there, and the menu counts it
  const reviewer = await pageAs(browser, 'cc-reviewer', '/');
  await expect(reviewer).toHaveURL(/\/workbench$/);
  const tile = reviewer.getByTestId('tile-tickets-to-sign');
  await expect(tile.getByRole('link', { name: title })).toBeVisible();
  await expect(mainMenu(reviewer).getByLabel(/\d+ 项待办/)).toBeVisible();

  // opens it: the check the author saw, and who confirmed its warning
  await tile.getByRole('link', { name: title }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/reviews/${ticket.id}$`));
  await expect(
    reviewer.getByText(/作者 崇川区教体局运维员 于 .* 确认了 1 个提示后提交/),
  ).toBeVisible();
  await expect(reviewer.getByTestId('findings')).toContainText('个人');

  await reviewer.getByRole('button', { name: /^审\s?核$/ }).click();
  const dialog = reviewer.getByRole('dialog', { name: `审核：${title}` });
  await expect(dialog.getByLabel('通过')).toBeChecked();
  await dialog.getByRole('button', { name: /^提\s?交$/ }).click();
  await expect(reviewer.getByText('审核意见已提交')).toBeVisible();
  await reviewer.context().close();
});
