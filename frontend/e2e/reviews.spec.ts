import { expect, test } from '@playwright/test';
import { approveAsSupervisor, fileOpen } from './support/filing';
import { login, mainMenu } from './support/login';
import { accessToken, approveAs } from './support/review';
import { choose } from './support/choose';

// an account of its own (Art 12 allows one live account per platform and host; the other specs
// open WeChat and Weibo accounts for CC-EDU), so this spec does not depend on their order
const ACCOUNT = '崇川教育抖音';
const RESIDENT_ID = '320684198506150040'; // a valid GB 11643 check digit
const MASKED_ID = '320684********0040';

test('an IMPORTANT post is de-identified, signed by reviewer and deputy, published and recorded', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // three users, a filing and a review chain
  const stamp = Date.now().toString(36);
  const title = `秋季运动会开幕 ${stamp}`;
  const url = `https://mp.weixin.qq.com/s/e2e-${stamp}`;

  // an ACTIVE account of CC-EDU, opened through the filing workflow
  await login(page, 'cc-operator', '/reviews');
  await fileOpen(page, ACCOUNT, '抖音');
  await expect(page).toHaveURL(/\/filings\/\d+$/);
  await (await approveAsSupervisor(browser, ACCOUNT)).context().close();

  // 1. cc-operator writes an IMPORTANT post with a resident ID number and checks it
  await mainMenu(page).getByRole('menuitem', { name: /审核/ }).click();
  await page.getByRole('button', { name: /撰\s?写/ }).click();
  await expect(page).toHaveURL(/\/reviews\/new$/);
  await choose(page, page.getByLabel('发布账号'), ACCOUNT);
  await page.getByLabel('标题').fill(title);
  const body = page.getByLabel('正文');
  await body.fill(`崇川区中小学秋季运动会今日开幕。报名联系人身份证号 ${RESIDENT_ID}。`);
  await page.getByLabel('重要', { exact: true }).check();
  await page.getByRole('button', { name: /^检\s?查$/ }).click();
  const findings = page.getByTestId('findings');
  await expect(findings).toContainText('个人信息');
  await expect(findings).toContainText('含居民身份证号码');
  await expect(findings).toContainText(RESIDENT_ID);
  await expect(page.getByTestId('body-preview').locator('mark')).toHaveText(RESIDENT_ID);

  // 2. one-click de-identification, then the check is clean and the ticket is submitted
  await page.getByRole('button', { name: '一键脱敏' }).click();
  await expect(page.getByText('已对正文中的个人信息脱敏')).toBeVisible();
  await expect(body).toHaveText(new RegExp(MASKED_ID.replace(/\*/g, '\\*')));
  await expect(body).not.toHaveText(new RegExp(RESIDENT_ID));
  await expect(page.getByText('未发现问题')).toBeVisible();
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('已提交审核')).toBeVisible();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  const ticketUrl = page.url();
  const ticketId = Number(/\/reviews\/(\d+)$/.exec(ticketUrl)?.[1]);
  await expect(page.getByText('审核中', { exact: true })).toBeVisible();
  await expect(page.getByText(MASKED_ID)).toBeVisible();

  // 3. the author cannot approve: no 审核 action, and the API refuses a decision anyway
  await expect(page.getByRole('button', { name: /撤\s?回/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^审\s?核$/ })).toHaveCount(0);
  const own = await page.request.post(`/api/v1/review-tickets/${ticketId}/decisions`, {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
    data: { decision: 'APPROVE', version: 0 },
  });
  expect(own.status()).toBe(403);

  // 4. the chain of an IMPORTANT ticket: REVIEWER, then DEPUTY_LEADER (Art 17)
  await approveAs(browser, 'cc-reviewer', title);
  await approveAs(browser, 'cc-deputy', title);

  // 5. cc-operator records the publication
  await page.reload();
  await expect(page.getByText('已签发', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '登记发布' }).click();
  const dialog = page.getByRole('dialog', { name: '登记发布' });
  await dialog.getByLabel('发布链接').fill(url);
  await dialog.getByRole('button', { name: /^登\s?记$/ }).click();
  await expect(page.getByText('已登记发布')).toBeVisible();
  await expect(page.getByText('已发布', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: url })).toBeVisible();

  // 6. the publication record is listed under 发布记录
  await mainMenu(page)
    .getByRole('menuitem', { name: /发布记录/ })
    .click();
  await expect(page).toHaveURL(/\/publications$/);
  const record = page.getByRole('table', { name: '发布记录' }).getByRole('row').filter({
    hasText: url,
  });
  await expect(record).toContainText(ACCOUNT);
  await expect(record).toContainText(title);
  await expect(record).toContainText('原创');
  await expect(record).toContainText('审核发布');
});

test('cc-operator imports publication records and reads the row-by-row error report', async ({
  page,
}) => {
  await login(page, 'cc-operator', '/publications');
  await page.getByRole('button', { name: /导\s?入$/ }).click(); // the icon's name comes first
  const dialog = page.getByRole('dialog', { name: '导入发布记录' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: '发布记录.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '账号ID,发布时间,类型,标题,链接,来源\n999999,2026-13-01 09:30,转载,无来源,ftp://wrong,\n',
    ),
  });
  await dialog.getByRole('button', { name: /^导\s?入$/ }).click();
  await expect(dialog.getByTestId('import-refused')).toContainText('未导入任何记录');
  const report = dialog.getByRole('table', { name: '错误报告' });
  await expect(report.getByRole('row').filter({ hasText: '发布时间' })).toContainText(
    '时间格式应为 2026-11-27 09:30',
  );
  await expect(report.getByRole('row').filter({ hasText: '来源' })).toContainText('转载须注明来源');
  await expect(report.getByRole('row').filter({ hasText: '账号ID' })).toContainText(
    '账号不存在或不在您的管辖范围内',
  );

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /下载模板/ }).click();
  expect((await download).suggestedFilename()).toBe('发布记录导入模板.csv');
});
