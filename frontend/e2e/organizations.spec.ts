import { expect, test } from '@playwright/test';
import { login, mainMenu } from './support/login';

test('city-admin signs in to the workbench and sees the whole organization tree in Chinese', async ({
  page,
}) => {
  await login(page, 'city-admin');

  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.getByTestId('workbench')).toContainText('工作台');
  await mainMenu(page).getByRole('menuitem', { name: /单位/ }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  const tree = page.getByRole('tree', { name: '单位树' });
  await expect(tree.getByText('南通市人民政府', { exact: true })).toBeVisible();
  await expect(tree.getByText('如东县人民政府', { exact: true })).toBeVisible();
  await expect(tree.getByText('南通市崇川区人民政府', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /新建单位/ })).toBeVisible();

  const menu = mainMenu(page);
  await expect(menu.getByRole('menuitem', { name: /审计/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /单位/ })).toBeVisible();
  await expect(page.getByTestId('user-organization')).toContainText('南通市人民政府办公室');
});

test('rd-operator sees only its own unit, no audit menu, and a 403 on /audit', async ({ page }) => {
  await login(page, 'rd-operator', '/organizations');

  const tree = page.getByRole('tree', { name: '单位树' });
  await expect(tree.getByText('如东县文化广电和旅游局', { exact: true })).toBeVisible();
  await expect(tree.getByText('南通市崇川区人民政府', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /新建单位/ })).toHaveCount(0);

  const menu = mainMenu(page);
  await expect(menu.getByRole('menuitem', { name: /单位/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /审计/ })).toHaveCount(0);

  await page.goto('/audit');
  await expect(page.getByText('抱歉，您无权访问此页面')).toBeVisible();
  await expect(page.getByText('403', { exact: true })).toBeVisible();
});
