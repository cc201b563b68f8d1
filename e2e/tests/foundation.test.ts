// Issue 2, item 10: the web app on the real server with the demo data, in Debian's chromium.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser, PHONE, shot } from '../lib/browser.js';
import { loginAndWait } from '../lib/login.js';
import { type RunningServer, startServer } from '../lib/server.js';

const ZHENGKENG_TOWNSHIP = '331127205';
const WUBU_VILLAGE = '331127205202';
const DEMO_VILLAGES = ['郑坑村', '柳山村', '吴布村', '张坑下村'];
const HAN = /\p{Script=Han}/u;

async function villageRowsText(page: Page): Promise<string> {
  // The last demo village's row is there once the table has its data, not just its header.
  await page.locator('tr[data-row-key="331127205203"]').waitFor();
  return ((await page.locator('.ant-table-tbody').textContent()) ?? '').trim();
}

describe('web app on the demo township', { timeout: 180_000 }, () => {
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

  test('the township office logs in and sees 郑坑乡 with its four villages', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'township');
    assert.equal(new URL(page.url()).pathname, `/regions/${ZHENGKENG_TOWNSHIP}`);

    await page.goto(`${server.baseUrl}/regions/${ZHENGKENG_TOWNSHIP}`);
    const rows = await villageRowsText(page);
    for (const name of DEMO_VILLAGES) assert.ok(rows.includes(name), `村名 ${name} 不在表格中：\n${rows}`);
    assert.equal(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 4);
    assert.equal(await page.getByRole('heading', { name: '郑坑乡' }).count(), 1);
    const breadcrumb = (await page.locator('.ant-breadcrumb').textContent()) ?? '';
    assert.match(breadcrumb, /浙江省[\s\S]*丽水市[\s\S]*景宁畲族自治县[\s\S]*郑坑乡/);
    // Every village of the demo round has an election day; none should read 未定.
    assert.ok(!rows.includes('未定'), `演示村应当都有选举日：\n${rows}`);

    await shot(page, 'township-zhengkeng-1366');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the same page is usable at phone width (375px)', async () => {
    const { page, errors } = await browser.newPage(PHONE);
    await page.goto(`${server.baseUrl}/regions/${ZHENGKENG_TOWNSHIP}`);
    const rows = await villageRowsText(page);
    for (const name of DEMO_VILLAGES) assert.ok(rows.includes(name), `村名 ${name} 不在表格中`);
    // The sider is folded into a drawer behind the menu button; nothing overflows sideways.
    assert.equal(await page.locator('.ant-layout-sider').count(), 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `页面在 375px 宽度下横向溢出 ${overflow}px`);
    await shot(page, 'township-zhengkeng-375');

    await page.getByRole('button', { name: '打开导航' }).click();
    await page.locator('.ant-drawer .ant-tree').getByText('郑坑乡').waitFor();
    await shot(page, 'township-drawer-375');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a wrong password is refused with a Chinese message', async () => {
    const { page } = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill('township');
    await page.getByLabel('密码', { exact: true }).fill('wrong-password-1');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    assert.match(alert, HAN, `错误提示应为中文：${alert}`);
    assert.equal(new URL(page.url()).pathname, '/login');
    await page.close();
  });

  test('a village committee user gets a Chinese 403 page for another village, not its data', async () => {
    await browser.context.clearCookies();
    const { page } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'village');
    const forbidden = page.waitForResponse((r) => r.url().endsWith(`/api/regions/${WUBU_VILLAGE}`));
    await page.goto(`${server.baseUrl}/regions/${WUBU_VILLAGE}`);
    assert.equal((await forbidden).status(), 403);

    const result = page.locator('.ant-result-403');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    assert.match(text, /无权访问/);
    const subtitle = (await result.locator('.ant-result-subtitle').textContent()) ?? '';
    assert.match(subtitle, HAN, `403 说明应为服务器返回的中文：${subtitle}`);
    // Nothing of 吴布村 is shown: no details card, no elections, no history.
    assert.equal(await page.locator('.ant-descriptions').count(), 0);
    assert.equal(await page.getByText('本届选举').count(), 0);
    await shot(page, 'village-forbidden-403');
    await page.close();
  });

  test('an observer sees the round but no button that writes', async () => {
    await browser.context.clearCookies();
    const { page } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'observer');
    await page.goto(`${server.baseUrl}/rounds`);
    await page.getByRole('link', { name: '2020年村级组织换届' }).click();
    await page.getByText('参选村（社区）').first().waitFor();
    await page.locator('tr[data-row-key="331127205203"]').waitFor();
    for (const label of ['加入村', '推迟', '移出']) {
      assert.equal(await page.getByRole('button', { name: label }).count(), 0, `观察员不应看到「${label}」`);
    }
    assert.equal(await page.locator('.ant-picker').count(), 0, '观察员不应能修改选举日');
    await shot(page, 'observer-round');
    await page.close();
  });
});
