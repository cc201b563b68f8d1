// Issue 5, items 8 and 9 in the browser on the real server with the demo data: 柳山村's committee plans
// the central venue, a polling station and a mobile box with its voters (a candidate picked as a
// scrutineer is warned off at once, E-9), the township approves the box (G-7), the committee publishes
// the plan (B-7), then on the ballots page sets the reserve, generates the numbered ballots and
// downloads them. The notice, the sample and the ballots are rendered to PNG to be looked at.
//
// What other areas own (voters, the seat plan and its approval, self-nominations and the joint review)
// is set up through their APIs first, as the county office.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { call } from '../lib/api.js';
import { type Browser, launchBrowser, PHONE, shot } from '../lib/browser.js';
import { confirmPopover } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { idNumber, today } from '../lib/people.js';
import { chooseOption, chooseOptionInMultiple } from '../lib/select.js';
import { type RunningServer, repoRoot, startServer } from '../lib/server.js';

const LIUSHAN = '331127205201';
const GROUPS = ['第一村民小组', '第二村民小组', '第三村民小组'];
/** [name, sex, group index, self-nominated office or null] */
const PEOPLE: [string, 'M' | 'F', number, string | null][] = [
  ['张建国', 'M', 0, 'chair'],
  ['李明', 'M', 1, 'chair'],
  ['王芳', 'F', 2, 'vice'],
  ['蓝秀英', 'F', 0, 'women'],
  ['钟强', 'M', 1, 'member'],
  ['吴军', 'M', 2, 'member'],
  ['雷美华', 'F', 0, null],
  ['蓝海军', 'M', 0, null],
  ['钟志强', 'M', 0, null],
  ['李春梅', 'F', 1, null],
  ['吴晓红', 'F', 1, null],
  ['雷国平', 'M', 1, null],
  ['蓝丽娟', 'F', 1, null],
  ['钟建华', 'M', 2, null],
  ['李桂英', 'F', 2, null],
  ['梅卫东', 'M', 2, null],
  ['雷芳', 'F', 2, null],
  ['潘小燕', 'F', 2, null],
];

/** The test's i-th person: a birth date and order number from i. */
function personId(i: number, sex: 'M' | 'F'): string {
  return idNumber(`19${60 + i}0${(i % 9) + 1}1${i % 10}`, i + 30, sex);
}

/** Keeps the PDF in e2e/artifacts and renders its first page to PNG there, to be looked at. */
function savePdf(body: Buffer, name: string): string {
  assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-');
  const path = join(repoRoot, `e2e/artifacts/${name}.pdf`);
  writeFileSync(path, body);
  const png = join(repoRoot, `e2e/artifacts/${name}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, png]);
  return `${png}.png`;
}

function pdfText(body: Buffer): string {
  const path = join(repoRoot, 'e2e/artifacts/polling-ballots-tmp.pdf');
  writeFileSync(path, body);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString('utf8');
}

/** A full-page screenshot from the top (the fixed header would otherwise sit over the middle). */
async function snap(p: Page, name: string) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await shot(p, name);
}

/** Runs a test body; on failure keeps a picture of the page as it was (e2e/screenshots/…-failed.png). */
async function watched(p: Page, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    await shot(p, `${name}-failed`).catch(() => {});
    throw err;
  }
}

/**
 * Types `name` into a searchable select and clicks its option until it shows as chosen: under load
 * a click can land on an option still animating in and choose nothing. (Not Enter: while the
 * server's answer for the new text is on its way the highlighted option is still the one chosen
 * before, and Enter would un-choose it.)
 */
async function pickTyped(select: Locator, name: string, chosen: Locator) {
  await select.pressSequentially(name);
  const list = await select.getAttribute('aria-controls');
  const option = select
    .page()
    .locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option`)
    .filter({ hasText: name })
    .first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await option.click();
    if (await chosen.isVisible()) return;
    await select.page().waitForTimeout(500);
    if (await chosen.isVisible()) return;
  }
  await chosen.waitFor();
}

describe('polling plan and ballots in the browser', { timeout: 600_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let round = '';
  const ids: Record<string, string> = {};
  const page = () => `${server.baseUrl}/rounds/${round}/villages/${LIUSHAN}`;
  const api = () => `${server.baseUrl}/api/rounds/${round}/villages/${LIUSHAN}`;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('set-up through the other areas’ APIs: voters, list, seat plan, self-nominees, joint review', async () => {
    const { page: p } = await browser.newPage();
    await loginAndWait(p, server.baseUrl, 'county');
    const rounds = await call(p.request, 'GET', `${server.baseUrl}/api/rounds?region=${LIUSHAN}`);
    round = String(rounds.items[0].id);
    for (const [i, [name, sex, group]] of PEOPLE.entries()) {
      const v = await call(p.request, 'POST', `${api()}/voters`, {
        name,
        sex,
        idNumber: personId(i, sex),
        householdNo: `H${i}`,
        groupName: GROUPS[group],
        hukouInVillage: true,
        livesInVillage: true,
      });
      ids[name] = v.id;
    }
    await call(p.request, 'POST', `${api()}/publications`, { publishedOn: today() });
    await call(p.request, 'PUT', `${api()}/seat-plan`, {
      offices: [
        { id: 'chair', seats: 1 },
        { id: 'vice', seats: 1 },
        { id: 'women', seats: 1 },
        { id: 'member', seats: 2 },
      ],
      nominationMode: 'self',
      oneShoulderIntent: false,
    });
    await call(p.request, 'POST', `${api()}/seat-plan/submit`, {});
    await call(p.request, 'POST', `${api()}/seat-plan/approve`, {});
    const departments = (
      await call(p.request, 'GET', `${server.baseUrl}/api/rounds/${round}/review-settings`)
    ).departments as { id: string }[];
    for (const [name, , , office] of PEOPLE) {
      if (!office) continue;
      const n = await call(p.request, 'POST', `${api()}/nomination/self-nominees`, {
        voterId: ids[name],
        office,
      });
      for (const d of departments)
        await call(p.request, 'PUT', `${api()}/review/${n.id}/verdicts/${d.id}`, { verdict: 'pass' });
    }
    await p.close();
  });

  test('the committee plans the venue, a station and a mobile box; a candidate is warned off as scrutineer', async () => {
    const { page: p, errors } = await browser.newPage();
    await watched(p, 'polling-plan', async () => {
      await p.context().clearCookies();
      await loginAndWait(p, server.baseUrl, 'village');
      await p.goto(`${page()}/polling`);
      await p.getByText('先设置中心会场的地点和投票时间').waitFor();

      await p.getByRole('button', { name: /设\s*置/ }).click();
      let dialog = p.getByRole('dialog');
      await dialog.getByLabel('地点').fill('柳山村文化礼堂');
      await dialog.getByLabel('投票开始时间').fill('08:00');
      await dialog.getByLabel('投票结束时间').fill('12:00');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await p.getByText('柳山村文化礼堂').waitFor();

      await p.getByRole('button', { name: '新设投票站' }).click();
      dialog = p.getByRole('dialog');
      assert.equal(await dialog.getByLabel('名称').inputValue(), '第一投票站');
      await dialog.getByLabel('地点').fill('雷家祠堂');
      await dialog.getByLabel('服务的村民小组').click();
      await chooseOptionInMultiple(p, GROUPS[2] as string);
      await dialog.getByText('新设投票站').click(); // close the dropdown
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await p.locator('.ant-table').getByText('雷家祠堂').waitFor();

      await p.getByRole('button', { name: '新设流动票箱' }).click();
      dialog = p.getByRole('dialog');
      await dialog.getByLabel('名称').fill('后山流动票箱');
      await dialog.getByLabel('出发地点').fill('村委会');
      await dialog.getByLabel('巡回路线').fill('后山—岭头—坑口');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      const box = p.locator('.ant-card-type-inner').filter({ hasText: '后山流动票箱' });
      await box.getByText('待乡镇批准').waitFor();

      await box.getByRole('button', { name: '选民名单' }).click();
      dialog = p.getByRole('dialog');
      const picker = dialog.getByLabel('流动票箱选民');
      for (const name of ['梅卫东', '潘小燕']) {
        await picker.click();
        await pickTyped(picker, name, dialog.locator('.ant-tag').filter({ hasText: name }));
      }
      // close the dropdown (it opens downwards over what is below the picker) by clicking the title above
      await dialog.getByText('后山流动票箱：使用流动票箱投票的选民').click();
      await dialog.getByText('已选 2 人').waitFor();
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await box.getByText('选民 2 人').waitFor();
      await box.getByText('梅卫东、潘小燕').or(box.getByText('潘小燕、梅卫东')).waitFor();

      // E-9: 张建国 stands for 主任 (a self-nominee, counted under zhejiang-2020): the form warns at once.
      await box.getByRole('button', { name: '安排监票人' }).click();
      dialog = p.getByRole('dialog');
      const who = dialog.locator('#staff-voter');
      await who.click();
      await who.pressSequentially('张建国');
      await chooseOption(p, '张建国');
      await dialog.getByText(/张建国是自荐人，不得担任监票人（E-9）/).waitFor();
      assert.equal(await dialog.getByRole('button', { name: /安\s*排/ }).isDisabled(), true);
      await snap(p, 'polling-recusal-1366');
      // another person is fine
      await who.click();
      await who.pressSequentially('雷芳');
      await chooseOption(p, '雷芳');
      await dialog.getByRole('button', { name: /安\s*排/ }).click();
      await box.getByText('监票人：雷芳').waitFor();

      // The rest of the staff through the API, as the committee would enter them one by one.
      const plan = await call(p.request, 'GET', `${api()}/polling`);
      const place = (kind: string) => plan.places.find((x: { kind: string }) => x.kind === kind).id;
      for (const [kind, role, name] of [
        ['mobile', 'scrutineer', '钟建华'],
        ['mobile', 'scrutineer', '李桂英'],
        ['station', 'scrutineer', '雷美华'],
        ['station', 'scrutineer', '蓝海军'],
        ['station', 'scrutineer', '钟志强'],
        ['central', 'host', '李春梅'],
        ['central', 'chief-scrutineer', '吴晓红'],
        ['central', 'scrutineer', '雷国平'],
        ['central', 'scrutineer', '蓝丽娟'],
        ['central', 'caller', '梅卫东'],
        ['central', 'counter', '潘小燕'],
      ] as const) {
        await call(p.request, 'POST', `${api()}/polling/staff`, {
          placeId: place(kind),
          role,
          voterId: ids[name],
        });
      }
      await p.reload();
      await p.getByText('公布前还须解决').waitFor();
      assert.match(
        (await p.getByRole('alert').filter({ hasText: '公布前还须解决' }).textContent()) ?? '',
        /G-7/,
      );
      await snap(p, 'polling-plan-1366');
      assert.deepEqual(errors, []);
      await p.close();
    });
  });

  test('the township approves the mobile box', async () => {
    const { page: p, errors } = await browser.newPage();
    await watched(p, 'polling-approve', async () => {
      await p.context().clearCookies();
      await loginAndWait(p, server.baseUrl, 'township');
      await p.goto(`${page()}/polling`);
      const box = p.locator('.ant-card-type-inner').filter({ hasText: '后山流动票箱' });
      await box.getByRole('button', { name: '批准设立' }).click();
      const dialog = p.getByRole('dialog');
      await dialog.getByText('使用该票箱投票的选民 2 人，监票人 3 名').waitFor();
      await dialog.getByLabel('批准意见（可不填）').fill('同意设立');
      await dialog.getByRole('button', { name: /批\s*准/ }).click();
      await box.getByText('乡镇已批准').waitFor();
      await snap(p, 'polling-approved-1366');
      assert.deepEqual(errors, []);
      await p.close();
    });
  });

  test('the committee publishes the plan and prints the notice', async () => {
    const { page: p, errors } = await browser.newPage();
    await watched(p, 'polling-publish', async () => {
      await p.context().clearCookies();
      await loginAndWait(p, server.baseUrl, 'village');
      await p.goto(`${page()}/polling`);
      await p.getByRole('button', { name: '公布投票安排' }).click();
      const dialog = p.getByRole('dialog');
      await dialog.getByRole('button', { name: /公\s*布/ }).click();
      await p.getByText(`已于 ${today()} 公布`).waitFor();
      await snap(p, 'polling-published-1366');

      const notice = await p.request.get(`${api()}/polling-plan.pdf`);
      assert.equal(notice.status(), 200);
      const body = await notice.body();
      const text = pdfText(body).replace(/\s+/g, '');
      assert.match(text, /柳山村村民委员会选举投票公告/);
      assert.match(text, /后山流动票箱（经郑坑乡人民政府批准/);
      assert.match(text, /梅卫东（第三村民小组）/);
      savePdf(body, 'polling-ballots-notice');

      const phone = await browser.newPage(PHONE);
      await phone.page.goto(`${page()}/polling`);
      await phone.page.getByText(`已于 ${today()} 公布`).waitFor();
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `投票安排在 375px 宽度下横向溢出 ${overflow}px`);
      await snap(phone.page, 'polling-published-375');
      assert.deepEqual([...errors, ...phone.errors], []);
      await phone.page.close();
      await p.close();
    });
  });

  test('the ballots page: reserve, sample, numbered ballots generated and downloaded', async () => {
    const { page: p, errors } = await browser.newPage();
    await watched(p, 'ballots', async () => {
      await p.context().clearCookies();
      await loginAndWait(p, server.baseUrl, 'village');
      await p.goto(`${page()}/ballots`);
      // the preview lists the self-nominees in 姓氏笔画 order: 李 before 张
      const chair = p.getByRole('table', { name: '主任栏', exact: true });
      await chair.waitFor();
      const chairText = (await chair.textContent()) ?? '';
      assert.ok(chairText.indexOf('李明') < chairText.indexOf('张建国'), chairText);
      await p.getByText('妇女委员（单列 · 应选1名 · 只能选女性）').first().waitFor();

      await p.getByLabel('预留数').fill('10');
      await p.getByRole('button', { name: /保\s*存/ }).click();
      await p.getByText('选票样式和预留数已保存').waitFor();
      // 合计: every voter once, and 10% of each place's voters kept in reserve, rounded up per place
      // (中心会场 11 → 2, 第一投票站 5 → 1, 后山流动票箱 2 → 1)
      await p.waitForFunction(
        (want) =>
          Array.from(document.querySelectorAll('.ant-table-summary td'), (td) => td.textContent).join(' ') ===
          want,
        `合计 ${PEOPLE.length} 4 ${PEOPLE.length + 4}`,
      );

      await p.getByRole('button', { name: '生成编号选票' }).click();
      await confirmPopover(p, /确\s*定|OK/, p.getByRole('link', { name: '下载全部选票' }));
      await snap(p, 'ballots-1366');

      const state = await call(p.request, 'GET', `${api()}/ballots`);
      const total = state.counts.reduce((n: number, c: { total: number }) => n + c.total, 0);
      assert.equal(state.totals.voters, PEOPLE.length);
      const href = await p.getByRole('link', { name: '下载全部选票' }).getAttribute('href');
      const ballots = await p.request.get(`${server.baseUrl}${href}`);
      assert.equal(ballots.status(), 200);
      const body = await ballots.body();
      const text = pdfText(body);
      assert.equal(text.split('\f').filter((x) => x.trim()).length, total, 'one page per ballot');
      assert.match(text, /No\.000001/);
      savePdf(body, 'polling-ballots-ballot');

      const sample = await p.request.get(`${api()}/ballots/sample.pdf`);
      assert.equal(sample.status(), 200);
      const sampleBody = await sample.body();
      assert.match(pdfText(sampleBody), /样\s*票/);
      savePdf(sampleBody, 'polling-ballots-sample');

      const phone = await browser.newPage(PHONE);
      await phone.page.goto(`${page()}/ballots`);
      await phone.page.getByRole('table', { name: '主任栏', exact: true }).waitFor();
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `选票页在 375px 宽度下横向溢出 ${overflow}px`);
      await snap(phone.page, 'ballots-375');
      assert.deepEqual([...errors, ...phone.errors], []);
      await phone.page.close();
      await p.close();
    });
  });
});
