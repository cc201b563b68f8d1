/**
 * Issue 4 items 4 and 6 through the API: the posted 选民榜 (group, then 姓氏笔画; reprinted with
 * the 补登/除名 made since publication) and the 选民证 (8 to an A4 page), from a village's register.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { firstPagePng, pdfPages, pdfText } from './documents/pdf-tools.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId, publishList, setElectionDay } from './support/village-people.js';

const VILLAGE = '331127205201'; // 柳山村, the demo village user's

for (const mode of dbModes()) {
  describe(`printed list and cards (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let village: Caller;
    let roundId = '';
    let ids: Record<string, string> = {};
    const sessions = new Map<string, string>();

    async function pdf(user: string, name: string) {
      if (!sessions.has(user)) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: user, password: 'Huanjie@2020' },
        });
        sessions.set(user, res.cookies.find((c) => c.name === 'hj_session')!.value);
      }
      return t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/villages/${VILLAGE}/${name}`,
        cookies: { hj_session: sessions.get(user)! },
      });
    }

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      roundId = await demoRoundId(county);
      await setElectionDay(county, roundId, VILLAGE, day(30));
      // 张 and 李 both have 7 strokes; 李 starts with 横, 张 with 折, so 李 comes first (issue 4).
      ids = await addPeople(village, roundId, VILLAGE, [
        { name: '张建国', sex: 'M', groupName: '第一村民小组' },
        { name: '李秀英', sex: 'F', groupName: '第一村民小组' },
        { name: '王小平', sex: 'M', groupName: '第一村民小组' },
        { name: '赵红', sex: 'F', groupName: '第十村民小组' },
        { name: '丁一', sex: 'M', groupName: '第二村民小组' },
        { name: '马兰', sex: 'F', groupName: '第二村民小组' },
        { name: '方明', sex: 'M', groupName: '第二村民小组' },
        { name: '孔亮', sex: 'M', groupName: '第二村民小组' },
        { name: '石磊', sex: 'M', groupName: '第二村民小组' },
      ]);
    });
    after(() => t.close());

    test('nothing to print before the list is published', async () => {
      const res = await pdf('village', 'voter-list.pdf');
      assert.equal(res.statusCode, 400);
      assert.match(JSON.parse(res.body).message, /尚未公布/);
    });

    test('the posted list: groups in order, names by strokes, totals', async () => {
      await publishList(village, roundId, VILLAGE, day(0));
      const res = await pdf('observer', 'voter-list.pdf');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const text = pdfText(res.rawPayload);
      // 第一 before 第二 before 第十; inside a group 王(4) 李(7 横) 张(7 折); 丁(2) 马(3) 方(4) 孔(4) 石(5)
      const order = ['第一村民小组', '王小平', '李秀英', '张建国', '第二村民小组', '丁一', '马兰'];
      let at = 0;
      for (const word of order) {
        const i = text.indexOf(word, at);
        assert.ok(i >= 0, `“${word}”不在预期位置：\n${text}`);
        at = i + word.length;
      }
      assert.ok(text.indexOf('第十村民小组') > text.indexOf('石磊'), '第十组在第二组之后');
      assert.match(text, /9/);
    });

    test('reprinted with a 除名 and a 补登 made after publication', async () => {
      const removed = await village(
        'POST',
        `/api/rounds/${roundId}/villages/${VILLAGE}/voters/${ids['王小平']}/remove`,
        {
          reason: '户籍迁出，本人未申请参加本村选举',
          changedOn: day(0),
        },
      );
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      const late = await addPeople(village, roundId, VILLAGE, [
        { name: '钱新', sex: 'F', groupName: '第一村民小组' },
      ]);
      const added = await village(
        'POST',
        `/api/rounds/${roundId}/villages/${VILLAGE}/voters/${late['钱新']}/add`,
        {
          reason: '漏登',
          changedOn: day(0),
        },
      );
      assert.equal(added.status, 200, JSON.stringify(added.body));
      const reprint = (await pdf('village', 'voter-list.pdf')).rawPayload;
      if (mode === 'pglite') firstPagePng(reprint, 'voter-list-api-reprint');
      const text = pdfText(reprint);
      assert.match(text, /王小平※/);
      assert.match(text, /户籍迁出，本人未申请参加本村选举/);
      assert.match(text, /钱新/);
      assert.match(text, /漏登/);
    });

    test('cards: everyone on the list now, 8 to a page; observers may not print them', async () => {
      const res = await pdf('clerk', 'voter-cards.pdf');
      assert.equal(res.statusCode, 200, res.body);
      // 9 listed − 王小平 + 钱新 = 9 cards → 2 pages
      assert.equal(pdfPages(res.rawPayload), 2);
      const text = pdfText(res.rawPayload);
      assert.ok(text.includes('钱新'));
      assert.ok(!text.includes('王小平'), 'a removed person gets no card');
      assert.equal((await pdf('observer', 'voter-cards.pdf')).statusCode, 403);
    });
  });
}
