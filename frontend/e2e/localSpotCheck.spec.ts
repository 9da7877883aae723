import { expect, test } from '@playwright/test';
import { choose } from './support/choose';
import { approveAsSupervisor, fileOpen, pageAs } from './support/filing';
import { login } from './support/login';
import { freeQuarter, getJson } from './support/spotcheck';

// a live account of 崇川区 of its own (one live account per platform and host), so the county's
// population is never empty whichever specs ran before
const ACCOUNT = '崇川教育小红书';
const COUNTY = '南通市崇川区人民政府';

test('Art 32.2: a county supervisor runs the county own quarterly check, records a finding, closes it and releases the notice (Art 32.6)', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);

  // 0. a live account of CC-EDU (filed and approved once; a reused database keeps it)
  await login(page, 'cc-operator', '/accounts');
  const live = await getJson<{ totalItems: number }>(
    page,
    `/api/v1/accounts?status=ACTIVE&q=${encodeURIComponent(ACCOUNT)}`,
  );
  if (live.totalItems === 0) {
    await fileOpen(page, ACCOUNT, '小红书');
    await expect(page).toHaveURL(/\/filings\/\d+$/);
    await (await approveAsSupervisor(browser, ACCOUNT)).context().close();
  }

  // 1. cc-supervisor draws the sample of the county's own check: only 崇川区 accounts
  const supervisor = await pageAs(browser, 'cc-supervisor', '/supervision/spot-checks');
  await expect(supervisor.getByRole('tab', { name: '季度抽查', selected: true })).toBeVisible();
  const quarter = await freeQuarter(supervisor, COUNTY);
  await supervisor.getByRole('button', { name: /发起本级抽查/ }).click();
  const create = supervisor.getByRole('dialog', { name: '发起本级季度抽查' });
  await create.getByLabel('季度').fill(quarter);
  await create.getByLabel('随机种子').fill('7');
  await create.getByRole('button', { name: /^抽\s?样$/ }).click();
  await expect(supervisor).toHaveURL(/\/supervision\/spot-checks\/\d+$/, { timeout: 60_000 });
  const checkId = Number(new URL(supervisor.url()).pathname.split('/').pop());
  await expect(supervisor.getByText(`${COUNTY} ${quarter} 季度抽查`)).toBeVisible();
  await expect(supervisor.getByTestId('spot-check-details')).toContainText('直属单位');
  const sample = supervisor.getByRole('table', { name: '抽中账号' });
  const rows = sample.getByRole('row').filter({ has: supervisor.getByRole('link') });
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain('南通市崇川区');

  // 2. the supervisor records a finding on the first sampled account and closes the check
  const first = rows.first();
  const accountName = (await first.getByRole('link').first().innerText()).trim();
  await first.getByRole('button', { name: '记录问题' }).click();
  const finding = supervisor.getByRole('dialog', { name: `记录问题：${accountName}` });
  await choose(supervisor, finding.getByLabel('检查项'), '检查时点前2周内无更新');
  await finding.getByLabel('问题描述').fill(`县级自查：两周内无更新 ${stamp}`);
  await finding.getByRole('button', { name: /^记\s?录$/ }).click();
  await expect(supervisor.getByText(/问题已记录，已向主办单位下发整改任务/)).toBeVisible();
  await supervisor.getByRole('button', { name: '结束抽查' }).click();
  await supervisor.getByRole('button', { name: /^结\s?束$/ }).click();
  await expect(supervisor.getByTestId('spot-check-details')).toContainText('已结束');
  await expect(
    sample
      .getByRole('row')
      .filter({ has: supervisor.getByRole('link', { name: accountName, exact: true }) }),
  ).toContainText('不合格');

  // 3. the notice is released and read on the public endpoint, without the finding's description
  await supervisor.getByRole('button', { name: '公开发布通报' }).click();
  await supervisor.getByRole('button', { name: /^发\s?布$/ }).click();
  await expect(supervisor.getByText('通报已公开发布')).toBeVisible();
  const notices = (await (
    await supervisor.request.get('/api/public/v1/supervision-notices?kind=SPOT_CHECK')
  ).json()) as { items: { id: number; title: string; period: string }[] };
  const notice = notices.items.find((n) => n.period === quarter && n.title.includes(COUNTY));
  expect(notice, 'the county notice is public').toBeDefined();
  const detail = await (
    await supervisor.request.get(`/api/public/v1/supervision-notices/${notice!.id}`)
  ).text();
  expect(detail).toContain(accountName);
  expect(detail).not.toContain(stamp);

  // 4. the list shows the county's own check; the city sees it too
  await supervisor.goto('/supervision/spot-checks');
  await expect(
    supervisor
      .getByRole('table', { name: '季度抽查' })
      .getByRole('row')
      .filter({ hasText: quarter }),
  ).toContainText('本级自查');
  await supervisor.context().close();
  const admin = await pageAs(browser, 'city-admin', '/supervision/spot-checks');
  await expect(
    admin
      .getByRole('link', { name: `${quarter} 季度抽查` })
      .and(admin.locator(`[href$="/${checkId}"]`)),
  ).toBeVisible();
  await admin.context().close();
});
