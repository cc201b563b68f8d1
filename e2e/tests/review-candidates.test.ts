// Issue 5 items 5 and 7 in the browser on the real server: 柳山村's slate from a real nomination count
// goes through the joint review (联审, D-9) — the township records department verdicts, a failing one
// moves the next person by votes onto the slate (B-5) — the township's board shows how many each
// department still owes; then the village fills a bio, publishes the formal candidate list by E−5
// (B-4) ordered by nomination votes (浙江 Art 18: 张伟 4 before 李春梅 2) and prints the announcement and the introductions.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { APIRequestContext, Page } from 'playwright-core';
import { type Browser, launchBrowser, PHONE, shot } from '../lib/browser.js';
import { pickRadio } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { idNumber, noOverflow, today } from '../lib/people.js';
import { chooseOption } from '../lib/select.js';
import { type RunningServer, repoRoot, startServer } from '../lib/server.js';

const LIUSHAN = '331127205201';
const TOWNSHIP = '331127205';
const PEOPLE: [string, 'M' | 'F'][] = [
  ['张伟', 'M'],
  ['李春梅', 'F'],
  ['赵强', 'M'],
  ['蓝秀英', 'F'],
  ['吴晓红', 'F'],
  ['叶秀珍', 'F'],
  ['雷建国', 'M'],
  ['钟志强', 'M'],
  ['梅卫东', 'M'],
  ['潘小燕', 'F'],
];
/** Seven ballots (of ten voters, D-5): 主任 张伟 4 李春梅 2 赵强 1; 妇女委员 蓝秀英 4 吴晓红 2 叶秀珍 1; 委员 雷建国 4 钟志强 2 梅卫东 1. */
const BALLOTS: [string, string, string][] = [
  ['张伟', '蓝秀英', '雷建国'],
  ['张伟', '蓝秀英', '雷建国'],
  ['张伟', '蓝秀英', '雷建国'],
  ['张伟', '蓝秀英', '雷建国'],
  ['李春梅', '吴晓红', '钟志强'],
  ['李春梅', '吴晓红', '钟志强'],
  ['赵强', '叶秀珍', '梅卫东'],
];

/** A full-page screenshot from the top (the fixed header would otherwise sit over the middle). */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

async function ok<T = unknown>(
  res: Awaited<ReturnType<APIRequestContext['post']>>,
  what: string,
): Promise<T> {
  assert.ok(res.ok(), `${what}：${res.status()} ${await res.text()}`);
  return (await res.json().catch(() => null)) as T;
}

/** Keeps the PDF in e2e/artifacts and renders its first page to PNG there (60 dpi) to look at. */
function savePdf(body: Buffer, name: string) {
  assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-');
  mkdirSync(join(repoRoot, 'e2e/artifacts'), { recursive: true });
  const path = join(repoRoot, `e2e/artifacts/${name}.pdf`);
  writeFileSync(path, body);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path,
    join(repoRoot, `e2e/artifacts/${name}`),
  ]);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString('utf8');
}

describe('joint review and candidate list in the browser', { timeout: 400_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let round = '';
  const ids: Record<string, string> = {};
  const nominee: Record<string, string> = {};
  let departments: { id: string; name: string }[] = [];
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

  async function refreshNominees(page: Page) {
    const review = (await (await page.request.get(`${api()}/review`)).json()) as {
      nominees: { id: string; name: string }[];
    };
    for (const n of review.nominees) nominee[n.name] = n.id;
  }

  async function verdict(page: Page, name: string, dept: string) {
    await ok(
      await page.request.put(`${api()}/review/${nominee[name]}/verdicts/${dept}`, {
        data: { verdict: 'pass' },
      }),
      `${name} ${dept}`,
    );
  }

  test('a nomination count puts the slate into the joint review; the township records verdicts on it', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'village');
    const rounds = await page.request.get(`${server.baseUrl}/api/rounds?region=${LIUSHAN}`);
    round = String(((await rounds.json()) as { items: { id: string }[] }).items[0]?.id);
    // 柳山村 starts empty: ten people, the list published, a seat plan of 主任 1, 妇女委员 1, 委员 1.
    for (const [i, [name, sex]] of PEOPLE.entries()) {
      const birth = `19${65 + i}-0${(i % 9) + 1}-1${i}`;
      const made = await ok<{ id: string }>(
        await page.request.post(`${api()}/voters`, {
          data: {
            name,
            sex,
            idNumber: idNumber(birth, 40 + i, sex),
            householdNo: `H20${i}`,
            groupName: i < 5 ? '第一村民小组' : '第二村民小组',
            hukouInVillage: true,
            livesInVillage: true,
            education: i % 2 === 0 ? '高中' : '大专',
            politicalStatus: i < 3 ? '中共党员' : '群众',
          },
        }),
        name,
      );
      ids[name] = made.id;
    }
    await ok(
      await page.request.post(`${api()}/publications`, { data: { publishedOn: today() } }),
      '公布选民名单',
    );
    await ok(
      await page.request.put(`${api()}/seat-plan`, {
        data: {
          offices: [
            { id: 'chair', seats: 1 },
            { id: 'women', seats: 1 },
            { id: 'member', seats: 1 },
          ],
          nominationMode: 'direct',
          oneShoulderIntent: false,
        },
      }),
      '职数方案',
    );
    await ok(await page.request.post(`${api()}/seat-plan/submit`, { data: {} }), '报送');

    // Before any nomination the review page says what comes first.
    await page.goto(`${base()}/review`);
    await page.getByText(/尚无列入候选人名单的人员|尚未制定职数方案/).waitFor();

    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await ok(await page.request.post(`${api()}/seat-plan/approve`, { data: {} }), '审核同意');
    for (const [i, [chair, women, member]] of BALLOTS.entries()) {
      await ok(
        await page.request.post(`${api()}/nomination/ballots`, {
          data: {
            voterId: ids[PEOPLE[i]![0]],
            entries: [
              { office: 'chair', voterId: ids[chair] },
              { office: 'women', voterId: ids[women] },
              { office: 'member', voterId: ids[member] },
            ],
          },
        }),
        `提名票 ${i + 1}`,
      );
    }
    await ok(await page.request.post(`${api()}/nomination/count`, { data: {} }), '提名计票');
    await refreshNominees(page);
    assert.deepEqual(
      Object.keys(nominee).sort(),
      ['吴晓红', '张伟', '李春梅', '蓝秀英', '钟志强', '雷建国'].sort(),
    );
    const settings = (await (
      await page.request.get(`${server.baseUrl}/api/rounds/${round}/review-settings`)
    ).json()) as {
      departments: { id: string; name: string }[];
    };
    departments = settings.departments;

    // The township records 纪检监察's verdict on 张伟 in the grid.
    await page.goto(`${base()}/review`);
    await page.getByRole('button', { name: '张伟 · 纪检监察 待审' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('纪检监察联审意见 · 张伟（主任）').waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('button', { name: '张伟 · 纪检监察 通过' }).waitFor();

    // 公安 does not pass 钟志强: 五不能 item 1; 梅卫东, next by votes, moves onto the slate (B-5).
    await page.getByRole('button', { name: '钟志强 · 公安 待审' }).click();
    await pickRadio(dialog, '不通过');
    await dialog.getByLabel('不符合的条件').click();
    await chooseOption(page, '受过刑事处罚');
    await dialog.getByLabel('说明').fill('2018年因寻衅滋事罪被判处有期徒刑一年');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByLabel('钟志强 · 公安 不通过').waitFor();
    await page.locator('.ant-table-tbody').getByText('梅卫东').waitFor();
    const zhong = page.locator('.ant-table-tbody tr').filter({ hasText: '钟志强' });
    await zhong.getByText('联审不通过').waitFor();
    await snap(page, 'review-candidates-village-review-1366');

    // More verdicts arrive: everyone but 税务 passes 张伟; 组织 passes the rest.
    await refreshNominees(page);
    for (const d of departments.filter((x) => x.name !== '税务' && x.id !== 'discipline'))
      await verdict(page, '张伟', d.id);
    for (const name of ['李春梅', '蓝秀英', '吴晓红', '雷建国', '梅卫东'])
      await verdict(page, name, 'organization');

    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${base()}/review`);
    await phone.page.getByLabel('联审 张伟').waitFor();
    await snap(phone.page, 'review-candidates-village-review-375');
    await noOverflow(phone.page, '联审页');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });

  test('the township board shows who waits on whom, with counts per department', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await page.goto(`${server.baseUrl}/rounds/${round}`);
    await page.getByRole('button', { name: '联审进度' }).click();
    await page.waitForURL(/\/areas\/331127205\/review$/);
    // 税务 owes six verdicts (张伟 and five others); 组织 owes none; 钟志强 (failed) waits on nobody.
    // The counts sit in the column headers (antd also keeps an aria-hidden copy of each header title in a
    // zero-height measuring row of the body, hence the scope).
    const header = (name: string) => page.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    await header('税务').getByLabel('税务待审 6 人').waitFor();
    await header('组织').getByLabel('组织无待审').waitFor();
    await header('公安').getByLabel('公安待审 5 人').waitFor();
    await page.getByText('待审最多').waitFor();
    await snap(page, 'review-candidates-board-1366');

    // Only those waiting on 税务: six rows, 钟志强 not among them.
    await page.getByLabel('只看等待某部门的').click();
    await chooseOption(page, '税务');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.waitForFunction(
      () => document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === 6,
    );
    assert.equal(await rows.filter({ hasText: '钟志强' }).count(), 0);

    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${server.baseUrl}/rounds/${round}/areas/${TOWNSHIP}/review`);
    await phone.page.getByLabel('联审 梅卫东').waitFor();
    await snap(phone.page, 'review-candidates-board-375');
    await noOverflow(phone.page, '联审进度页');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });

  test('the county adds an item to 五不能 for this round; the township only reads the lists', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'county');
    await page.goto(`${server.baseUrl}/rounds/${round}/review-settings`);
    const wbn = page.locator('.ant-card').filter({ has: page.getByLabel('五不能清单名称') });
    await wbn.getByRole('button', { name: '增加条目' }).click();
    await wbn.getByLabel('五不能第6条', { exact: true }).fill('被依法列入本县换届“负面清单”的');
    await wbn.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('“五不能”已保存').waitFor();
    await page.getByText(/第 2 版/).waitFor();
    await snap(page, 'review-candidates-settings-1366');

    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await page.goto(`${server.baseUrl}/rounds/${round}/review-settings`);
    await page.getByText('联审条件和部门由县换届办设定').waitFor();
    assert.equal(await page.getByRole('button', { name: /保\s*存/ }).count(), 0, '乡镇看不到保存按钮');
    await page.getByText('被依法列入本县换届“负面清单”的').waitFor();
    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${server.baseUrl}/rounds/${round}/review-settings`);
    await phone.page.getByText('被依法列入本县换届“负面清单”的').waitFor();
    await snap(phone.page, 'review-candidates-settings-375');
    await noOverflow(phone.page, '联审设置页');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });

  test('the village fills a bio, publishes the candidate list by E−5 and prints it: 李 before 张', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'township');
    await refreshNominees(page);
    for (const name of ['张伟', '李春梅', '蓝秀英', '吴晓红', '雷建国', '梅卫东'])
      for (const d of departments) {
        const given = await page.request.put(`${api()}/review/${nominee[name]}/verdicts/${d.id}`, {
          data: { verdict: 'pass' },
        });
        assert.ok(given.ok(), await given.text());
      }
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'village');
    await page.goto(`${base()}/candidates`);
    const chair = page.locator('.ant-card').filter({ hasText: '主任（应选 1 名' });
    await chair.getByText('李春梅').waitFor();
    const chairText = (await chair.locator('.ant-table-tbody').textContent()) ?? '';
    assert.ok(
      chairText.indexOf('张伟') < chairText.indexOf('李春梅'),
      `主任候选人应按提名得票多少为序（B-4：张伟 4 票，李春梅 2 票）：${chairText}`,
    );
    await page.locator('.ant-card').filter({ hasText: '委员（应选 1 名' }).getByText('递补钟志强').waitFor();

    // The bio: education from the register, the rest entered here.
    await page.getByRole('button', { name: '填写李春梅的简历' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('现任职务').fill('村妇联主席');
    await dialog.getByRole('button', { name: '增加一行经历' }).click();
    await dialog.getByLabel('经历1起始年月').click();
    await page.keyboard.type('2012-03');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('经历1内容').fill('任村妇联主席，组织巾帼志愿服务');
    await dialog.getByLabel('履职设想').fill('办好村老年食堂，推进茶叶合作社销售，村务财务按月公开。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('李春梅的简历已保存').waitFor();

    // Publication: the schedule's deadline is E−5, today is well before it.
    await page.getByRole('button', { name: '公布名单' }).click();
    await dialog.getByText(/应于选举日前5日/).waitFor();
    await dialog.getByRole('button', { name: /公\s*布/ }).click();
    await page.getByText(/公布，在期限内/).waitFor();
    await page.getByText(`${today()} 已公布`).waitFor();

    // The meeting with villagers (D-3).
    await page.getByRole('button', { name: '记录见面会' }).click();
    await dialog.getByLabel('地点').fill('柳山村文化礼堂');
    await dialog.getByLabel('到会村民人数').fill('86');
    await dialog.getByLabel('见面情况').fill('村民就茶园道路和老年食堂提问，候选人逐一作答');
    await dialog.getByRole('button', { name: /记\s*录/ }).click();
    await page.getByText(/柳山村文化礼堂 · 到会 86 人/).waitFor();
    await snap(page, 'review-candidates-candidates-1366');

    const list = await page.request.get(`${api()}/candidates.pdf`);
    assert.equal(list.status(), 200);
    const listText = savePdf(await list.body(), 'review-candidates-list');
    // 浙江 Art 18 (B-4): by nomination votes, most first
    const order = ['张伟', '李春梅', '蓝秀英', '吴晓红', '雷建国', '梅卫东'].map((n) => listText.indexOf(n));
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)),
      `名单顺序：${listText}`,
    );
    assert.doesNotMatch(listText, /草稿|钟志强/);
    const bios = await page.request.get(`${api()}/candidate-bios.pdf`);
    assert.equal(bios.status(), 200);
    const biosText = savePdf(await bios.body(), 'review-candidates-bios');
    assert.match(biosText, /办好村老年食堂/);
    assert.match(biosText, /2012\.03—至今/);

    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${base()}/candidates`);
    await phone.page.getByText('李春梅').first().waitFor();
    await snap(phone.page, 'review-candidates-candidates-375');
    await noOverflow(phone.page, '候选人页');
    assert.deepEqual([...errors, ...phone.errors], []);
    await phone.page.close();
    await page.close();
  });
});
