// Issue 5 item 1: the schedule (日程) in the browser on the real server with the demo data — the
// township opens its calendar of all villages, sees a village's late step, opens that village's
// schedule and records a step done; the county enters the year's holidays; phone width shows lists only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser, PHONE, shot } from '../lib/browser.js';
import { clickUntil } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { noOverflow } from '../lib/people.js';
import { type RunningServer, startServer } from '../lib/server.js';

const TOWNSHIP = '331127205';
const WUBU = '331127205202';

/** Today in China, moved by `days`. */
function day(days: number): string {
  const d = new Date(Date.now() + 8 * 3_600_000);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 2026年11月 */
function monthTitle(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;
}

async function roundId(page: Page, baseUrl: string): Promise<string> {
  const res = await page.request.get(`${baseUrl}/api/rounds?region=${TOWNSHIP}`);
  const { items } = (await res.json()) as { items: { id: string }[] };
  assert.ok(items[0], '演示数据中应有郑坑乡的换届');
  return items[0].id;
}

describe('the schedule in the browser', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let round = '';

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the township sees 吴布村 late on its calendar, opens the village and records a step done', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'township');
    round = await roundId(page, server.baseUrl);
    // 吴布村 votes in 12 days: its list was due 8 days ago (B-1: E−20) and is not published.
    const moved = await page.request.put(`${server.baseUrl}/api/rounds/${round}/villages/${WUBU}`, {
      data: { electionDay: day(12), included: true },
    });
    assert.equal(moved.status(), 200, await moved.text());

    await page.goto(`${server.baseUrl}/rounds/${round}`);
    await page.getByRole('button', { name: '日程总览' }).click();
    await page.waitForURL(/\/areas\/331127205\/calendar$/);
    await page.getByRole('heading', { name: '郑坑乡 · 日程总览' }).waitFor();

    // A local step from the township's work plan joins every village's schedule.
    await page.getByRole('button', { name: '本地步骤' }).click();
    const steps = page.getByRole('dialog', { name: '本地步骤', exact: true });
    const form = page.getByRole('dialog', { name: '添加本地步骤' });
    // a click on the button while its dialog still draws can open nothing (seen in a loaded CI run)
    await clickUntil(steps.getByRole('button', { name: '为郑坑乡添加步骤' }), form.getByLabel('步骤名称'));
    await form.getByLabel('步骤名称').fill('换届业务培训');
    await form.locator('.ant-input-number input').fill('25');
    await form.getByLabel('依据').fill('郑坑乡村级组织换届选举实施方案');
    await clickUntil(form.getByRole('button', { name: /保\s*存/ }), steps.getByText('选举日前25日').first());
    await page.keyboard.press('Escape');
    await steps.waitFor({ state: 'hidden' });

    const late = page.locator('.ant-card').filter({ hasText: '逾期步骤' });
    const row = late
      .locator('tr')
      .filter({ hasText: '吴布村' })
      .filter({ hasText: '公布登记参加选举的村民名单' });
    await row.getByText('逾期未办 8天').waitFor();
    await row.getByText('B-1').waitFor();
    const stat = page.locator('.ant-statistic').filter({ hasText: '逾期未办' });
    assert.ok(Number((await stat.locator('.ant-statistic-content-value').textContent()) ?? '0') >= 1);
    // the calendar shows the step on its due day, with the village's name; it opens on this
    // month, so a step due last month is one click back
    await page.locator('.ant-picker-calendar').waitFor();
    if (day(-8).slice(0, 7) < day(0).slice(0, 7)) {
      await page.getByRole('button', { name: '上月' }).click();
      await page
        .getByTestId('calendar-month')
        .filter({ hasText: monthTitle(day(-8)) })
        .waitFor();
    }
    await page.locator(`[data-entry="${WUBU}/voter-list"]`).first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'schedule-area-1366');

    // From the late list to the village's schedule tab.
    await row.getByRole('link', { name: '吴布村' }).click();
    await page.waitForURL(new RegExp(`/villages/${WUBU}/schedule$`));
    await page
      .getByText('本村有 1 项步骤已逾期未办')
      .or(page.getByText(/本村有 \d+ 项步骤已逾期未办/))
      .first()
      .waitFor();
    const audit = page.locator('tr[data-step="departure-audit"]');
    await audit.getByText('未到期').waitFor();
    const mark = page.getByRole('dialog');
    await clickUntil(audit.getByRole('button', { name: '记录完成' }), mark.getByLabel('说明'));
    await mark.getByLabel('说明').fill('离任经济责任审计结果已在村务公开栏公布');
    await clickUntil(mark.getByRole('button', { name: /记\s*录/ }), audit.getByText('按时完成'));
    await audit.getByText(/郑坑乡换届办/).waitFor();
    // the voter list is recorded by publishing it, not by hand
    const list = page.locator('tr[data-step="voter-list"]');
    await list.getByText('逾期未办 8天').waitFor();
    assert.equal(await list.getByRole('button', { name: '记录完成' }).count(), 0);
    await list.getByRole('button', { name: '去发布选民榜' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'schedule-village-1366');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the county enters the year’s holidays; the notice goes away for that year', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'county');
    const year = Number(day(0).slice(0, 4));
    // a server reused through E2E_BASE_URL may have the year from an earlier run
    await page.request.delete(`${server.baseUrl}/api/rounds/${round}/holidays/${year}`);
    await page.goto(`${server.baseUrl}/rounds/${round}/areas/${TOWNSHIP}/calendar`);
    const notice = page
      .getByRole('alert')
      .filter({ hasText: `${year}` })
      .filter({ hasText: '尚未录入' });
    await notice.waitFor();
    await page.getByRole('button', { name: '法定节假日' }).click();
    const dialog = page.getByRole('dialog', { name: '法定节假日' });
    await dialog.getByText(String(year), { exact: true }).click();
    await dialog.getByRole('button', { name: '添加节假日' }).click();
    const range = dialog.locator('.ant-picker-range').first();
    await range.locator('input').first().click();
    await range.locator('input').first().fill(`${year}-10-01`);
    await range.locator('input').first().press('Enter');
    await range.locator('input').nth(1).fill(`${year}-10-08`);
    await range.locator('input').nth(1).press('Enter');
    await dialog.getByPlaceholder('如：国庆节', { exact: true }).fill('国庆节、中秋节');
    await dialog.getByRole('button', { name: `保存 ${year} 年` }).click();
    await page.getByText(`${year} 年法定节假日已保存`).waitFor();
    await dialog.getByText(/由 景宁县换届办/).waitFor();
    await shot(page, 'schedule-holidays-1366');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const saved = await page.request.get(`${server.baseUrl}/api/rounds/${round}/holidays`);
    const body = (await saved.json()) as { items: { year: number; holidays: { day: string }[] }[] };
    assert.equal(body.items.find((y) => y.year === year)?.holidays.length, 8);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('at 375 px the township gets lists only, and the village schedule fits the screen', async () => {
    const { page, errors } = await browser.newPage(PHONE);
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await page.goto(`${server.baseUrl}/rounds/${round}/areas/${TOWNSHIP}/calendar`);
    await page.locator('[data-late^="331127205202/voter-list"]').waitFor();
    assert.equal(await page.locator('.ant-picker-calendar').count(), 0, '手机上不显示月历');
    await noOverflow(page, '日程总览');
    await shot(page, 'schedule-area-375');

    await page.goto(`${server.baseUrl}/rounds/${round}/villages/${WUBU}/schedule`);
    await page.locator('[data-step="departure-audit"]').getByText('按时完成').waitFor();
    await noOverflow(page, '本村日程');
    await shot(page, 'schedule-village-375');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
