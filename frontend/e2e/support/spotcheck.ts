import { expect, type Page } from '@playwright/test';
import { accessToken } from './review';

export async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path, {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

/**
 * The latest quarter without a check by the caller's own organization (one check per quarter per
 * organization, Art 32.2): a reused database too.
 */
export async function freeQuarter(page: Page, organizationName: string): Promise<string> {
  const used = new Set(
    (await getJson<{ quarter: string; organizationName: string }[]>(page, '/api/v1/spot-checks'))
      .filter((c) => c.organizationName === organizationName)
      .map((c) => c.quarter),
  );
  const now = new Date();
  for (let back = 0; ; back++) {
    const index = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3) - back;
    const quarter = `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    if (!used.has(quarter)) return quarter;
  }
}
