// Issue 5 items 2 and 3 in the browser on the real server: 柳山村's election committee is recorded
// in the order of its selection, a member leaves and the next alternate fills the seat (C2-3), the
// list is published and printed (C2-4); the village drafts a seat plan, sees the live rule check
// (E-3/F-9), submits it, and the township approves it from its list.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser, PHONE, shot } from '../lib/browser.js';
import { pickRadio } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { idNumber, noOverflow, today } from '../lib/people.js';
import { chooseOption } from '../lib/select.js';
import { type RunningServer, repoRoot, startServer } from '../lib/server.js';

const LIUSHAN = '331127205201';
const TOWNSHIP = '331127205';
const PEOPLE: [string, 'M' | 'F'][] = [
  ['雷建国', 'M'],
  ['蓝秀英', 'F'],
  ['钟志强', 'M'],
  ['雷美华', 'F'],
  ['蓝海军', 'M'],
  ['李春梅', 'F'],
  ['张伟', 'M'],
  ['吴晓红', 'F'],
  ['王丽', 'F'],
];

/** Picks `name` in the person select labelled `label` inside the dialog. */
async function pick(page: Page, label: string, name: string) {
  await page.getByRole('dialog').getByLabel(label).click();
  await page.keyboard.type(name);
  await chooseOption(page, name);
}

describe('election committee and seat plan in the browser', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let round = '';
  const base = () => `${server.baseUrl}/rounds/${round}/villages/${LIUSHAN}`;
  const api = () => `${server.baseUrl}/api/rounds/${round}/villages/${LIUSHAN}`;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the village records its election committee in order, and a 递补 fills a vacancy', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'village');
    const rounds = await page.request.get(`${server.baseUrl}/api/rounds?region=${LIUSHAN}`);
    round = String(((await rounds.json()) as { items: { id: string }[] }).items[0]?.id);
    // 柳山村 starts empty: enter the people the meeting chose (the register's import has its own test).
    for (const [i, [name, sex]] of PEOPLE.entries()) {
      const birth = `19${60 + i}-0${(i % 9) + 1}-1${i}`;
      const res = await page.request.post(`${api()}/voters`, {
        data: {
          name,
          sex,
          idNumber: idNumber(birth, 20 + i, sex),
          householdNo: `H10${i}`,
          groupName: i < 4 ? '第一村民小组' : '第二村民小组',
          hukouInVillage: true,
          livesInVillage: true,
        },
      });
      assert.equal(res.status(), 201, await res.text());
    }

    await page.goto(`${base()}/committee`);
    await page.getByText('尚未记录村民选举委员会').waitFor();
    await shot(page, 'committee-seats-committee-empty-1366');
    await page.getByRole('button', { name: '记录推选结果' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('会议记录编号').fill('柳村代〔2026〕3号');
    // Six rows are offered: 主任, four 委员, one 候补; a seventh is added for the second alternate.
    for (const [i, [name]] of PEOPLE.slice(0, 6).entries()) await pick(page, `第${i + 1}位人员`, name);
    await dialog.getByRole('button', { name: '添加一人' }).click();
    await pick(page, '第7位人员', '张伟');
    await dialog.getByText('合计 5 人').waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const table = page.locator('.ant-table-tbody');
    await table
      .locator('tr')
      .filter({ hasText: '张伟' })
      .locator('.ant-tag')
      .filter({ hasText: '候补' })
      .waitFor();
    await table.locator('tr').filter({ hasText: '李春梅' }).getByText('下一位递补人选').waitFor();
    assert.equal(await table.locator('tr.ant-table-row').count(), 7);
    await table.locator('tr').filter({ hasText: '雷建国' }).getByText('主任').waitFor();

    // 蓝海军 resigns; 李春梅, first of the alternates, takes the seat (C2-3).
    await table
      .locator('tr')
      .filter({ hasText: '蓝海军' })
      .getByRole('button', { name: /退\s*出/ })
      .click();
    await pickRadio(dialog, '本人辞职');
    await dialog.getByLabel('情况说明').fill('外出务工，本人书面辞去选举委员会委员');
    await dialog.getByText('李春梅').waitFor();
    await dialog.getByRole('button', { name: '退出并递补' }).click();
    await table.locator('tr').filter({ hasText: '李春梅' }).getByText('递补蓝海军').waitFor();
    await table.locator('tr').filter({ hasText: '蓝海军' }).getByText('已退出').waitFor();

    await page.getByRole('button', { name: '公布名单' }).click();
    await dialog.getByRole('button', { name: /公\s*布/ }).click();
    await page.getByText('已公布').first().waitFor();
    await shot(page, 'committee-seats-committee-1366');

    // The notice the 打印公告 button opens.
    const href = await page.getByRole('link', { name: /打印公告/ }).getAttribute('href');
    const pdf = await page.request.get(`${server.baseUrl}${href}`);
    assert.equal(pdf.status(), 200);
    const body = await pdf.body();
    assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-');
    mkdirSync(join(repoRoot, 'e2e/artifacts'), { recursive: true });
    const path = join(repoRoot, 'e2e/artifacts/committee-seats-list.pdf');
    writeFileSync(path, body);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      path,
      join(repoRoot, 'e2e/artifacts/committee-seats-list'),
    ]);

    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${base()}/committee`);
    await phone.page.locator('.ant-table-tbody').getByText('6. 李春梅', { exact: true }).waitFor();
    await shot(phone.page, 'committee-seats-committee-375');
    await noOverflow(phone.page, '选委会页');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });

  test('the village drafts a seat plan with the live check and submits it', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'village');
    await page.goto(`${base()}/seats`);
    await page.getByText('本村尚未制定职数方案').waitFor();
    // The proposal for zhejiang-2020 has a 妇女委员; without it the check names E-3;F-9 and submitting is off.
    assert.equal(await page.getByLabel('妇女委员职数').inputValue(), '1');
    await page.getByLabel('妇女委员职数').fill('0');
    await page.getByText('规则 E-3;F-9').waitFor();
    assert.ok(await page.getByRole('button', { name: '报乡镇审核' }).isDisabled());
    await shot(page, 'committee-seats-plan-invalid-1366');
    await page.getByLabel('妇女委员职数').fill('1');
    await page.getByLabel('委员职数', { exact: true }).fill('3');
    await page.getByText('合计 6 名').waitFor();
    await page.getByText('符合规则集的要求').waitFor();
    await pickRadio(page, '无候选人自荐直选');
    await page.getByLabel('一肩挑').click();
    await page.getByText(/一肩挑：主任人选与其配偶/).waitFor();
    await page.getByRole('button', { name: '报乡镇审核' }).click();
    await page.getByText('待乡镇审核').first().waitFor();
    await page.getByText(/报乡镇审核，等待审核/).waitFor();
    await shot(page, 'committee-seats-plan-submitted-1366');

    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${base()}/seats`);
    await phone.page.getByText('待乡镇审核').first().waitFor();
    await shot(phone.page, 'committee-seats-plan-375');
    await noOverflow(phone.page, '职数方案页');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });

  test('the village cannot approve; the township approves from its list', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'village');
    const refused = await page.request.post(`${api()}/seat-plan/approve`, { data: {} });
    assert.equal(refused.status(), 403);
    await page.goto(`${base()}/seats`);
    await page.getByText('待乡镇审核').first().waitFor();
    assert.equal(await page.getByRole('button', { name: '审核同意' }).count(), 0, '村选委会看不到审核按钮');

    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await page.goto(`${server.baseUrl}/rounds/${round}/areas/${TOWNSHIP}/seat-plans`);
    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await first.getByText('柳山村').waitFor();
    await first.getByText('待乡镇审核').waitFor();
    await first.getByText('一肩挑').waitFor();
    await first.getByText('自荐直选').waitFor();
    await shot(page, 'committee-seats-area-1366');
    await first.getByRole('button', { name: /同\s*意/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /同\s*意/ })
      .click();
    const liushan = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '柳山村' });
    await liushan.getByText('已审核同意').waitFor();
    await shot(page, 'committee-seats-area-approved-1366');

    const plan = await page.request.get(`${api()}/seat-plan`);
    const answer = (await plan.json()) as {
      plan: { status: string; offices: { id: string; seats: number }[] };
    };
    assert.equal(answer.plan.status, 'approved');
    assert.deepEqual(
      answer.plan.offices.map((o) => [o.id, o.seats]),
      [
        ['chair', 1],
        ['vice', 1],
        ['women', 1],
        ['member', 3],
      ],
    );

    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${server.baseUrl}/rounds/${round}/areas/${TOWNSHIP}/seat-plans`);
    await phone.page.getByText('已审核同意').first().waitFor();
    await shot(phone.page, 'committee-seats-area-375');
    await noOverflow(phone.page, '职数方案审核页');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });
  test('a member whose wife self-nominates must withdraw (C2-6), shown prominently, and 张伟 fills the seat', async (t) => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'village');
    const list = await page.request.get(`${api()}/voters?pageSize=50`);
    const ids = Object.fromEntries(
      ((await list.json()) as { items: { id: string; name: string }[] }).items.map((v) => [v.name, v.id]),
    );
    // Nomination and kinship are another area's API: publish the list, record the marriage, and
    // register 王丽 as a self-nominee through it; without that API this test has nothing to show.
    const published = await page.request.post(`${api()}/publications`, { data: { publishedOn: today() } });
    assert.equal(published.status(), 201, await published.text());
    const married = await page.request.post(`${api()}/voters/${ids.钟志强}/relations`, {
      data: { relatedVoterId: ids.王丽, kind: 'spouse' },
    });
    const nominated = await page.request.post(`${api()}/nomination/self-nominees`, {
      data: { voterId: ids.王丽, office: 'member' },
    });
    if (married.status() !== 201 || nominated.status() !== 201) {
      t.skip(`提名或亲属关系接口未就绪：${married.status()} ${nominated.status()} ${await nominated.text()}`);
      await page.close();
      return;
    }
    await page.goto(`${base()}/committee`);
    const banner = page.getByRole('alert').filter({ hasText: '钟志强应当退出村民选举委员会' });
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    assert.match(text, /钟志强是王丽的配偶/);
    assert.match(text, /规则 C2-2;C2-6/);
    await shot(page, 'committee-seats-recusal-1366');

    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${base()}/committee`);
    await phone.page.getByText('钟志强应当退出村民选举委员会', { exact: true }).waitFor();
    await shot(phone.page, 'committee-seats-recusal-375');
    await noOverflow(phone.page, '选委会页（回避提示）');

    await banner.getByRole('button', { name: '退出并由张伟递补' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('按规则应当退出').waitFor();
    await dialog.getByRole('button', { name: '退出并递补' }).click();
    const table = page.locator('.ant-table-tbody');
    await table.locator('tr').filter({ hasText: '张伟' }).getByText('递补钟志强').waitFor();
    await page.getByText('成员名单在上次公布后有变动').waitFor();
    assert.equal(await page.getByText('钟志强应当退出村民选举委员会', { exact: true }).count(), 0);
    await shot(page, 'committee-seats-recusal-done-1366');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });

  test('the village bodies: a Party secretary’s wife on the co-operative is flagged (seed 003); the clerk is refused for the supervision committee (J2-3)', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'village');
    await page.goto(`${base()}/bodies`);
    await page.getByText('未发现须任职回避的情形').waitFor();
    const card = (title: RegExp) => page.locator('.ant-card').filter({ hasText: title });
    const addMember = async (body: RegExp, name: string, office: string) => {
      await card(body).getByRole('button', { name: '登记成员' }).click();
      await pick(page, '成员', name);
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(office, { exact: true }).check();
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
    };
    await addMember(/^村党组织/, '钟志强', '书记');
    await card(/^村党组织/)
      .getByText('钟志强')
      .waitFor();
    await addMember(/^经济合作社/, '王丽', '社委');
    const alert = page.getByRole('alert').filter({ hasText: '任职回避' });
    await alert
      .getByText(/村两委及经济合作社成员之间应当任职回避：王丽是钟志强的配偶|钟志强是王丽的配偶/)
      .waitFor();

    await page.getByRole('button', { name: '登记职务' }).click();
    await pick(page, '任职人员', '雷建国');
    await page.getByRole('dialog').getByLabel('职务').click();
    await chooseOption(page, '村文书');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('雷建国 · 村文书').waitFor();
    await addMember(/^村务监督委员会/, '雷建国', '主任');
    await page
      .getByText(/雷建国担任村文书，不得担任村务监督委员会成员/)
      .first()
      .waitFor();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    assert.equal(
      await card(/^村务监督委员会/)
        .getByText('雷建国')
        .count(),
      0,
    );
    await shot(page, 'bodies-1366');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
