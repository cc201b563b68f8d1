import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Huanjie@2020';

/** Logs in through the login form, as a person would, and waits until the app has moved on. */
export async function login(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  // antd spaces out two-character Chinese button labels ("登 录").
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
}

export async function loginAndWait(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await login(page, baseUrl, username, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
