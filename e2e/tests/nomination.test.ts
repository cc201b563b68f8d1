// Issue 5 items 4 and 6 in the browser on the real server: 柳山村 nominates directly. A few ballots
// are entered from the keyboard alone (选民号 and pinyin initials, Enter, Ctrl+Enter), one over the
// cap is refused (D-4), the running count ranks the names, the count needs more than half of the
// voters (D-5) and puts seats + margin on the slate (D-2/D-6); the kinship derived from the household
// register warns that two nominees are spouses (C1-5), a relation entered by hand on the person's page
// warns too and goes when removed, and the person's page shows the relations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeQr } from '../../packages/server/test/documents/pdf-tools.js';
import { type Browser, launchBrowser, PHONE, shot } from '../lib/browser.js';
import { clickUntil } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { idNumber, noOverflow, today } from '../lib/people.js';
import { chooseOption } from '../lib/select.js';
import { type RunningServer, startServer } from '../lib/server.js';

const LIUSHAN = '331127205201';

/** name, sex, household, 与户主关系: 雷建国 and 蓝秀英 are a couple, 雷国平 their son. */
const PEOPLE: [string, 'M' | 'F', string, string][] = [
  ['雷建国', 'M', 'N001', '户主'],
  ['蓝秀英', 'F', 'N001', '配偶'],
  ['雷国平', 'M', 'N001', '长子'],
  ['钟志强', 'M', 'N002', '户主'],
  ['雷美华', 'F', 'N002', '配偶'],
  ['蓝海军', 'M', 'N003', '户主'],
  ['李春梅', 'F', 'N004', '户主'],
  ['张伟', 'M', 'N005', '户主'],
  ['吴晓红', 'F', 'N005', '配偶'],
  ['梅卫东', 'M', 'N006', '户主'],
  ['潘小燕', 'F', 'N007', '户主'],
  ['叶建平', 'M', 'N008', '户主'],
];

describe('nomination in the browser', { timeout: 600_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let round = '';
  const ids: Record<string, string> = {};
  const voterNo: Record<string, number> = {};
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

  test('the county sets up 柳山村: people, the published list and an approved seat plan', async () => {
    const { page } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'county');
    const rounds = await page.request.get(`${server.baseUrl}/api/rounds?region=${LIUSHAN}`);
    round = String(((await rounds.json()) as { items: { id: string }[] }).items[0]?.id);
    for (const [i, [name, sex, household, relation]] of PEOPLE.entries()) {
      const birth = `19${60 + i}-0${(i % 9) + 1}-1${i % 10}`;
      const res = await page.request.post(`${api()}/voters`, {
        data: {
          name,
          sex,
          idNumber: idNumber(birth, 30 + i, sex),
          householdNo: household,
          relationToHead: relation,
          groupName: i < 6 ? '第一村民小组' : '第二村民小组',
          hukouInVillage: true,
          livesInVillage: true,
        },
      });
      assert.equal(res.status(), 201, await res.text());
      ids[name] = ((await res.json()) as { id: string }).id;
    }
    const pub = await page.request.post(`${api()}/publications`, { data: { publishedOn: today() } });
    assert.equal(pub.status(), 201, await pub.text());
    const listed = await page.request.get(`${api()}/nomination/people`);
    for (const p of ((await listed.json()) as { items: { name: string; voterNo: number }[] }).items)
      voterNo[p.name] = p.voterNo;
    assert.equal(Object.keys(voterNo).length, PEOPLE.length);

    const plan = {
      offices: [
        { id: 'chair', seats: 1 },
        { id: 'women', seats: 1 },
        { id: 'member', seats: 1 },
      ],
      nominationMode: 'direct',
      oneShoulderIntent: false,
    };
    const put = await page.request.put(`${api()}/seat-plan`, { data: plan });
    assert.equal(put.status(), 200, await put.text());
    const submit = await page.request.post(`${api()}/seat-plan/submit`);
    assert.equal(submit.status(), 200, await submit.text());
    const approve = await page.request.post(`${api()}/seat-plan/approve`, { data: {} });
    assert.equal(approve.status(), 200, await approve.text());

    // Four ballots already read out and entered (the rest are typed below).
    const ballot = async (voter: string, entries: [string, string][]) => {
      const res = await page.request.post(`${api()}/nomination/ballots`, {
        data: { voterId: ids[voter], entries: entries.map(([office, n]) => ({ office, voterId: ids[n] })) },
      });
      assert.equal(res.status(), 201, await res.text());
    };
    await ballot('钟志强', [
      ['chair', '雷建国'],
      ['women', '蓝秀英'],
      ['member', '张伟'],
    ]);
    await ballot('雷美华', [
      ['chair', '雷建国'],
      ['women', '李春梅'],
      ['member', '钟志强'],
    ]);
    await ballot('蓝海军', [
      ['chair', '钟志强'],
      ['women', '蓝秀英'],
      ['member', '张伟'],
    ]);
    await ballot('梅卫东', [
      ['chair', '雷建国'],
      ['women', '吴晓红'],
      ['member', '梅卫东'],
    ]);
    await page.close();
  });

  test('the village enters ballots from the keyboard, counts them and sees the slate', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies(); // the profile is shared: start from a signed-out state
    await loginAndWait(page, server.baseUrl, 'village');
    await page.goto(`${base()}/nomination`);
    await page.getByText('录入提名票').first().waitFor();
    await page.getByText('已收提名票').waitFor();

    /** One ballot from the keyboard alone: serial, Tab, voter, Tab, names per office, Ctrl+Enter. */
    const typeBallot = async (serial: string, voter: string, offices: (string | null)[]) => {
      const serialBox = page.getByPlaceholder('如 0012');
      await serialBox.waitFor();
      await serialBox.focus();
      await page.keyboard.type(serial);
      await page.keyboard.press('Tab');
      await page.keyboard.type(voter);
      await page.keyboard.press('Enter');
      for (const name of offices) {
        await page.keyboard.press('Tab');
        if (name !== null) {
          await page.keyboard.type(name);
          await page.keyboard.press('Enter');
        }
      }
      await page.keyboard.press('Control+Enter');
    };

    // 张伟 by 选民号; names by pinyin initials (ljg 雷建国, lxy 蓝秀英, zzq 钟志强) and by name.
    await typeBallot('0005', String(voterNo.张伟), ['ljg', 'lxy', 'zzq']);
    await page.getByText('已录入，请录下一张').first().waitFor();
    await page.locator('.ant-list-item').filter({ hasText: '0005' }).filter({ hasText: '张伟' }).waitFor();
    await typeBallot('0006', String(voterNo.吴晓红), ['钟志强', '蓝秀英', 'ljg']);
    await page.locator('.ant-list-item').filter({ hasText: '0006' }).waitFor();

    // A printed 提名票 scanned instead of typing the voter (a USB scanner types the QR text): the
    // ballot names who filled it in, and the cursor moves on to the first office.
    const printed = await page.request.get(`${api()}/nomination/ballots.pdf`);
    assert.equal(printed.status(), 200, await printed.text());
    const pdf = await printed.body();
    const handedIn = new Set(['钟志强', '雷美华', '蓝海军', '梅卫东', '张伟', '吴晓红', '李春梅']);
    let scanned: { code: string; name: string } | null = null;
    for (let i = 0; i < 8 && !scanned; i++) {
      // two ballots per A4 page: the top and the bottom half
      const code = decodeQr(pdf, 1 + Math.floor(i / 2), { x: 24, y: i % 2 === 0 ? 24 : 421, w: 547, h: 397 });
      assert.ok(code, `第${i + 1}张提名票上的二维码解不出来`);
      const name = Object.keys(ids).find((n) => ids[n] === code.split('|')[3]);
      assert.ok(name, `第${i + 1}张提名票的二维码不是本村选民的`);
      if (!handedIn.has(name)) scanned = { code, name };
    }
    assert.ok(scanned, '前8张提名票的提名人都已录入过');
    const scanBox = page.getByPlaceholder('如 0012');
    await scanBox.fill(scanned.code);
    await page.getByText(`提名人：${scanned.name}`).first().waitFor();
    await page.keyboard.type('ljg');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await page.getByText(`已收提名票 7 张`).waitFor();

    // More names than seats (D-4): refused, and the committee may record it as void.
    const serialBox = page.getByPlaceholder('如 0012');
    await serialBox.focus();
    await page.keyboard.type('0007');
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(voterNo.李春梅));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ljg');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('lcm');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('zw');
    await page.keyboard.press('Enter');
    // each name in before the next is typed (under load an Enter can run ahead of the list's filter)
    await page.getByText('已填 3 人 / 最多 3 人（D-4）').waitFor();
    await page.keyboard.type('lhj');
    await page.keyboard.press('Enter');
    await page.getByText('已填 4 人 / 最多 3 人（D-4）').waitFor();
    await page.keyboard.press('Control+Enter');
    await page
      .getByText(/不得超过应选职数3人，本票提名4人（D-4）/)
      .first()
      .waitFor();
    await shot(page, 'nomination-entry-1366');
    try {
      // a click can be lost when both cores are busy (seen in a dry run): click until the ballot is
      // listed as void; while the save is pending the button is loading and ignores a second click
      await clickUntil(
        page.getByRole('button', { name: '登记为无效票' }),
        page
          .locator('.ant-list-item')
          .filter({ hasText: '0007' })
          .getByText(/无效票/),
      );
      await page
        .getByRole('button', { name: '登记为无效票' })
        .waitFor({ state: 'detached', timeout: 30_000 });
      await page
        .locator('.ant-list-item')
        .filter({ hasText: '0007' })
        .getByText(/无效票/)
        .waitFor({ timeout: 30_000 });
    } catch (err) {
      // once seen failing under load and never since: keep the picture for whoever sees it next
      await shot(page, 'nomination-void-failed');
      throw err;
    }

    // The running count: 雷建国 leads for 主任 with 5 of the 8 ballots (the void one names no one).
    const chair = page.locator('.ant-card').filter({ hasText: /^主任/ });
    await chair
      .locator('tr.ant-table-row')
      .first()
      .filter({ hasText: '雷建国' })
      .filter({ has: page.locator('td', { hasText: /^5$/ }) })
      .waitFor();

    // The relations from the household register, then the count (8 of 12 > half, D-5).
    await page.getByRole('button', { name: '按户籍推算亲属关系' }).click();
    await page.getByText('已按户籍推算亲属关系').first().waitFor();
    await page.getByRole('button', { name: '统计提名结果' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('须过半数选民参加投票提名').waitFor();
    await dialog.getByRole('button', { name: /统\s*计/ }).click();
    await page.getByText(/统计提名结果：选民 12 人，参加提名 8 人，已过半数（D-5）/).waitFor();

    // The slate: 主任 雷建国 and 钟志强 (1 seat + 1), 妇女委员 蓝秀英 and the next.
    await page.getByText('得票排名与正式候选人').waitFor();
    const chairRows = page.locator('.ant-card').filter({ hasText: /^主任/ }).locator('tr.ant-table-row');
    await chairRows.filter({ hasText: '雷建国' }).getByText('候选人').waitFor();
    await chairRows.filter({ hasText: '钟志强' }).getByText('候选人').waitFor();
    // The register says 雷建国 and 蓝秀英 are spouses: both stand, so the page warns (C1-5).
    await page.getByText('对被提名人如同时当选须任职回避').waitFor();
    await page.locator('.ant-list-item').filter({ hasText: '蓝秀英' }).getByText('规则 C1-5').waitFor();
    await shot(page, 'nomination-slate-1366');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a relation added by hand on the person’s page warns at nomination; removing it clears the warning', async () => {
    const { page, errors } = await browser.newPage();
    await page.context().clearCookies();
    await loginAndWait(page, server.baseUrl, 'village');
    // The register does not know that 钟志强 and 张伟 are brothers: the committee enters it by hand.
    await page.goto(`${base()}/voters/${ids.钟志强}`);
    const card = page.locator('.ant-card').filter({ hasText: '亲属关系' });
    await card.getByText('雷美华').waitFor(); // his wife, from the register
    await card.getByRole('button', { name: /添\s*加/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '登记钟志强的亲属' });
    await dialog.getByLabel('亲属').fill('张伟');
    await chooseOption(page, '张伟（第二村民小组');
    await dialog.getByLabel('是钟志强的').click();
    await chooseOption(page, '兄弟姐妹');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已登记亲属关系').first().waitFor();
    const brother = card.locator('.ant-list-item').filter({ hasText: '张伟' });
    await brother.getByText('兄弟姐妹').waitFor();
    await brother.getByText('手工登记').waitFor();
    await page.locator('.ant-timeline').getByText('登记亲属关系').waitFor(); // in the person's history
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'nomination-relation-added-1366');

    // Both stand (钟志强 for 主任 and 委员, 张伟 for 委员): the nomination page warns (C1-5).
    await page.goto(`${base()}/nomination`);
    const warnings = page.locator('.ant-card').filter({ hasText: '亲属关系提示' });
    await warnings.getByText('3 对被提名人如同时当选须任职回避').waitFor();
    const pair = warnings.locator('.ant-list-item').filter({ hasText: '钟志强' }).filter({ hasText: '张伟' });
    await pair.getByText('规则 C1-5').waitFor();
    await pair.getByText(/兄弟姐妹/).waitFor();

    // Entered in error: removed with a reason, and the warning goes.
    await page.goto(`${base()}/voters/${ids.钟志强}`);
    await brother.getByRole('button', { name: /删\s*除/ }).click();
    const remove = page.getByRole('dialog').filter({ hasText: '删除：张伟是钟志强的兄弟姐妹' });
    await remove.getByLabel('原因').fill('核实后二人并非兄弟，登记有误');
    await remove.getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText('已删除亲属关系').first().waitFor();
    await brother.waitFor({ state: 'detached' });
    await card.getByText('雷美华').waitFor();
    await page.goto(`${base()}/nomination`);
    await warnings.getByText('2 对被提名人如同时当选须任职回避').waitFor();
    assert.equal(await pair.count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the person’s page shows the relations; the page fits a phone', async () => {
    const { page, errors } = await browser.newPage(PHONE);
    await page.context().clearCookies(); // the profile is shared: start from a signed-out state
    await loginAndWait(page, server.baseUrl, 'village');
    await page.goto(`${base()}/nomination`);
    await page.getByText('得票排名与正式候选人').waitFor();
    await noOverflow(page, '提名页');
    await shot(page, 'nomination-slate-375');
    await page.goto(`${base()}/voters/${ids.雷建国}`);
    const card = page.locator('.ant-card').filter({ hasText: '亲属关系' });
    await card.getByText('蓝秀英').waitFor();
    await card.getByText('配偶').waitFor();
    await card.getByText('雷国平').waitFor();
    await noOverflow(page, '人员页');
    await shot(page, 'nomination-relations-375');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
