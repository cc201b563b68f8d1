// Issue 7 item 2: 统计分析 in the browser. The county opens the demo's closed 2017 round, checks the
// headline figures against the API's answer, exports one chart's data as xlsx and reads it back (the
// same table the chart is drawn from), sets a target and sees its gap, then drills into a township
// whose totals are the sum of its villages.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  type AreaStatistics,
  chartTable,
  gapToTarget,
  percent,
  points,
  type TargetCheck,
} from '@huanjie/core';
import ExcelJS from 'exceljs';
import { call } from '../lib/api.js';
import { type Browser, launchBrowser, shot } from '../lib/browser.js';
import { loginAndWait } from '../lib/login.js';
import { chooseOption } from '../lib/select.js';
import { type RunningServer, repoRoot, startServer } from '../lib/server.js';

const COUNTY = '331127';

interface Answer {
  area: AreaStatistics;
  children: AreaStatistics[];
  targets: TargetCheck[];
  referenceDate: string;
}

describe('统计分析 for the county', { timeout: 240_000 }, () => {
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

  test('headline figures match the API; a chart exports its data; a target shows its gap; a township drills down', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'county');
    const rounds: { id: string; name: string }[] = (
      await call(page.request, 'GET', `${server.baseUrl}/api/rounds`)
    ).items;
    const closed = rounds.find((r) => r.name === '2017年村级组织换届');
    assert.ok(closed, JSON.stringify(rounds.map((r) => r.name)));
    const api: Answer = await call(
      page.request,
      'GET',
      `${server.baseUrl}/api/rounds/${closed.id}/statistics?area=${COUNTY}`,
    );
    const a = api.area;
    assert.ok(a.twoCommitteesHeadcount > 500, `两委 ${a.twoCommitteesHeadcount}`);

    // from the round page's button
    await page.goto(`${server.baseUrl}/rounds/${closed.id}`);
    await page.getByRole('link', { name: '统计分析' }).click();
    await page.getByRole('heading', { name: '景宁畲族自治县 · 统计分析' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/rounds/${closed.id}/areas/${COUNTY}/statistics`);

    const value = (id: string) => page.getByTestId(`headline-${id}-value`).textContent();
    assert.equal(await value('turnout'), percent(a.turnout));
    assert.equal(await value('one-shoulder'), percent(a.oneShoulder));
    assert.equal(await value('cross-serving'), percent(a.crossServing));
    assert.equal(await value('headcount'), `${a.twoCommitteesHeadcount} 人`);
    assert.equal(await value('women'), percent({ num: a.twoCommittees.women, den: a.twoCommittees.people }));
    assert.equal(
      await value('party'),
      percent({ num: a.twoCommittees.partyMembers, den: a.twoCommittees.people }),
    );
    // the turnout change, in points and people, against the 2014 round
    const turnoutCard = (await page.getByTestId('headline-turnout').textContent()) ?? '';
    assert.match(turnoutCard, /较上届 [+-]?\d+\.\d\d个百分点/);
    assert.ok(turnoutCard.includes(`登记 ${a.registered} 人，参加投票 ${a.voted} 人`), turnoutCard);
    // the township table: one row per township plus the total
    const rows = page.getByTestId('children').locator('.ant-table-tbody tr.ant-table-row');
    assert.equal(await rows.count(), api.children.length + 1);
    await page.locator('[data-chart=ethnicity] canvas').first().waitFor();
    await page.screenshot({
      path: join(import.meta.dirname, '../screenshots/statistics-county-top-1366.png'),
      animations: 'disabled',
    });
    await shot(page, 'statistics-county-1366');
    // the charts and the township table as a user scrolls to them
    for (const [what, name] of [
      ['[data-chart=office-sex]', 'statistics-county-charts-1366'],
      ['[data-chart=ethnicity]', 'statistics-county-charts2-1366'],
      ['[data-testid=children]', 'statistics-county-table-1366'],
    ] as const) {
      await page.locator(what).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({
        path: join(import.meta.dirname, `../screenshots/${name}.png`),
        animations: 'disabled',
      });
    }

    // the education chart's data as xlsx: the same table the chart is drawn from
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('[data-chart=education]')
        .getByRole('link', { name: /导出Excel/ })
        .click(),
    ]);
    assert.match(download.suggestedFilename(), /文化程度\.xlsx$/);
    mkdirSync(join(repoRoot, 'e2e/artifacts'), { recursive: true });
    const file = join(repoRoot, 'e2e/artifacts/statistics-education.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => sheet.push((row.values as unknown[]).slice(1)));
    const expected = chartTable(api, 'education');
    const header = sheet.findIndex((r) => r[0] === '文化程度');
    assert.deepEqual(sheet[header], expected.headers);
    assert.deepEqual(sheet.slice(header + 1), expected.rows);

    // the county sets 一肩挑 ≥ 95%: the targets table shows the value, the gap and whether it is met
    await page.getByRole('button', { name: '设定目标' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '设定统计目标' });
    await modal.getByLabel('一肩挑比例').fill('95');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await modal.waitFor({ state: 'hidden' });
    const targetRow = page.getByTestId('targets').locator('tr', { hasText: '一肩挑比例' });
    await targetRow.waitFor();
    const gap = gapToTarget(a.oneShoulder, 9500);
    const rowText = (await targetRow.textContent()) ?? '';
    assert.ok(rowText.includes('≥ 95.00%'), rowText);
    assert.ok(rowText.includes(points(gap)), `${rowText} / ${points(gap)}`);
    assert.ok(rowText.includes(gap !== null && gap >= 0 ? '达标' : '未达标'), rowText);
    const after: Answer = await call(
      page.request,
      'GET',
      `${server.baseUrl}/api/rounds/${closed.id}/statistics`,
    );
    assert.deepEqual(
      after.targets.map((t) => [t.indicator, t.targetBp, t.gapCentiPoints]),
      [['one-shoulder', 9500, gap]],
    );
    await page.getByTestId('targets').scrollIntoViewIfNeeded();
    await shot(page, 'statistics-county-target-1366');

    // drill into 郑坑乡: its figures are the sum of its villages
    await page.getByRole('combobox', { name: '查看下辖区域' }).click();
    await chooseOption(page, '郑坑乡');
    await page.getByRole('heading', { name: '郑坑乡 · 统计分析' }).waitFor();
    const township: Answer = await call(
      page.request,
      'GET',
      `${server.baseUrl}/api/rounds/${closed.id}/statistics?area=331127205`,
    );
    assert.equal(
      township.area.twoCommitteesHeadcount,
      township.children.reduce((n, c) => n + c.twoCommitteesHeadcount, 0),
    );
    assert.deepEqual(
      township.area,
      api.children.find((c) => c.code === '331127205'),
    );
    assert.equal(await value('headcount'), `${township.area.twoCommitteesHeadcount} 人`);
    await page.getByTestId('children').getByText('有', { exact: true }).first().waitFor();
    await shot(page, 'statistics-township-1366');
    assert.deepEqual(errors, []);
  });
});
