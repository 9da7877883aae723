import type { Page } from '@playwright/test';

// evaluated in the page as strings (the e2e project has no DOM types)

/**
 * Moves the expiry of the signed-in user that oidc-client-ts keeps in sessionStorage to `seconds` from now
 * (negative: in the past). The app reads it on its next use of the token; the token itself is unchanged.
 */
export async function setTokenExpiry(page: Page, seconds: number): Promise<void> {
  await page.evaluate(`(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    const user = JSON.parse(sessionStorage.getItem(key));
    user.expires_at = Math.floor(Date.now() / 1000) + ${seconds};
    sessionStorage.setItem(key, JSON.stringify(user));
  })()`);
}

/** Seconds until the stored user's token runs out, as the app sees it. */
export async function secondsToExpiry(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    return JSON.parse(sessionStorage.getItem(key)).expires_at - Math.floor(Date.now() / 1000);
  })()`);
}

/** The raw localStorage entry under `key`, or null. */
export async function localStorageItem(page: Page, key: string): Promise<string | null> {
  return page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(key)})`);
}
