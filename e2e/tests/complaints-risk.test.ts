// Issue 7 items 3, 4 and 8: the township registers a complaint received 30 days ago, which the list
// shows overdue and escalated and the county finds in its notices; the township rates a village 红
// and its bell shows the notice; the weekly risk ledger downloads and reads back; a village's
// 信息直报员 reports the day from a 375 px phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser, PHONE, shot } from '../lib/browser.js';
import { pickRadio } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { noOverflow, today } from '../lib/people.js';
import { chooseOption } from '../lib/select.js';
import { type RunningServer, startServer } from '../lib/server.js';

const TOWNSHIP = '331127205';
const LIUSHAN = '331127205201';

function daysAgo(n: number): string {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** The live round of 郑坑乡 (the demo may hold closed rounds of the county too). */
async function liveRound(page: Page, baseUrl: string): Promise<string> {
  const res = await page.request.get(`${baseUrl}/api/rounds?region=${TOWNSHIP}`);
  const { items } = (await res.json()) as { items: { id: string; name: string; status: string }[] };
  const live = items.find((r) => r.name.startsWith('2020')) ?? items.find((r) => r.status !== 'closed');
  assert.ok(live, '演示数据中应有郑坑乡的换届');
  return live.id;
}

/** Types a day into the open dialog's antd date picker and confirms it. */
async function pickDate(page: Page, label: string, day: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await page
    .locator('.ant-picker-dropdown:visible')
    .waitFor({ state: 'hidden' })
    .catch(() => {});
}

describe('complaints going overdue, the risk ledger and the daily report', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let round = '';
  let number = '';

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the township registers a complaint received 30 days ago: the list shows it overdue and escalated', async () => {
    const { page, errors } = await browser.newPage();
    await browser.context.clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    round = await liveRound(page, server.baseUrl);
    await page.goto(`${server.baseUrl}/rounds/${round}`);
    await page.getByRole('button', { name: '信访件' }).click();
    await page.waitForURL(/\/areas\/331127205\/complaints/);
    await page.getByRole('heading', { name: /信访件/ }).waitFor();

    await page.getByRole('button', { name: /登记信访件/ }).click();
    const dialog = page.getByRole('dialog', { name: '登记信访件' });
    await dialog.waitFor();
    await dialog.getByLabel('涉及村（社区）').click();
    await chooseOption(page, '吴布村');
    await pickDate(page, '收到日期', daysAgo(30));
    await dialog.getByLabel('类别').click();
    await chooseOption(page, '选举程序');
    await dialog.getByText(/办理时限 15 日/).waitFor();
    await dialog.getByLabel('信访人').fill('雷大伟');
    await dialog.getByLabel('联系电话').fill('13857800001');
    await dialog.getByLabel('反映问题').fill('反映村民代表推选过程未公开，部分村民小组未通知到户');
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    // the drawer opens on the new complaint; the list behind it ran the overdue check
    const drawer = page.locator('.ant-drawer:visible');
    await drawer.getByText(/^信访件 \d{4}-\d{4} · 吴布村$/).waitFor();
    number =
      ((await drawer.locator('.ant-drawer-title').textContent()) ?? '').match(/\d{4}-\d{4}/)?.[0] ?? '';
    assert.ok(number, '应显示信访编号');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    const due = page.getByTestId(`due-${number}`);
    await due.getByText(/^逾期 \d+ 天$/).waitFor();
    const row = page.locator('tr', { has: due });
    await row.getByText('已上报').waitFor();
    const over = Number(((await due.locator('.ant-tag').textContent()) ?? '').match(/\d+/)?.[0]);
    assert.ok(over >= 14, `逾期天数应约为 15 天，实际 ${over}`);
    const red = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(red, 'rgb(255, 241, 240)', '逾期的信访件整行标红');
    await shot(page, 'complaints-list-1366');

    // the steps: registered, then escalated by the overdue check
    await row.click();
    await drawer.getByText('办理经过').waitFor();
    await drawer.getByText('系统（逾期检查）', { exact: false }).waitFor();
    await drawer.getByText(/已上报景宁畲族自治县/).waitFor();
    await shot(page, 'complaint-drawer-1366');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the township rates 柳山村 红 and the bell shows the notice; the weekly ledger reads back', async () => {
    const { page, errors } = await browser.newPage();
    await browser.context.clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await page.goto(`${server.baseUrl}/rounds/${round}`);
    await page.getByRole('button', { name: '风险台账' }).click();
    await page.waitForURL(/\/areas\/331127205\/risk/);
    const liushan = page.locator('tr', { hasText: '柳山村' });
    await liushan.getByRole('button', { name: /研\s*判/ }).click();
    const rate = page.getByRole('dialog', { name: '研判风险等级' });
    await rate.waitFor();
    await pickRadio(rate, '红色');
    const reasons = rate.getByLabel('研判理由');
    await reasons.click();
    await reasons.fill('宗族势力介入选举');
    await reasons.press('Enter');
    await page.keyboard.press('Escape').catch(() => {});
    await rate.getByRole('button', { name: /保\s*存/ }).click();
    await rate.waitFor({ state: 'hidden' });
    // the village's drawer stays open on the new rating
    const villageDrawer = page.locator('.ant-drawer:visible');
    await villageDrawer.getByText('宗族势力介入选举').first().waitFor();
    await page.keyboard.press('Escape');
    await villageDrawer.waitFor({ state: 'hidden' });
    await liushan.getByText('红色').waitFor();

    const bell = page.getByTestId('notification-bell');
    await bell.locator('.ant-badge-count').waitFor();
    await bell.click();
    const notice = page.locator('.ant-popover').getByText('柳山村研判为红色风险村');
    await notice.waitFor();
    await shot(page, 'risk-ledger-bell-1366');
    await notice.click();
    await page.waitForURL(/\/risk\?village=331127205201/);
    await page.locator('.ant-drawer:visible').getByText('研判历史').waitFor();
    await page.locator('.ant-drawer:visible').getByText('宗族势力介入选举').first().waitFor();
    await shot(page, 'risk-village-drawer-1366');
    await page.keyboard.press('Escape');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载每周风险台账/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^风险台账-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['村风险研判', '风险点', '本周每日直报'],
    );
    const villages: string[][] = [];
    wb.getWorksheet('村风险研判')!.eachRow((r) =>
      villages.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    const row = villages.find((r) => r[2] === '柳山村');
    assert.ok(row, JSON.stringify(villages));
    assert.deepEqual([row[1], row[3], row[4]], ['郑坑乡', '红', '宗族势力介入选举']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the county finds the overdue complaint among its notices and opens it', async () => {
    const { page, errors } = await browser.newPage();
    await browser.context.clearCookies();
    await loginAndWait(page, server.baseUrl, 'county');
    const bell = page.getByTestId('notification-bell');
    await bell.locator('.ant-badge-count').waitFor();
    await bell.click();
    const notice = page.locator('.ant-popover').getByText(`信访件 ${number} 逾期未办结，已上报`);
    await notice.waitFor();
    await shot(page, 'county-notices-1366');
    await notice.click();
    await page.waitForURL(/\/complaints\?open=/);
    const drawer = page.locator('.ant-drawer:visible');
    await drawer.getByText(`信访件 ${number} · 吴布村`).waitFor();
    await drawer
      .getByTestId('complaint-timing')
      .getByText(/^逾期 \d+ 天$/)
      .waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('柳山村’s 信息直报员 reports the day from a 375 px phone', async () => {
    const { page, errors } = await browser.newPage(PHONE);
    await browser.context.clearCookies();
    await loginAndWait(page, server.baseUrl, 'village');
    await page.goto(`${server.baseUrl}/rounds/${round}/villages/${LIUSHAN}/daily-report`);
    await page.getByRole('heading', { name: '每日直报' }).waitFor();
    await pickRadio(page, '有情况');
    await page.getByLabel('情况说明').fill('晚上有人在祠堂聚集议论村委会选举，已劝散');
    await pickRadio(page, '橙色');
    await page.getByLabel('联系电话').fill('13857800002');
    await noOverflow(page, '每日直报');
    await shot(page, 'daily-report-form-375');
    await page.getByRole('button', { name: /报\s*送/ }).click();
    await page.getByText('今日情况已报送').waitFor();
    const list = page.locator('.ant-list');
    await list.getByText('晚上有人在祠堂聚集议论村委会选举，已劝散').waitFor();
    await list.getByText('建议橙色').waitFor();
    await noOverflow(page, '每日直报');
    await shot(page, 'daily-report-375');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the complaint list and the ledger at 375 px', async () => {
    const { page, errors } = await browser.newPage(PHONE);
    await browser.context.clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await page.goto(`${server.baseUrl}/rounds/${round}/areas/${TOWNSHIP}/complaints`);
    await page.getByTestId(`due-${number}`).waitFor();
    await noOverflow(page, '信访件列表');
    await shot(page, 'complaints-list-375');
    await page.goto(`${server.baseUrl}/rounds/${round}/areas/${TOWNSHIP}/risk`);
    await page.locator('tr', { hasText: '柳山村' }).getByText('红色').waitFor();
    await noOverflow(page, '风险台账');
    await shot(page, 'risk-ledger-375');
    // the daily report shows in the township's ledger
    await page.locator('tr', { hasText: '柳山村' }).click();
    await page.locator('.ant-drawer:visible').getByText('晚上有人在祠堂聚集议论村委会选举，已劝散').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
