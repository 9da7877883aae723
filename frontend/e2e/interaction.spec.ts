import { expect, test, type Page } from '@playwright/test';
import { approveAsSupervisor, fileOpen, pageAs } from './support/filing';
import { login, mainMenu } from './support/login';
import { accessToken, approveAs } from './support/review';
import { choose } from './support/choose';

// the public endpoints are called on the API itself, as a mobile client would
const API = 'http://127.0.0.1:8080';
// an account of its own (one live account per platform and host, Art 12: the other specs open
// WeChat, Weibo and Douyin accounts for CC-EDU), so this spec does not depend on their order
const ACCOUNT = '崇川教育快手';

/** The id of the signed-in user's own organization (GET /api/v1/me). */
async function ownOrganizationId(page: Page): Promise<number> {
  const me = await page.request.get('/api/v1/me', {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
  });
  expect(me.ok()).toBe(true);
  const body = (await me.json()) as { organization?: { id: number } };
  return body.organization?.id ?? 0;
}

test('a public complaint is moderated and forwarded by cc-operator, answered by cc-handler, and the submitter reads the reply', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const title = `校门口早高峰拥堵 ${stamp}`;
  const reply = `您好，区卫健委已会同交警部门调整接送时段，感谢监督。${stamp}`;

  await login(page, 'cc-operator', '/interactions');
  const handler = await pageAs(browser, 'cc-handler', '/interactions');
  const edu = await ownOrganizationId(page);
  const health = await ownOrganizationId(handler);
  expect(edu).toBeGreaterThan(0);
  expect(health).toBeGreaterThan(0);

  // 1. an anonymous submission through the public API (Art 24)
  const submitted = await request.post(`${API}/api/public/v1/complaints`, {
    headers: { 'Idempotency-Key': `e2e-${stamp}` },
    data: {
      kind: 'COMPLAINT',
      organizationId: edu,
      title,
      content: '学校门口每天早上七点半车辆拥堵，孩子过马路很危险。',
      contact: { name: '张明', phone: '13912345678' },
    },
  });
  expect(submitted.status()).toBe(201);
  const receipt = (await submitted.json()) as { trackingNumber: string; queryToken: string };
  expect(receipt.trackingNumber).toMatch(/^TS\d{14}$/);

  // 2. cc-operator finds it in the queue, publishes it and forwards it to CC-HEALTH
  await page.reload();
  await page
    .getByRole('searchbox', { name: '搜索受理编号、标题或内容' })
    .fill(receipt.trackingNumber);
  await page.getByRole('searchbox', { name: '搜索受理编号、标题或内容' }).press('Enter');
  const row = page.getByRole('table', { name: '公众提交' }).getByRole('row').filter({
    hasText: receipt.trackingNumber,
  });
  await expect(row).toContainText('投诉');
  await expect(row).toContainText('待审核');
  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/interactions\/\d+$/);

  await page.getByRole('button', { name: '审核公开' }).click();
  const moderation = page.getByRole('dialog', { name: '审核公开' });
  await expect(moderation.getByLabel('公开')).toBeChecked();
  await moderation.getByRole('button', { name: /^确\s?定$/ }).click();
  await expect(page.getByText('审核结果已保存')).toBeVisible();
  await expect(page.getByText('已公开', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: /^转\s?办$/ }).click();
  const forward = page.getByRole('dialog', { name: '转送业务部门' });
  await choose(page, forward.getByLabel('承办部门'), '南通市崇川区卫生健康委员会', {
    search: '卫生健康',
  });
  await expect(forward.getByLabel('办理时限（工作日）')).toHaveValue('5');
  await forward.getByLabel('转办说明').fill('请核实学校周边交通情况后答复');
  await forward.getByRole('button', { name: /^转\s?送$/ }).click();
  await expect(page.getByText('已转送业务部门办理')).toBeVisible();
  await expect(page.getByText('已转办', { exact: true })).toBeVisible();
  await expect(page.getByText('转送办理 · 崇川区教体局运维员')).toBeVisible();

  // 3. cc-handler (CC-HEALTH) sees it forwarded, reads the contact (logged) and answers
  await handler.reload();
  const forwarded = handler.getByRole('table', { name: '公众提交' }).getByRole('row').filter({
    hasText: receipt.trackingNumber,
  });
  await expect(forwarded).toContainText('已转办');
  await forwarded.getByRole('link', { name: title }).click();
  await expect(handler.getByRole('button', { name: /^转\s?办$/ })).toHaveCount(0);
  await handler.getByRole('button', { name: '查看联系方式' }).click();
  await expect(handler.getByTestId('complaint-contact')).toContainText('13912345678');
  await expect(handler.getByText('查看联系方式 · 崇川区卫健委经办人')).toBeVisible();
  await handler.getByRole('button', { name: /^答\s?复$/ }).click();
  const answer = handler.getByRole('dialog', { name: '答复' });
  await answer.getByLabel(/答复内容/).fill(reply);
  await answer.getByRole('button', { name: /^答\s?复$/ }).click();
  await expect(handler.getByText('已答复', { exact: true }).first()).toBeVisible();
  await expect(handler.getByTestId('complaint-reply')).toContainText(reply);
  await handler.context().close();

  // 4. the submitter's status query with the token shows the reply; a wrong token is a 404
  const status = await request.get(`${API}/api/public/v1/complaints/${receipt.trackingNumber}`, {
    headers: { 'X-Query-Token': receipt.queryToken },
  });
  expect(status.status()).toBe(200);
  expect(await status.json()).toMatchObject({ status: 'ANSWERED', reply, title });
  const wrong = await request.get(`${API}/api/public/v1/complaints/${receipt.trackingNumber}`, {
    headers: { 'X-Query-Token': 'not-the-token' },
  });
  expect(wrong.status()).toBe(404);
});

test('a rumour rebuttal is written, reviewed, published, and appears in the public feed and as ClaimReview', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000); // a filing, three users and a review chain
  const stamp = Date.now().toString(36);
  const title = `崇川区中小学寒假时间未调整 ${stamp}`;
  const rumour = `网传崇川区中小学将于12月1日提前放寒假。${stamp}`;
  const url = `https://www.kuaishou.com/short-video/e2e-${stamp}`;

  // an ACTIVE account of CC-EDU to publish on
  await login(page, 'cc-operator', '/rumours');
  await fileOpen(page, ACCOUNT, '快手');
  await expect(page).toHaveURL(/\/filings\/\d+$/);
  await (await approveAsSupervisor(browser, ACCOUNT)).context().close();

  // 1. cc-operator writes the rebuttal
  await mainMenu(page).getByRole('menuitem', { name: /辟谣/ }).click();
  await page.getByRole('button', { name: /撰写辟谣/ }).click();
  await expect(page).toHaveURL(/\/rumours\/new$/);
  await page.getByLabel('标题').fill(title);
  await choose(page, page.getByLabel('发布账号'), `${ACCOUNT}（南通市崇川区教育体育局）`);
  await page.getByLabel(/谣言内容/).fill(rumour);
  await page
    .getByLabel('事实真相')
    .fill('经核实，崇川区中小学寒假时间按南通市校历执行，未作调整。');
  await page.getByLabel('依据说明').fill('南通市2026—2027学年校历');
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText('辟谣已保存')).toBeVisible();
  await expect(page).toHaveURL(/\/rumours\/\d+$/);
  const rebuttalId = Number(/\/rumours\/(\d+)$/.exec(page.url())?.[1]);
  await expect(page.getByText('草稿', { exact: true })).toBeVisible();

  // 2. sent to review (at least 重要, Art 17, 23), then the ticket is submitted
  await page.getByRole('button', { name: /^送\s?审$/ }).click();
  const review = page.getByRole('dialog', { name: '送审' });
  await expect(review.getByLabel('重要')).toBeChecked();
  await review.getByRole('button', { name: /^送\s?审$/ }).click();
  await expect(page.getByText('已生成审核单')).toBeVisible();
  await expect(page.getByText('审核中', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '提交审核单' }).click();
  await expect(page.getByText('审核单已提交')).toBeVisible();
  await expect(page.getByRole('button', { name: '提交审核单' })).toHaveCount(0);

  // 3. approved by the reviewer and the deputy leader
  await approveAs(browser, 'cc-reviewer', title);
  await approveAs(browser, 'cc-deputy', title);

  // 4. cc-operator records the publication on the ticket
  await page.reload();
  await page.getByRole('link', { name: /审核单 #\d+/ }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  await expect(page.getByText('已签发', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '登记发布' }).click();
  const publish = page.getByRole('dialog', { name: '登记发布' });
  await publish.getByLabel('发布链接').fill(url);
  await publish.getByRole('button', { name: /^登\s?记$/ }).click();
  await expect(page.getByText('已登记发布')).toBeVisible();
  await page.goto(`/rumours/${rebuttalId}`);
  await expect(page.getByText('已发布', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: url })).toBeVisible();

  // 5. the public feed lists it, and the item is a schema.org ClaimReview
  const feed = await request.get(
    `${API}/api/public/v1/rumour-rebuttals?q=${encodeURIComponent(stamp)}`,
  );
  expect(feed.status()).toBe(200);
  const items = ((await feed.json()) as { items: { id: number; url: string }[] }).items;
  expect(items).toContainEqual(expect.objectContaining({ id: rebuttalId, url }));
  const claim = await request.get(`${API}/api/public/v1/rumour-rebuttals/${rebuttalId}`, {
    headers: { Accept: 'application/ld+json' },
  });
  expect(claim.status()).toBe(200);
  expect(claim.headers()['content-type']).toContain('application/ld+json');
  const jsonLd = (await claim.json()) as Record<string, unknown>;
  expect(jsonLd['@type']).toBe('ClaimReview');
  expect(jsonLd.claimReviewed).toContain(stamp);
  expect(jsonLd.url).toBe(url);
});
