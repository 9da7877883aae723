import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { approveAsSupervisor, fileOpen, pageAs } from './support/filing';
import { accessToken } from './support/review';

// the 公众端 mobile app (/m/) on a phone
test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

const EDUCATION = '南通市崇川区教育体育局';
const HEALTH = '南通市崇川区卫生健康委员会';
const PHOTOS = [
  `${import.meta.dirname}/fixtures/photo.png`,
  `${import.meta.dirname}/fixtures/photo.jpg`,
];

/** No serious or critical axe violation on the page as it is now. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect(bad, `axe on ${what}`).toEqual([]);
}

/** Authorization for the API as the user signed in on `page`. */
async function bearer(page: Page): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await accessToken(page)}` };
}

test('a citizen verifies an account on the phone, is offered an FAQ answer, complains with two photos; 崇川区卫健委 answers; the citizen reads the reply', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000); // a filing, the citizen, the forward and the reply
  const stamp = Date.now().toString(36);
  const account = `崇川教育小程序${stamp}`;
  const question = `学校食堂的卫生问题向谁反映？（${stamp}）`;
  const answer = `可向学校或区教育体育局反映，食品安全问题由区卫生健康委员会核处。${stamp}`;
  const title = `学校食堂卫生状况差 ${stamp}`;
  const reply = `您好，区卫健委已会同学校完成食堂卫生检查并督促整改，感谢反映。${stamp}`;

  // 0. what the citizen will meet: a live account of 崇川区教体局 (cc-operator) and a published FAQ of it
  const operator = await pageAs(browser, 'cc-operator', '/filings');
  await fileOpen(operator, account, '小程序');
  await expect(operator).toHaveURL(/\/filings\/\d+$/);
  await (await approveAsSupervisor(browser, account)).context().close();
  const faq = await operator.request.post('/api/v1/faqs', {
    headers: await bearer(operator),
    data: { question, answer, published: true },
  });
  expect(faq.status()).toBe(201);

  // 1. 核验: the account is official, hosted by 崇川区教体局
  await page.goto('/m/');
  await expect(page).toHaveURL(/\/m\/#\/verify$/);
  await expect(page.getByRole('heading', { name: '核验政务新媒体账号' })).toBeVisible();
  await expectAccessible(page, '核验');
  await page.getByRole('textbox', { name: '账号名称' }).fill(account);
  await page.getByRole('button', { name: '核验', exact: true }).click();
  const result = page.getByTestId('verify-result');
  await expect(result.getByText('官方账号', { exact: true })).toBeVisible();
  await expect(result.getByText(`主办单位：${EDUCATION}`).first()).toBeVisible();
  await expectAccessible(page, '核验结果');

  // 2. 留言 to that account: an FAQ answer is offered while the title is typed
  await result.getByRole('button', { name: '向该账号留言' }).click();
  await expect(page).toHaveURL(/#\/submit\?organizationId=\d+&accountId=\d+$/);
  await expect(page.getByRole('button', { name: EDUCATION })).toBeVisible();
  await expect(page.getByText(`${account} · 小程序`)).toBeVisible();
  await page.getByText('投诉', { exact: true }).click();
  await page.getByRole('textbox', { name: '标题' }).fill('学校食堂的卫生');
  const suggestions = page.getByTestId('faq-suggestions');
  await expect(suggestions.getByText('这些回答可能已经解决您的问题')).toBeVisible();
  await suggestions.getByText(question).click();
  await expect(suggestions.getByText(answer)).toBeVisible();
  await expectAccessible(page, '提交（答问建议展开）');
  await page.getByRole('textbox', { name: '标题' }).fill(title);
  await page
    .getByRole('textbox', { name: '具体内容' })
    .fill('孩子所在学校食堂餐具清洗不净、后厨地面积水，请相关部门检查处理。');
  await page.locator('#submit-photos').setInputFiles(PHOTOS);
  await expect(page.getByRole('img', { name: /待上传照片/ })).toHaveCount(2);
  await page.getByRole('button', { name: '提交', exact: true }).click();

  // 3. 回执: tracking number and the token shown once, kept under 我的提交
  await expect(page).toHaveURL(/#\/receipt\/TS\d+$/);
  const trackingNumber = (await page.getByTestId('tracking-number').textContent()) ?? '';
  expect(trackingNumber).toMatch(/^TS\d{14}$/);
  await expect(page.getByTestId('query-token')).not.toBeEmpty();
  await expect(page.getByText(/查询码只显示这一次，已保存在本机/)).toBeVisible();
  await expectAccessible(page, '回执');

  // 4. the host's operator forwards it to the department responsible, 崇川区卫健委 (Art 24)
  const auth = await bearer(operator);
  const listed = await operator.request.get(
    `/api/v1/complaints?q=${encodeURIComponent(trackingNumber)}`,
    { headers: auth },
  );
  const complaint = ((await listed.json()) as { items: { id: number; version: number }[] })
    .items[0];
  const targets = await operator.request.get(`/api/v1/complaints/${complaint.id}/forward-targets`, {
    headers: auth,
  });
  const health = ((await targets.json()) as { id: number; name: string }[]).find(
    (target) => target.name === HEALTH,
  );
  expect(health).toBeDefined();
  const forwarded = await operator.request.post(`/api/v1/complaints/${complaint.id}/forward`, {
    headers: auth,
    data: {
      organizationId: health!.id,
      dueInWorkingDays: 5,
      note: '食堂卫生请区卫健委核处',
      version: complaint.version,
    },
  });
  expect(forwarded.ok()).toBe(true);
  await operator.context().close();

  // 5. cc-handler at 崇川区卫健委 sees both photos in the admin app and answers
  const handler = await pageAs(browser, 'cc-handler', '/interactions');
  const search = handler.getByRole('searchbox', { name: '搜索受理编号、标题或内容' });
  await search.fill(trackingNumber);
  await search.press('Enter');
  const row = handler.getByRole('table', { name: '公众提交' }).getByRole('row').filter({
    hasText: trackingNumber,
  });
  await row.getByRole('link', { name: title }).click();
  await expect(handler).toHaveURL(/\/interactions\/\d+$/);
  for (const alt of ['照片 1', '照片 2']) {
    const photo = handler.getByRole('img', { name: alt });
    await expect(photo).toBeVisible();
    await expect
      .poll(() =>
        photo.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(0);
  }
  await handler.getByRole('button', { name: /^答\s?复$/ }).click();
  const dialog = handler.getByRole('dialog', { name: '答复' });
  await dialog.getByLabel(/答复内容/).fill(reply);
  await dialog.getByRole('button', { name: /^答\s?复$/ }).click();
  await expect(handler.getByTestId('complaint-reply')).toContainText(reply);
  await handler.context().close();

  // 6. 查询: back on the phone, 我的提交 → progress, the reply and the two photos
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '查询' })
    .click();
  await expect(page).toHaveURL(/#\/track$/);
  await page.getByText(title).click();
  const status = page.getByTestId('complaint-status');
  await expect(status.getByTestId('complaint-reply')).toHaveText(reply);
  await expect(status.getByRole('img', { name: /^照片 \d$/ })).toHaveCount(2);
  await expectAccessible(page, '查询');
});

test('the 辟谣 and 公告 pages of the mobile app are accessible on a phone', async ({ page }) => {
  // the rebuttal itself is published end to end in interaction.spec; here one fixed item shows the list and detail
  const rebuttal = {
    id: 990001,
    title: '崇川区中小学寒假时间未调整',
    rumour: '网传崇川区中小学将于12月1日提前放寒假。',
    truth: '经核实，崇川区中小学寒假时间按南通市校历执行，未作调整。',
    evidence: '南通市2026—2027学年校历',
    evidenceLinks: [],
    rumourAppearances: [],
    verdict: 'FALSE',
    verdictName: '谣言',
    organizationId: 1,
    organizationName: '南通市崇川区教育体育局',
    accountName: '崇川教育',
    platform: 'WECHAT_OFFICIAL',
    publishedAt: '2026-12-01T02:00:00Z',
    url: 'https://mp.weixin.qq.com/s/example',
  };
  await page.route('**/api/public/v1/rumour-rebuttals/feed*', (route) =>
    route.fulfill({ json: { items: [rebuttal] } }),
  );
  await page.route(`**/api/public/v1/rumour-rebuttals/${rebuttal.id}`, (route) =>
    route.fulfill({ json: rebuttal }),
  );

  await page.goto('/m/#/rumours');
  await page.getByText(rebuttal.title).click();
  await expect(page).toHaveURL(new RegExp(`#/rumours/${rebuttal.id}$`));
  await expect(page.getByText(rebuttal.truth)).toBeVisible();
  await expectAccessible(page, '辟谣详情');
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByText(rebuttal.title)).toBeVisible();
  await expectAccessible(page, '辟谣列表');

  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '公告' })
    .click();
  await expect(page.getByRole('tab', { name: '关停注销公告' })).toBeVisible();
  await expect(page.getByText(/暂无关停、注销公告|主办单位/).first()).toBeVisible();
  await expectAccessible(page, '关停注销公告');
  await page.getByRole('tab', { name: '监管通报' }).click();
  await expect(page.getByText(/暂无监管通报|南通市/).first()).toBeVisible();
  await expectAccessible(page, '监管通报');
});
