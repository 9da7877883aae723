import { expect, test, type Locator, type Page } from '@playwright/test';
import { login, signIn } from './support/login';
import { accessToken } from './support/review';
import { localStorageItem, secondsToExpiry, setTokenExpiry } from './support/storage';

const DRAFT_KEY = 'govmedia.draft.cc-operator.review.new';

/** What the hidden renewal frame did: requests to the provider (prompt=none), and refusals that came back. */
interface Renewals {
  attempts: number;
  refused: number;
}

function watchRenewals(page: Page): Renewals {
  const renewals: Renewals = { attempts: 0, refused: 0 };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/oauth2/authorize' && url.searchParams.get('prompt') === 'none')
      renewals.attempts++;
    if (url.pathname === '/silent-renew' && url.searchParams.has('error')) renewals.refused++;
  });
  return renewals;
}

/**
 * The renewal has given up and its frame is gone: the provider answered the hidden frame's prompt=none with
 * login_required at once (no login session), and the app does not ask again.
 */
function renewalGaveUp(page: Page, renewals: Renewals): boolean {
  return renewals.attempts >= 1 && renewals.refused >= 1 && page.frames().length === 1;
}

/** Clicks 检查 and waits for the content check's answer. */
async function checkAndWait(page: Page, check: Locator, status: number): Promise<void> {
  const answer = page.waitForResponse((response) =>
    response.url().endsWith('/api/v1/content-checks'),
  );
  await check.click();
  expect((await answer).status()).toBe(status);
}

test('the access token is renewed in a hidden frame while the login session lasts', async ({
  page,
}) => {
  await login(page, 'cc-operator', '/reviews');
  const renewals = watchRenewals(page);
  const before = await accessToken(page);

  // 30 s left: within the last minute, so the app renews at once when it loads the user again
  await setTokenExpiry(page, 30);
  await page.reload();

  await expect.poll(() => accessToken(page)).not.toBe(before);
  expect(await secondsToExpiry(page)).toBeGreaterThan(25 * 60);
  expect(renewals).toEqual({ attempts: 1, refused: 0 });
  // no round trip through the login page, and the new token is accepted
  await expect(page).toHaveURL(/127\.0\.0\.1:5173\/reviews$/);
  const me = await page.request.get('/api/v1/me', {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
  });
  expect(me.status()).toBe(200);
});

test('typing in the review editor survives a login that expired and could not be renewed', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const title = `会话过期测试 ${stamp}`;
  const body = `这是一段尚未保存的正文，登录过期后仍应保留。${stamp}`;

  await login(page, 'cc-operator', '/reviews/new');
  await expect(page.getByText('撰写审核单')).toBeVisible();
  const renewals = watchRenewals(page);
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('正文').fill(body);
  await expect.poll(() => localStorageItem(page, DRAFT_KEY)).toContain(body);

  // the provider's login session ends, and the token is in its last minute: the next use of the token starts a
  // renewal, which fails, quietly
  await page.context().clearCookies({ name: 'JSESSIONID', domain: '127.0.0.1', path: '/' });
  await setTokenExpiry(page, 50);
  // after a check its loading icon can linger, still named, while its leave animation has not ended on a busy machine
  const check = page.getByRole('button', { name: /检\s?查$/ });
  await checkAndWait(page, check, 200);
  await expect.poll(() => renewalGaveUp(page, renewals)).toBe(true);
  await expect(page.getByText('登录已过期')).toHaveCount(0);
  await expect(page).toHaveURL(/\/reviews\/new$/);
  await expect(page.getByLabel('正文')).toHaveText(body);

  // the token runs out: the next action asks to log in again
  await setTokenExpiry(page, -60);
  await checkAndWait(page, check, 401);
  const expired = page.getByRole('dialog').filter({ hasText: '登录已过期' });
  await expect(expired).toBeVisible();
  await expired.getByRole('button', { name: '重新登录' }).click();
  await signIn(page, 'cc-operator');

  // back in the editor, with what was typed
  await expect(page).toHaveURL(/\/reviews\/new$/);
  await expect(page.getByText('已恢复您上次未保存的内容')).toBeVisible();
  await expect(page.getByLabel('标题')).toHaveValue(title);
  await expect(page.getByLabel('正文')).toHaveText(body);
  // given up for good: no renewal after that
  expect(renewals.attempts).toBe(1);

  // discarding it empties the form and the browser's copy
  await page.getByRole('button', { name: '放弃恢复的内容' }).click();
  await expect(page.getByLabel('标题')).toHaveValue('');
  await expect.poll(() => localStorageItem(page, DRAFT_KEY)).toBeNull();
});
