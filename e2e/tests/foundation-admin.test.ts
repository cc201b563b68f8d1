// Issue 2, items 4–6: a township clerk postpones a village's election, the county office
// renames a village and resets a user's password, and both see it in the audit trail.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Browser, launchBrowser, shot } from '../lib/browser.js';
import { login, loginAndWait } from '../lib/login.js';
import { type RunningServer, startServer } from '../lib/server.js';

const WUBU = '331127205202';
const LIUSHAN = '331127205201';

describe('round set-up, village adjustment, users and the audit trail', { timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the township postpones 吴布村 with a reason, and the round shows it', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'township');
    await page.goto(`${server.baseUrl}/rounds`);
    await page.getByRole('link', { name: '2020年村级组织换届' }).click();
    const row = page.locator(`tr[data-row-key="${WUBU}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: /^推\s*迟$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新选举日').click();
    await dialog.getByLabel('新选举日').fill('2030-03-15');
    await dialog.getByLabel('新选举日').press('Enter');
    await dialog.getByLabel('推迟原因').fill('山体滑坡，道路中断');
    await dialog.getByRole('button', { name: /^推\s*迟$/ }).click();
    await row.getByText('推迟原因：山体滑坡，道路中断').waitFor();
    assert.match((await row.textContent()) ?? '', /已推迟/);
    assert.match((await page.locator('.ant-descriptions').first().textContent()) ?? '', /筹备中/);
    await shot(page, 'round-postponed');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the county office renames 柳山村; the village page shows the change history', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies(); // the profile is shared: start from a signed-out state
    await loginAndWait(page, server.baseUrl, 'county');
    await page.goto(`${server.baseUrl}/regions/${LIUSHAN}`);
    await page.getByRole('button', { name: /更\s*名/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新名称').fill('柳山新村');
    await dialog.getByLabel('调整原因').fill('村民会议决定更名');
    await dialog.getByRole('button', { name: /^确\s*定$/ }).click();
    await page.getByRole('heading', { name: '柳山新村' }).waitFor();
    await page.getByText('村民会议决定更名').first().waitFor();
    await page.getByText('柳山村 → 柳山新村').waitFor();
    await shot(page, 'village-renamed');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the county office resets the clerk’s password; the temporary one logs in and must be changed', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies(); // the profile is shared: start from a signed-out state
    await loginAndWait(page, server.baseUrl, 'county');
    await page.goto(`${server.baseUrl}/users`);
    const row = page.locator('tr').filter({ hasText: '柳山村登记员' });
    await row.getByRole('button', { name: '重置密码' }).click();
    await page.getByRole('button', { name: /^重\s*置$/ }).click();
    const password = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    assert.ok(password.length >= 8, `临时密码：${password}`);
    await shot(page, 'password-reset');
    await page.getByRole('button', { name: '我已记下' }).click();

    await page.getByRole('button', { name: /退出登录/ }).click();
    // through the form, as the clerk would with the paper slip
    await login(page, server.baseUrl, 'clerk', password);
    await page.waitForURL((url) => url.pathname === '/password');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the audit trail shows who postponed and who renamed, with before and after', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies(); // the profile is shared: start from a signed-out state
    await loginAndWait(page, server.baseUrl, 'county');
    await page.goto(`${server.baseUrl}/audit`);
    const table = page.locator('.ant-table-tbody');
    // Newest first: today's postponement and rename are on the first page.
    const postponed = table.locator('tr.ant-table-row').filter({ hasText: '推迟选举' }).first();
    await postponed.waitFor();
    assert.match((await postponed.textContent()) ?? '', /郑坑乡换届办/);
    await postponed.getByRole('button', { name: '展开行' }).click();
    const postponedDiff = table.locator('tr.ant-table-expanded-row').filter({ hasText: '2030-03-15' });
    await postponedDiff.getByText('山体滑坡，道路中断').waitFor();
    await postponedDiff.getByText('推迟原因').waitFor();

    // The demo's election days are older, behind hundreds of register imports: the clerk narrows
    // the trail to one kind of action.
    const filter = page.getByLabel('操作类型');
    const option = (label: string) =>
      page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label });
    await filter.click();
    await page.keyboard.type('设定选举日');
    await option('设定选举日/参选').click();
    await page.keyboard.press('Escape');
    await page.getByText(/^共 4 条$/).waitFor();
    const rows = table.locator('tr.ant-table-row');
    assert.equal(await rows.count(), 4);
    for (const row of await rows.all()) assert.match((await row.textContent()) ?? '', /设定选举日\/参选/);

    // Now the renames only: who did it, and the name before and after.
    await filter.click();
    await page.keyboard.type('设定选举日');
    await option('设定选举日/参选').click(); // picked again: dropped
    await page.keyboard.type('区域更名');
    await option('区域更名').click();
    await page.keyboard.press('Escape');
    const renamed = rows.filter({ hasText: '区域更名' }).first();
    await renamed.waitFor();
    await page.getByText(/^共 1 条$/).waitFor();
    assert.match((await renamed.textContent()) ?? '', /景宁县换届办/);
    await renamed.getByRole('button', { name: '展开行' }).click();
    const renamedDiff = table.locator('tr.ant-table-expanded-row');
    await renamedDiff.getByText('柳山新村').waitFor();
    await renamedDiff.getByText('柳山村', { exact: true }).waitFor();
    await shot(page, 'audit-trail');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
