import { expect, test } from '@playwright/test';
import { login, mainMenu } from './support/login';

test('city-admin opens 省级同步: three tabs, alerts, and a refused reconciliation', async ({
  page,
}) => {
  await login(page, 'city-admin');
  await mainMenu(page)
    .getByRole('menuitem', { name: /省级同步/ })
    .click();
  await expect(page).toHaveURL(/\/sync$/);

  await expect(page.getByRole('tab', { name: '报送队列' })).toBeVisible();
  await expect(page.getByRole('table', { name: '报送队列' })).toBeVisible();
  const alertsTab = page.getByRole('tab', { name: /期限预警/ });
  await expect(alertsTab).toBeVisible();
  await expect(page.getByRole('tab', { name: '对账' })).toBeVisible();

  await alertsTab.click();
  await expect(page.getByText('暂无预警').or(page.getByTestId('sync-alerts'))).toBeVisible();

  await page.getByRole('tab', { name: '对账' }).click();
  await page.getByRole('button', { name: /立即对账/ }).click();
  await expect(page.getByTestId('api-error')).toContainText('未配置省级系统地址');
});

test('cc-operator opens 整改 and sees the tasks of its own unit only', async ({ page }) => {
  await login(page, 'cc-operator');
  await mainMenu(page).getByRole('menuitem', { name: /整改/ }).click();
  await expect(page).toHaveURL(/\/rectifications$/);
  const table = page.getByRole('table', { name: '整改任务' });
  await expect(table).toBeVisible();
  // other specs may have left findings on CC-EDU's accounts (a county's own spot check): empty, or CC-EDU's only
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(table.locator('.ant-empty-description').or(rows.first())).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toContainText('南通市崇川区教育体育局');
  }
});
