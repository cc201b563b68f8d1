// Issue 6, the count ballot by ballot (唱票录入) in the browser: a clerk enters ballots by keyboard
// alone (candidates by their keys, 0 废票, . 空白票, + 另选他人 by pinyin initials, an over-vote as
// read, Backspace to undo one after a confirmation: 12 saves, 11 ballots standing) while the projector (大屏) is open in a second
// page; each ballot's time from Enter to the projector showing the new count is measured (p95 printed
// and saved to e2e/screenshots/projector-latency.json; target < 1 s). The clerk closes the box.
//
// Everything before polling day (voters, seat plan, self-nominees and their review, the polling plan,
// printed ballots), opening the vote and closing check-in are set up through the other areas' APIs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call } from '../lib/api.js';
import { type Browser, launchBrowser, shot } from '../lib/browser.js';
import { confirmPopover } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { idNumber, today } from '../lib/people.js';
import { projectorLatency, watchEnters, watchProjector } from '../lib/projector-latency.js';
import { type RunningServer, startServer } from '../lib/server.js';

const LIUSHAN = '331127205201';
/** [name, sex, self-nominated office or null]; staff and the person written in are not standing */
const PEOPLE: [string, 'M' | 'F', string | null][] = [
  ['张建国', 'M', 'chair'],
  ['李明', 'M', 'chair'],
  ['王芳', 'F', 'vice'],
  ['丁一', 'M', 'vice'],
  ['蓝秀英', 'F', 'women'],
  ['钟强', 'M', 'member'],
  ['吴军', 'M', 'member'],
  ['雷美华', 'F', null],
  ['蓝海军', 'M', null],
  ['钟志强', 'M', null],
  ['李春梅', 'F', null],
  ['吴晓红', 'F', null],
  ['雷国平', 'M', null],
];

describe('ballot entry and the projector in the browser', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let round = '';
  let voteId = '';
  const ids: Record<string, string> = {};
  const api = () => `${server.baseUrl}/api/rounds/${round}/villages/${LIUSHAN}`;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('set-up through the APIs: a village on polling day, check-in closed', async () => {
    const { page: p } = await browser.newPage();
    await loginAndWait(p, server.baseUrl, 'county');
    const r = p.request;
    round = String((await call(r, 'GET', `${server.baseUrl}/api/rounds?region=${LIUSHAN}`)).items[0].id);
    for (const [i, [name, sex]] of PEOPLE.entries()) {
      const v = await call(r, 'POST', `${api()}/voters`, {
        name,
        sex,
        idNumber: idNumber(`19${60 + i}0${(i % 9) + 1}1${i % 10}`, i + 60, sex),
        householdNo: `C${i}`,
        groupName: '第一村民小组',
        hukouInVillage: true,
        livesInVillage: true,
      });
      ids[name] = v.id;
    }
    await call(r, 'POST', `${api()}/publications`, { publishedOn: today() });
    await call(r, 'PUT', `${api()}/seat-plan`, {
      offices: [
        { id: 'chair', seats: 1 },
        { id: 'vice', seats: 1 },
        { id: 'women', seats: 1 },
        { id: 'member', seats: 2 },
      ],
      nominationMode: 'self',
      oneShoulderIntent: false,
    });
    await call(r, 'POST', `${api()}/seat-plan/submit`, {});
    await call(r, 'POST', `${api()}/seat-plan/approve`, {});
    const departments = (await call(r, 'GET', `${server.baseUrl}/api/rounds/${round}/review-settings`))
      .departments as { id: string }[];
    for (const [name, , office] of PEOPLE) {
      if (!office) continue;
      const n = await call(r, 'POST', `${api()}/nomination/self-nominees`, { voterId: ids[name], office });
      for (const d of departments)
        await call(r, 'PUT', `${api()}/review/${n.id}/verdicts/${d.id}`, { verdict: 'pass' });
    }
    await call(r, 'PUT', `${api()}/polling/venue`, {
      place: '文化礼堂',
      opensAt: '08:00',
      closesAt: '12:00',
    });
    const central = (await call(r, 'GET', `${api()}/polling`)).places[0].id;
    for (const [role, name] of [
      ['caller', '蓝海军'],
      ['counter', '钟志强'],
      ['chief-scrutineer', '李春梅'],
      ['scrutineer', '吴晓红'],
      ['scrutineer', '雷国平'],
    ])
      await call(r, 'POST', `${api()}/polling/staff`, { placeId: central, role, voterId: ids[name!] });
    await call(r, 'POST', `${api()}/polling/publish`, { publishedOn: today() });
    await call(r, 'PUT', `${api()}/ballots/settings`, {
      layout: 'single',
      paper: 'A4',
      reserve: { kind: 'number', value: 2 },
    });
    await call(r, 'POST', `${api()}/ballots/runs`);
    voteId = (await call(r, 'POST', `${api()}/votes`, { countMode: 'ballots' })).id;
    const closed = await call(r, 'POST', `${api()}/votes/${voteId}/close-polling`);
    assert.equal(closed.status, 'counting');
    await p.close();
  });

  test('a clerk enters ballots by keyboard; the projector follows within a second', async () => {
    const { page: clerk, errors } = await browser.newPage();
    // the projector is the hall's laptop: another browser (two tabs of one headless browser starve each other)
    const hall = await launchBrowser();
    const screen = await hall.newPage({ width: 1920, height: 1080 });
    const projector = screen.page;
    try {
      await clerk.context().clearCookies();
      await loginAndWait(clerk, server.baseUrl, 'clerk');
      await loginAndWait(projector, server.baseUrl, 'village');
      await projector.goto(`${server.baseUrl}/screen/rounds/${round}/villages/${LIUSHAN}/votes/${voteId}`);
      const count = projector.getByTestId('projector-ballots');
      await count.and(projector.locator('[data-value="0"]')).waitFor();
      await watchProjector(projector);
      await clerk.goto(`${server.baseUrl}/rounds/${round}/villages/${LIUSHAN}/count`);
      await clerk.getByRole('button', { name: /^录入 .* 第1次$/ }).click();
      await clerk.getByText('本箱已录 0 张').waitFor();
      await watchEnters(clerk);
      // keys in ballot order: 主任 1 李明 2 张建国 · 副主任 3 丁一 4 王芳 · 妇女委员 5 蓝秀英 · 委员 6 吴军 7 钟强
      const chair = await clerk.getByRole('button', { name: /李明$/ }).textContent();
      assert.match(chair ?? '', /^1/);
      const key = async (keys: string) => {
        for (const k of keys) await clerk.keyboard.press(k);
      };
      const enter = async (keys: string, draft: RegExp) => {
        await key(keys);
        await clerk.getByTestId('draft').filter({ hasText: draft }).waitFor();
        await clerk.keyboard.press('Enter');
      };
      await enter('13567', /主任 李明；副主任 丁一；妇女委员 蓝秀英；委员 吴军、钟强/);
      await enter('2456', /主任 张建国；副主任 王芳；妇女委员 蓝秀英；委员 吴军/);
      await enter('0', /废票/);
      await enter('.', /空白票/);
      await enter('1', /主任 李明$/);
      // 另选他人: + then the office's number (4 委员), then pinyin initials
      const writeIn = async () => {
        await key('+4');
        const box = clerk.getByRole('combobox', { name: '另选他人' });
        await box.waitFor();
        await box.pressSequentially('lmh');
        // Enter picks the highlighted option: wait until the search's answer is highlighted (under load
        // the answer shows a moment before it is, and an Enter then chose nothing)
        await clerk.locator('.ant-select-item-option-active').filter({ hasText: '雷美华' }).waitFor();
        await clerk.keyboard.press('Enter');
        await box.waitFor({ state: 'detached' });
      };
      await key('1');
      await writeIn();
      await enter('', /主任 李明；委员 雷美华/);
      // an over-vote is entered as read (3 委员 for 2 seats): the engine rules on it
      await key('267');
      await writeIn();
      await clerk.getByText('超过应选人数，按原样录入').waitFor();
      await enter('', /主任 张建国；委员 吴军、钟强、雷美华/);
      await enter('2', /主任 张建国$/);
      // undo the last one
      await clerk.getByTestId('box-count').filter({ hasText: '本箱已录 8 张' }).waitFor();
      await clerk.keyboard.press('Backspace');
      await clerk.locator('.ant-modal-confirm-title').filter({ hasText: '撤销第 8 张？' }).waitFor();
      await clerk.keyboard.press('Enter');
      await clerk.getByTestId('box-count').filter({ hasText: '本箱已录 7 张' }).waitFor();
      await enter('1', /主任 李明$/);
      await enter('14', /主任 李明；副主任 王芳/);
      await enter('2', /主任 张建国$/);
      await enter('1', /主任 李明$/);
      await clerk.getByTestId('box-count').filter({ hasText: '本箱已录 11 张' }).waitFor();
      await clerk.getByTestId('unsent').filter({ hasText: '已全部上传' }).waitFor();
      await count.and(projector.locator('[data-value="11"]')).waitFor();

      // every Enter's count on the projector: 1…8, then the undo (7), then 8…11
      const figures = await projectorLatency(
        clerk,
        projector,
        [1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11],
        'projector-latency',
      );
      assert.ok(figures.p95Ms < 1000, `大屏更新 p95 ${figures.p95Ms} ms，超过 1 秒`);

      // the projector's totals: marks as read (the over-vote too; the engine rules on it)
      const votes = async (name: string) =>
        Number(await projector.locator(`li[data-person="${ids[name]}"]`).getAttribute('data-votes'));
      assert.equal(await votes('李明'), 6);
      assert.equal(await votes('张建国'), 3);
      assert.equal(await votes('雷美华'), 2);
      assert.equal(await votes('钟强'), 2);
      assert.equal(await votes('吴军'), 3);
      await projector.getByText('空白票').waitFor();
      await shot(clerk, 'count-entry-1366');
      await shot(projector, 'projector-1920');
      await projector.setViewportSize({ width: 1280, height: 720 });
      await shot(projector, 'projector-1280');

      // the clerk closes the box
      await clerk.getByRole('button', { name: /关闭录入/ }).click();
      await confirmPopover(clerk, '关闭录入', clerk.getByText('已关闭录入：本箱第1次录入共 11 张'));
      await clerk.getByText('计入（第1次录入）').waitFor();
      await shot(clerk, 'count-boxes-1366');
      assert.deepEqual([...errors, ...screen.errors], []);
    } catch (err) {
      await shot(clerk, 'count-entry-failed').catch(() => {});
      await shot(projector, 'projector-failed').catch(() => {});
      throw err;
    } finally {
      await clerk.close();
      await hall.close();
    }
  });
});
