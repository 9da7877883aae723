import { expect, test } from '@playwright/test';
import { choose } from './support/choose';
import { approveAsSupervisor, fileOpen, pageAs } from './support/filing';
import { login, mainMenu } from './support/login';
import { accessToken, approveAs } from './support/review';

// an account of its own for the response post (one live account per platform and host, Art 12)
const ACCOUNT = '崇川教育头条';
const UNIT = '南通市崇川区教育体育局';

test('a 舆情 of 崇川区教育体育局 is recorded on duty, graded 重大, reported, acknowledged in time by the 崇川区 office, answered through review and closed with its cause', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000); // four users, a filing and a review chain
  const stamp = Date.now().toString(36);
  const title = `网传某校午餐问题 ${stamp}`;
  const postTitle = `关于网传某校午餐问题的情况说明 ${stamp}`;

  // an ACTIVE account of the unit, and 王敏 on duty there now (Art 29.2)
  await login(page, 'cc-operator', '/filings');
  await fileOpen(page, ACCOUNT, '今日头条');
  await expect(page).toHaveURL(/\/filings\/\d+$/);
  await (await approveAsSupervisor(browser, ACCOUNT)).context().close();
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  const accounts = await page.request.get(`/api/v1/accounts?q=${encodeURIComponent(ACCOUNT)}`, {
    headers,
  });
  const account = (
    (await accounts.json()) as { items: { id: number; hostOrganizationId: number }[] }
  ).items[0];
  const shift = await page.request.post('/api/v1/duty-shifts', {
    headers,
    data: {
      organizationId: account.hostOrganizationId,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 6 * 3_600_000).toISOString(),
      personOnDuty: '王敏',
      phone: '13812345678',
    },
  });
  expect([201, 409]).toContain(shift.status()); // 409: a shift of an earlier run covers now

  // 1. the person on duty records the 舆情 (Art 29.3)
  await mainMenu(page)
    .getByRole('menuitem', { name: /事件舆情/ })
    .click();
  await page.getByRole('button', { name: /登记事件/ }).click();
  const record = page.getByRole('dialog', { name: '登记事件' });
  await choose(page, record.getByLabel('发生单位'), UNIT, { tree: true });
  await choose(page, record.getByLabel('事件类型'), '舆情');
  await choose(page, record.getByLabel('事件级别'), '一般');
  await record.getByLabel('标题').fill(title);
  await record.getByLabel('情况').fill('微博话题两小时内阅读量超过 50 万，评论集中质疑处置进展。');
  await record.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByText('事件已登记')).toBeVisible();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  const details = page.getByTestId('incident-details');
  await expect(details).toContainText('王敏');

  // 2. graded 重大, then reported to the competent authority within the hour
  await page.getByRole('button', { name: '调整级别' }).click();
  const grade = page.getByRole('dialog', { name: '调整级别' });
  await choose(page, grade.getByLabel('调整后的级别'), '重大');
  await grade.getByLabel('理由').fill('话题持续发酵，涉及全区学校');
  await grade.getByRole('button', { name: /确\s?定/ }).click();
  await expect(details.getByText('重大', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '报告主管单位' }).click();
  await page
    .getByRole('dialog', { name: '报告主管单位' })
    .getByRole('button', { name: /确\s?定/ })
    .click();
  await expect(details).toContainText('南通市崇川区人民政府办公室');
  const timeline = page.getByRole('list', { name: '时间线' });
  await expect(timeline).toContainText('报告主管单位');
  await expect(timeline).toContainText('在时限内');

  // 3. the 崇川区 office sees it waiting (menu badge) and acknowledges it within the deadline
  const office = await pageAs(browser, 'cc-supervisor', '/incidents');
  await expect(mainMenu(office).getByLabel(/起事件待处置/)).toBeVisible();
  const row = office.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('待主管单位签收');
  await row.getByRole('link', { name: title }).click();
  await office.getByRole('button', { name: '主管单位签收' }).click();
  await office
    .getByRole('dialog', { name: '主管单位签收' })
    .getByRole('button', { name: /确\s?定/ })
    .click();
  await expect(office.getByText('已记录：主管单位签收')).toBeVisible();
  await expect(office.getByRole('list', { name: '时间线' })).toContainText(
    /主管单位签收[\s\S]*在时限内/,
  );
  await office.context().close();

  // 4. the response post goes through review (IMPORTANT: reviewer, then deputy leader) and is published (Art 23)
  const created = await page.request.post('/api/v1/review-tickets', {
    headers,
    data: {
      accountId: account.id,
      title: postTitle,
      body: '经核查，网传照片系外地旧图，我区各校午餐供应正常。',
      origin: 'ORIGINAL',
      classification: 'IMPORTANT',
      bodyFormat: 'TEXT',
    },
  });
  expect(created.status()).toBe(201);
  const ticket = (await created.json()) as { id: number; version: number };
  const submitted = await page.request.post(`/api/v1/review-tickets/${ticket.id}/submit`, {
    headers,
    data: { acknowledgeWarnings: true, version: ticket.version },
  });
  expect(submitted.status()).toBe(200);
  await approveAs(browser, 'cc-reviewer', postTitle);
  await approveAs(browser, 'cc-deputy', postTitle);
  const published = await page.request.post(`/api/v1/review-tickets/${ticket.id}/publish`, {
    headers,
    data: {
      url: `https://www.toutiao.com/article/e2e-${stamp}`,
      publishedAt: new Date().toISOString(),
    },
  });
  expect(published.status()).toBe(200);

  await page.reload(); // the office's acknowledgement moved the incident on
  await expect(details).toContainText('签收');
  await page.getByRole('button', { name: '关联回应稿件' }).click();
  const link = page.getByRole('dialog', { name: '关联回应稿件' });
  await link.getByLabel('审核工单编号').fill(String(ticket.id));
  await link.getByRole('button', { name: /确\s?定/ }).click();
  await expect(page.getByRole('table', { name: '回应稿件' })).toContainText(postTitle);
  await expect(details).toContainText('下次滚动发布');

  // 5. closed with its cause and measures
  await page.getByRole('button', { name: /办\s?结/ }).click();
  const close = page.getByRole('dialog', { name: '办结' });
  await close.getByLabel('事件原因').fill('家长群转发外地旧图');
  await close.getByLabel('整改措施').fill('发布情况说明，约谈供餐企业');
  await close.getByRole('button', { name: /确\s?定/ }).click();
  await expect(details).toContainText('已办结');
  await expect(details).toContainText('家长群转发外地旧图');
  await expect(page.getByRole('button', { name: '报告主管单位' })).toHaveCount(0);
});
