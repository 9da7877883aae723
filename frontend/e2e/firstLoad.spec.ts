import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { signIn } from './support/login';

/**
 * The admin app's first load, as a browser sees it: the JavaScript it fetches from opening the app to its first page
 * after login (gzip'd as nginx sends it), and the time from the login callback to the first page's data on screen.
 * `make bench` runs it with FIRST_LOAD_OUT set and puts the figures in docs/performance.md (targets: 350 kB, 1.5 s).
 */
test('the first page after login shows its data, and what it cost is measured', async ({
  page,
}) => {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith('http://127.0.0.1:5173/'))
      scripts.add(request.url());
  });
  let callbackAt = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().includes('/callback')) callbackAt = Date.now();
  });

  await page.goto('/');
  await signIn(page, 'cc-operator');
  // the first page's data: rows, tree nodes, list items, or the empty state that stands for them
  const content = page
    .locator('.ant-layout-content')
    .locator('.ant-table-row, .ant-tree-treenode:not([aria-hidden]), .workbench-item, .ant-empty')
    .first();
  await expect(content).toBeVisible();
  const firstPageMs = Date.now() - callbackAt;
  await page.waitForLoadState('networkidle');

  expect(callbackAt).toBeGreaterThan(0);
  expect(scripts.size).toBeGreaterThan(1);
  // each script once, gzip'd as nginx sends it (its body is gone once the page navigated away)
  let javascriptBytes = 0;
  for (const url of scripts)
    javascriptBytes += gzipSync(await (await page.request.get(url)).body()).length;
  if (process.env.FIRST_LOAD_OUT) {
    writeFileSync(
      process.env.FIRST_LOAD_OUT,
      JSON.stringify({ scripts: scripts.size, javascriptBytes, firstPageMs }),
    );
  }
  console.log(
    `first load: ${scripts.size} scripts, ${Math.round(javascriptBytes / 1024)} kB gzip; callback → first page ${firstPageMs} ms`,
  );
});
