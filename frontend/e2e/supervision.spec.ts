import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { choose } from './support/choose';
import { approveAsSupervisor, fileOpen, pageAs } from './support/filing';
import { login, mainMenu } from './support/login';
import { docxText, latinOutside } from './support/docx';
import { pdfText } from './support/pdf';
import { freeQuarter, getJson } from './support/spotcheck';

// an account of its own (one live account per platform and host, Art 12), so that the sample's
// population is never empty, whichever specs ran before
const ACCOUNT = '崇川教育哔哩哔哩';
const SEED = '20261128';
// demo users who see the rectification tasks of their organization's accounts
const HOST_USERS: Record<string, string> = {
  南通市崇川区教育体育局: 'cc-operator',
  南通市崇川区卫生健康委员会: 'cc-handler',
  如东县文化广电和旅游局: 'rd-operator',
};

test('city-admin runs a quarterly spot check, the auditor records a finding, the host rectifies, the notice PDF names the account', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const description = `检查日前两周内无任何更新 ${stamp}`;

  // 0. a live account of CC-EDU (filed and approved once; a reused database keeps it)
  await login(page, 'cc-operator', '/accounts');
  const live = await getJson<{ totalItems: number }>(
    page,
    `/api/v1/accounts?status=ACTIVE&q=${encodeURIComponent(ACCOUNT)}`,
  );
  if (live.totalItems === 0) {
    await fileOpen(page, ACCOUNT, '哔哩哔哩');
    await expect(page).toHaveURL(/\/filings\/\d+$/);
    await (await approveAsSupervisor(browser, ACCOUNT)).context().close();
  }

  // 1. city-admin draws the sample of a free quarter with a fixed seed; the job's progress ends on the check
  const admin = await pageAs(browser, 'city-admin', '/supervision');
  await expect(admin.getByRole('tab', { name: '监管总览', selected: true })).toBeVisible();
  await expect(admin.getByTestId('overview-figures')).toContainText('正常运行账号');
  await expect(admin.getByRole('img', { name: '平台分布' })).toBeVisible();
  await admin.getByRole('tab', { name: '季度抽查' }).click();
  await expect(admin).toHaveURL(/\/supervision\/spot-checks$/);
  const quarter = await freeQuarter(admin, '南通市人民政府');
  await admin.getByRole('button', { name: /发起本级抽查/ }).click();
  const create = admin.getByRole('dialog', { name: '发起本级季度抽查' });
  await create.getByLabel('季度').fill(quarter);
  await create.getByLabel('随机种子').fill(SEED);
  await create.getByRole('button', { name: /^抽\s?样$/ }).click();
  await expect(admin).toHaveURL(/\/supervision\/spot-checks\/\d+$/, { timeout: 60_000 });
  const checkUrl = new URL(admin.url()).pathname;
  await expect(admin.getByText(`南通市人民政府 ${quarter} 季度抽查`)).toBeVisible();
  await expect(admin.getByTestId('spot-check-seed')).toHaveText(SEED);
  await expect(admin.getByTestId('spot-check-details')).toContainText('检查中');

  // a sampled account whose host has a demo user (the demo accounts are CC-EDU's)
  const sample = admin.getByRole('table', { name: '抽中账号' });
  await expect(sample.getByRole('link').first()).toBeVisible();
  let accountName = '';
  let hostUser = '';
  for (const [hostName, user] of Object.entries(HOST_USERS)) {
    const candidate = sample.getByRole('row').filter({ hasText: hostName }).first();
    if ((await candidate.count()) === 0) continue;
    accountName = (await candidate.getByRole('link').first().innerText()).trim();
    hostUser = user;
    break;
  }
  expect(accountName, 'a sampled account hosted by an organization with a demo user').not.toBe('');

  // 2. the auditor records a veto finding on that account
  const auditor = await pageAs(browser, 'auditor', checkUrl);
  const sampled = auditor
    .getByRole('table', { name: '抽中账号' })
    .getByRole('row')
    .filter({ has: auditor.getByRole('link', { name: accountName, exact: true }) });
  await sampled.getByRole('button', { name: '记录问题' }).click();
  const finding = auditor.getByRole('dialog', { name: `记录问题：${accountName}` });
  await choose(auditor, finding.getByLabel('检查项'), '检查时点前2周内无更新');
  await finding.getByLabel('问题描述').fill(description);
  await finding.getByRole('button', { name: /^记\s?录$/ }).click();
  await expect(auditor.getByText(/问题已记录，已向主办单位下发整改任务/)).toBeVisible();
  await expect(sampled.getByRole('cell').nth(5)).toHaveText('1'); // 问题数
  await auditor.context().close();

  // 3. the host sees the rectification task from the spot check
  const host = await pageAs(browser, hostUser, '/rectifications');
  const task = host.getByRole('table', { name: '整改任务' }).getByRole('row').filter({
    hasText: stamp,
  });
  await expect(task).toContainText('季度抽查');
  await expect(task).toContainText(accountName);
  await expect(task).toContainText('单项否决');
  await expect(task).toContainText('待整改');
  // an operator rectifies it (keeps the open list short on a reused database)
  const complete = task.getByRole('button', { name: '提交整改' });
  if ((await complete.count()) > 0) {
    await complete.click();
    const evidence = host.getByRole('dialog', { name: `提交整改：${accountName}` });
    await evidence.getByLabel('整改情况').fill('已恢复每周更新');
    await evidence.getByRole('button', { name: /^提\s?交$/ }).click();
    await expect(host.getByText('整改情况已提交')).toBeVisible();
  }
  await host.context().close();

  // 4. city-admin closes the check (a veto finding fails the account) and downloads the notice PDF
  await admin.reload();
  await admin.getByRole('button', { name: '结束抽查' }).click();
  await admin.getByRole('button', { name: /^结\s?束$/ }).click();
  await expect(admin.getByTestId('spot-check-details')).toContainText('已结束');
  const closed = admin
    .getByRole('table', { name: '抽中账号' })
    .getByRole('row')
    .filter({ has: admin.getByRole('link', { name: accountName, exact: true }) });
  await expect(closed).toContainText('不合格');

  const download = admin.waitForEvent('download');
  await admin.getByRole('button', { name: /下载 PDF/ }).click();
  await expect(admin.getByTestId('job-progress')).toContainText('已完成', { timeout: 60_000 });
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await pdfText(new Uint8Array(bytes))).toContain(accountName);

  // 5. the other views: league table, account monitoring, a measure, the year's assessment notice
  await mainMenu(admin)
    .getByRole('menuitem', { name: /监管考核/ })
    .click();
  await admin.getByRole('tab', { name: '单位排行' }).click();
  await expect(admin.getByRole('table', { name: '单位排行' })).toContainText(
    '南通市崇川区教育体育局',
  );
  await admin.getByRole('tab', { name: '账号监测' }).click();
  await expect(admin.getByRole('table', { name: '账号监测' })).toContainText(ACCOUNT);

  await admin.getByRole('tab', { name: '处理措施' }).click();
  await admin.getByRole('button', { name: /记录处理措施/ }).click();
  const measure = admin.getByRole('dialog', { name: '记录处理措施' });
  await measure.getByLabel('警告').check();
  await choose(admin, measure.getByRole('combobox', { name: /对象账号/ }), `${accountName}（`, {
    search: accountName,
    exact: false,
  });
  await measure.getByLabel('依据').fill(`${quarter} 季度抽查发现两周未更新 ${stamp}`);
  await measure.getByRole('button', { name: /^记\s?录$/ }).click();
  await expect(admin.getByText('措施已记录')).toBeVisible();
  const measureRow = admin.getByRole('table', { name: '处理措施' }).getByRole('row').filter({
    hasText: stamp,
  });
  await expect(measureRow).toContainText('警告');
  await expect(measureRow).toContainText(accountName);

  await admin.getByRole('tab', { name: '年度考核' }).click();
  await admin.getByLabel('考核年度').fill(quarter.slice(0, 4));
  const result = admin.getByRole('table', { name: '考核结果' }).getByRole('row').filter({
    hasText: '南通市崇川区教育体育局',
  });
  // the city's own spot-check veto is shown but does not zero the year unless the scheme says so (Art 32.8)
  await expect(result).toContainText('/ 100');
  await expect(result).not.toContainText('一票否决');
  await result.getByRole('button', { name: '展开行' }).click();
  const details = admin.getByRole('table', { name: '南通市崇川区教育体育局考核明细' });
  await expect(details).toContainText('市级抽查发现单项否决问题');
  await expect(details).toContainText('不计零分');
  await admin.getByRole('button', { name: /预览/ }).click();
  const preview = admin.getByRole('dialog', { name: /^预览：/ });
  await expect(
    preview.frameLocator('iframe').getByText('南通市崇川区教育体育局').first(),
  ).toBeVisible({ timeout: 60_000 });
  await admin.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // the notice to send out, as PDF and as editable Word: an official document, no Latin letters
  await admin.getByLabel('发文字号').fill('通政办〔2026〕12号');
  for (const [button, extension] of [
    [/下载 PDF/, 'pdf'],
    [/下载 Word/, 'docx'],
  ] as const) {
    const notice = admin.waitForEvent('download');
    await admin.getByRole('button', { name: button }).click();
    const saved = await notice;
    expect(saved.suggestedFilename()).toBe(
      `${quarter.slice(0, 4)}年度政务新媒体考核结果通报.${extension}`,
    );
    const content = await readFile(await saved.path());
    const text = extension === 'pdf' ? await pdfText(new Uint8Array(content)) : docxText(content);
    const compact = text.replace(/\s+/g, '');
    for (const part of [
      '南通市人民政府办公室文件',
      '通政办〔2026〕12号',
      '考核结果的通报',
      '南通市崇川区教育体育局',
    ]) {
      expect(compact).toContain(part);
    }
    expect(latinOutside(text)).toEqual([]);
  }
});
