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

/**
 * Signs in through the API (the page shares its cookies) and opens the app's home page. The form
 * itself is tested in foundation.test.ts; going through it before every test loaded the app twice.
 */
export async function loginAndWait(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  const res = await page.request.post(`${baseUrl}/api/auth/login`, { data: { username, password } });
  if (!res.ok()) throw new Error(`登录 ${username} 失败：${res.status()} ${await res.text()}`);
  await page.goto(baseUrl);
  // the home page sends each user on to their region (or to change a temporary password)
  await page.waitForURL((url) => url.pathname !== '/' && !url.pathname.startsWith('/login'));
}
