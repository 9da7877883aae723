import { defineConfig, devices } from '@playwright/test';

const reuseExistingServer = !process.env.CI;
const env = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
);

/** End-to-end tests against the real stack: identity provider, API and the built SPA. */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: 'http://127.0.0.1:5173',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      name: 'identity',
      command:
        'java -jar ../backend/identity/target/govmedia-identity.jar --spring.profiles.active=local',
      cwd: import.meta.dirname,
      url: 'http://127.0.0.1:9000/.well-known/openid-configuration',
      reuseExistingServer,
      timeout: 180_000,
      env,
    },
    {
      name: 'api',
      command: 'java -jar ../backend/app/target/govmedia-app.jar',
      cwd: import.meta.dirname,
      url: 'http://127.0.0.1:8080/readyz',
      reuseExistingServer,
      timeout: 180_000,
      env,
    },
    {
      name: 'spa',
      command: 'npm run preview -- --host 127.0.0.1 --port 5173 --strictPort',
      cwd: import.meta.dirname,
      url: 'http://127.0.0.1:5173',
      reuseExistingServer,
      timeout: 180_000,
      env,
    },
  ],
});
