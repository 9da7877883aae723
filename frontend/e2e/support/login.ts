import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo';

/**
 * Opens `path` in the SPA, which sends the browser to the provider's login form; signs in there
 * and waits until the SPA is back with the admin layout.
 */
export async function login(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(path);
  await signIn(page, username);
}

/** On the provider's login form (where the SPA has sent the browser): signs in and waits for the SPA. */
export async function signIn(page: Page, username: string): Promise<void> {
  // the SPA redirects to the provider (http://127.0.0.1:9000) whose form has #username/#password
  await expect(page.locator('#username')).toBeVisible();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:9000\//);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:5173\//);
  await expect(page.getByRole('button', { name: /退\s?出/ })).toBeVisible();
  // the callback's code and state are stripped from the address bar
  await expect(page).not.toHaveURL(/[?&]code=/);
}

export function mainMenu(page: Page) {
  return page.getByRole('menu', { name: '主菜单' });
}
