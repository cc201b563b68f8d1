// Issue 7 item 1: 换届进度 in the browser. The county opens the closed 2017 round (the demo's 145
// villages: a tile per village coloured by status, a legend, a sortable table filtered by status) and the
// live 2020 round, then one click on a tile opens that village.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { call } from '../lib/api.js';
import { type Browser, launchBrowser, shot } from '../lib/browser.js';
import { loginAndWait } from '../lib/login.js';
import { today } from '../lib/people.js';
import { type RunningServer, startServer } from '../lib/server.js';

const COUNTY = '331127';

describe('换届进度 for the county', { timeout: 180_000 }, () => {
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

  test('the county opens 2017 and 2020, filters, sorts and clicks a tile to the village', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'county');
    const rounds: { id: string; name: string }[] = (
      await call(page.request, 'GET', `${server.baseUrl}/api/rounds`)
    ).items;
    const closed = rounds.find((r) => r.name === '2017年村级组织换届')!;
    const live = rounds.find((r) => r.name === '2020年村级组织换届')!;
    assert.ok(closed && live, JSON.stringify(rounds.map((r) => r.name)));

    // from the round page's button
    await page.goto(`${server.baseUrl}/rounds/${closed.id}`);
    await page.getByRole('link', { name: '换届进度' }).click();
    await page.getByRole('heading', { name: '景宁畲族自治县 · 换届进度' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/rounds/${closed.id}/areas/${COUNTY}/progress`);
    const tiles = page.locator('.progress-tile');
    await tiles.first().waitFor();
    assert.equal(await tiles.count(), 145);
    // the tiles are grouped by township, one card each
    assert.ok((await page.getByText('郑坑乡', { exact: true }).count()) >= 1);
    const legend = (await page.getByLabel('图例').textContent()) ?? '';
    assert.match(legend, /已完成 143/);
    assert.match(legend, /选举未成功 1/);
    assert.match(legend, /暂缓选举 1/);
    await shot(page, 'progress-county-2017-1366');
    // the first screen as a user sees it (the whole page is long)
    await page.screenshot({
      path: join(import.meta.dirname, '../screenshots/progress-county-2017-top-1366.png'),
      animations: 'disabled',
    });

    // filter to the failed village: one tile, one row, the table says why
    await page.locator('.ant-segmented-item', { hasText: '选举未成功' }).click();
    await page.getByText('村（社区）列表（1）').waitFor();
    await shot(page, 'progress-county-2017-failed-1366');
    assert.equal(await tiles.count(), 1);
    assert.ok(((await page.locator('.ant-table-tbody').textContent()) ?? '').includes('重新选举'));
    await page.locator('.ant-segmented-item', { hasText: '全部' }).click();
    await page.getByText('村（社区）列表（145）').waitFor();
    // sort by risk: the red villages first
    await page.locator('th', { hasText: '风险' }).click();
    const firstRisk = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .first()
      .locator('.ant-tag', { hasText: /^红$/ });
    await firstRisk.waitFor();

    // the live round: 郑坑乡's four villages preparing; 吴布村's election day moved to ten days from now,
    // so its voter list (due 20 days before) is late
    const soon = new Date(Date.parse(`${today()}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    await call(page.request, 'PUT', `${server.baseUrl}/api/rounds/${live.id}/villages/331127205202`, {
      electionDay: soon,
      included: true,
    });
    await page.goto(`${server.baseUrl}/rounds/${live.id}/areas/${COUNTY}/progress`);
    await page.getByRole('heading', { name: /换届进度/ }).waitFor();
    await tiles.first().waitFor();
    assert.equal(await tiles.count(), 4);
    assert.match((await page.getByLabel('图例').textContent()) ?? '', /筹备中 4/);
    assert.equal(
      await page.locator('.progress-tile[data-village="331127205202"] .progress-tile-late').count(),
      1,
    );
    // the late steps with their rule, on hovering the row's tag
    await page.locator('tr[data-row-key="331127205202"] .ant-tag', { hasText: /项/ }).hover();
    await page
      .locator('.ant-popover')
      .getByText(/公布登记参加选举的村民名单：应于 .* 前完成，已逾期 \d+ 天（B-1/)
      .waitFor();
    await shot(page, 'progress-county-2020-1366');

    // one click on a tile opens the village (its schedule while preparing)
    await page.locator('.progress-tile[data-village="331127205202"]').click();
    await page.waitForURL(`**/rounds/${live.id}/villages/331127205202/schedule`);
    await page.getByText('吴布村').first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
