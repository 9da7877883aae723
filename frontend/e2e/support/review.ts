import { expect, type Browser, type Page } from '@playwright/test';
import { choose } from './choose';
import { pageAs } from './filing';

/** The access token the SPA holds for its signed-in user (oidc-client-ts keeps it in sessionStorage). */
export async function accessToken(page: Page): Promise<string> {
  // evaluated in the page (the e2e project has no DOM types)
  const storage = JSON.parse(
    await page.evaluate<string>('JSON.stringify(sessionStorage)'),
  ) as Record<string, string>;
  const key = Object.keys(storage).find((name) => name.startsWith('oidc.user:'));
  const user = key ? (JSON.parse(storage[key]) as { access_token?: string }) : {};
  return user.access_token ?? '';
}

/** `username` finds the ticket under 我的待审 (filtered to its 分级) and approves its current step. */
export async function approveAs(
  browser: Browser,
  username: string,
  title: string,
  classification = '重要',
): Promise<void> {
  const reviewer = await pageAs(browser, username, '/reviews');
  await reviewer.getByRole('tab', { name: '我的待审' }).click();
  await choose(reviewer, reviewer.getByLabel('分级'), classification);
  const row = reviewer.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText(classification);
  await row.getByRole('link', { name: title }).click();
  await expect(reviewer).toHaveURL(/\/reviews\/\d+$/);
  await reviewer.getByRole('button', { name: /^审\s?核$/ }).click();
  const dialog = reviewer.getByRole('dialog', { name: `审核：${title}` });
  await expect(dialog.getByLabel('通过')).toBeChecked();
  await dialog.getByRole('button', { name: /^提\s?交$/ }).click();
  await expect(reviewer.getByText('审核意见已提交')).toBeVisible();
  await expect(reviewer.getByRole('button', { name: /^审\s?核$/ })).toHaveCount(0);
  await reviewer.context().close();
}
