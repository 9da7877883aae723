import { expect, test, type Locator } from '@playwright/test';
import { approveAsSupervisor, fileOpen } from './support/filing';
import { login, mainMenu } from './support/login';
import { accessToken } from './support/review';

const ACCOUNT = '崇川教育微博';

/** The date `days` from today in Shanghai, as YYYY-MM-DD. */
function shanghaiDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Shanghai',
  });
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

async function pickDate(field: Locator, date: string): Promise<void> {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

test('an operator keeps an account: details, export, custody, departure, closure', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // a whole journey through four pages and two users
  await login(page, 'cc-operator', '/accounts');
  await fileOpen(page, ACCOUNT, '微博');
  await expect(page).toHaveURL(/\/filings\/\d+$/);
  await (await approveAsSupervisor(browser, ACCOUNT)).context().close();

  // the register: filter by name, export the same selection, open the details
  await mainMenu(page).getByRole('menuitem', { name: /账号/ }).click();
  await page.getByRole('searchbox', { name: '搜索账号名称' }).fill('微博');
  await page.getByRole('searchbox', { name: '搜索账号名称' }).press('Enter');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(2); // header + the one account
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 Excel/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await table.getByRole('link', { name: ACCOUNT }).click();
  await expect(page.getByTestId('account-status')).toHaveText('已开通');
  await expect(page.getByTestId('account-details')).toContainText('南通市崇川区教育体育局');
  const history = page.getByTestId('account-history');
  await expect(history).toContainText('登记');
  await expect(history).toContainText('崇川区政府办监管员');
  const accountUrl = page.url();

  // staff: register a trained person, make them a credential holder
  await mainMenu(page).getByRole('menuitem', { name: /人员/ }).click();
  await page.getByRole('button', { name: /新增人员/ }).click();
  let dialog = page.getByRole('dialog', { name: '新增人员' });
  await dialog.getByLabel('姓名').fill('李华');
  await dialog.getByLabel('职务').fill('宣传干事');
  await pickDate(dialog.getByLabel('培训日期'), '2026-11-02');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByRole('row').filter({ hasText: '李华' })).toContainText('2026-11-02');

  await page.goto(accountUrl);
  await page.getByRole('button', { name: '设置保管人' }).click();
  dialog = page.getByRole('dialog', { name: '设置密码保管人' });
  await dialog.getByLabel('保管人').click();
  await page.getByTitle('李华（培训于 2026-11-02）').click();
  await dialog.getByText(/只能选择/).click(); // closes the dropdown that covers the buttons
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByText('保管人已更新')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('培训于 2026-11-02', { exact: true })).toBeVisible();

  // departure opens a rotation task (Art 27), which the operator completes
  await page.goto('/staff');
  await page
    .getByRole('row')
    .filter({ hasText: '李华' })
    .getByRole('button', { name: /离\s?岗/ })
    .click();
  dialog = page.getByRole('dialog', { name: '人员离岗：李华' });
  await expect(dialog.getByRole('button', { name: '确认离岗' })).toBeVisible();
  // Enter in the only field submits the form, like the 确认离岗 button
  await pickDate(dialog.getByLabel('离岗日期'), '2026-11-27');
  await expect(page.getByText('已登记离岗，相关账号已生成密码更换任务')).toBeVisible();
  await page.getByRole('tab', { name: '密码更换任务' }).click();
  const task = page.getByRole('row').filter({ hasText: ACCOUNT });
  await expect(task).toContainText('李华');
  await task.getByRole('button', { name: /完\s?成/ }).click();
  dialog = page.getByRole('dialog', { name: `完成密码更换：${ACCOUNT}` });
  await dialog.getByRole('button', { name: /完\s?成/ }).click();
  await expect(dialog.getByText('请填写更换说明')).toBeVisible();
  await dialog.getByLabel('说明').fill('已更换密码');
  await dialog.getByRole('button', { name: /完\s?成/ }).click();
  await expect(page.getByText('密码更换任务已完成')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: ACCOUNT })).toHaveCount(0);

  // closure: the basis and 15 working days of announcement (Art 16)
  await page.goto(accountUrl);
  await page.getByRole('button', { name: '关停备案' }).click();
  await expect(page).toHaveURL(/\/filings\/new\/close\?accountId=\d+$/);
  await page.getByLabel('集体决策').check();
  await page.getByLabel('文号').fill('崇教体〔2026〕12号');
  // the announcement starts today (never earlier) and runs at least 15 working days (the API's calendar says until when)
  const today = shanghaiDate(0);
  const earliest = await page.request.get(`/api/v1/calendar/working-days?from=${today}&days=15`, {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
  });
  const earliestEnd = ((await earliest.json()) as { date: string }).date;
  await pickDate(page.getByLabel('决定日期'), shanghaiDate(-3));
  await pickDate(page.getByLabel('公告开始日期'), today);
  await expect(page.getByTestId('earliest-end')).toContainText(earliestEnd);
  await pickDate(page.getByLabel('公告结束日期'), dayBefore(earliestEnd));
  await page.getByRole('button', { name: '提交备案' }).click();
  await expect(page.getByText(`最早于 ${earliestEnd} 结束`)).toBeVisible();
  // Enter in the date field submits the form, as 提交备案 would
  await pickDate(page.getByLabel('公告结束日期'), earliestEnd);
  await expect(page).toHaveURL(/\/filings\/\d+$/);
  await expect(page.getByTestId('filing-details')).toContainText('关停');
  await expect(page.getByTestId('filing-details')).toContainText(earliestEnd);
});

test('city-admin reads and corrects the working-day calendar', async ({ page }) => {
  await login(page, 'city-admin', '/calendar');
  await expect(page.getByRole('region', { name: '2026 年放假日期' })).toContainText('2026-02-15');
  await expect(page.getByTestId('calendar-unknown')).toHaveCount(0);

  await pickDate(page.getByLabel('起始日期', { exact: true }), '2026-09-30');
  await page.getByLabel('工作日数').fill('3');
  await page.getByRole('button', { name: /计\s?算/ }).click();
  // 10-01..10-07 are holidays: 10-08, 10-09 and the make-up Saturday 10-10
  await expect(page.getByTestId('working-day-result')).toContainText('为 2026-10-10');

  await pickDate(page.getByLabel('年份', { exact: true }), '2031');
  await expect(page.getByTestId('calendar-unknown')).toContainText('按周一至周五计算');
  await page.getByRole('button', { name: /录入/ }).click();
  const dialog = page.getByRole('dialog', { name: '录入或更正 2031 年节假日安排' });
  await dialog.getByLabel('依据').fill('测试通知');
  await dialog.getByRole('button', { name: '添加放假日期' }).click();
  await pickDate(dialog.getByPlaceholder('请选择日期'), '2031-01-01');
  await dialog.getByPlaceholder('如 春节').fill('元旦');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByText('2031 年节假日安排已保存')).toBeVisible();
  await expect(page.getByRole('region', { name: '2031 年放假日期' })).toContainText('元旦');
  await expect(page.getByTestId('calendar-unknown')).toHaveCount(0);
});
