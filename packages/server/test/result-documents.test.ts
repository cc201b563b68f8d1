/**
 * Issue 6 item 4: the result report (选举结果报告单), the announcement (选举结果公告) and the certificates
 * (当选证书) of a counted vote, as PDFs with Chinese text: every person's votes, who is elected, why the
 * vote is valid, the scrutineers' signature lines; refused while the vote is not counted, and the
 * certificates until the township confirms.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BallotGroup } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import { voteRounds } from '../src/db/schema.js';
import { DEMO_PASSWORD } from '../src/demo/demo.js';
import { firstPagePng, orderProblem, pdfPages, pdfText } from './documents/pdf-tools.js';
import { type PollingDayVillage, setUpPollingDay } from './polling-day-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { type Issued, writeCountedResult } from './support/counted-vote.js';
import { dbModes } from './support/db.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';
const COUNTY = LIUSHAN.slice(0, 6);

/**
 * 16 of the 22 vote (one by proxy, two at the mobile box); one ballot void. Quota 9 (2*votes > 16):
 * 张建国 10, 王芳 9, 钟强 12 and 吴军 9 are elected; 蓝秀英 8 is not (the women seat goes to a runoff);
 * 周一 is written in for 委员 twice.
 */
function ballots(v: Record<string, string>): BallotGroup[] {
  const out: BallotGroup[] = [{ n: 1, void: true }];
  for (let i = 0; i < 15; i++) {
    const member = i < 9 ? [v.钟强!, v.吴军!] : i < 12 ? [v.钟强!, v.王五!] : i < 14 ? [v.周一!] : [];
    out.push({
      n: 1,
      marks: {
        chair: [i < 10 ? v.张建国! : v.李明!],
        vice: [i < 9 ? v.王芳! : v.丁一!],
        women: [i < 8 ? v.蓝秀英! : v.叶丽!],
        member,
      },
    });
  }
  return out;
}

function issued(pd: PollingDayVillage): Issued[] {
  const v = pd.voters;
  const names = Object.keys(v).filter((n) => n !== '郑五' && n !== '陈一' && n !== '刘妻');
  const out: Issued[] = names.slice(0, 13).map((n) => ({ voterId: v[n]!, placeId: pd.places.central }));
  out.push({ voterId: v.刘妻!, placeId: pd.places.central, via: 'proxy', trusteeVoterId: v.陈二! });
  out.push({ voterId: v.郑五!, placeId: pd.places.box, via: 'mobile' });
  out.push({ voterId: v.陈一!, placeId: pd.places.box, via: 'mobile' });
  return out;
}

for (const mode of dbModes()) {
  describe(`result documents (${mode})`, () => {
    let t: TestApp;
    let pd: PollingDayVillage;
    let cookie = '';
    const pdf = (voteId: string, name: string) =>
      t.app.inject({
        method: 'GET',
        url: `${pd.base}/${voteId}/${name}`,
        cookies: { hj_session: cookie },
      });

    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      const village = await loginAs(t.app, 'village');
      const township = await loginAs(t.app, 'township');
      const roundId = await demoRoundId(county);
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      pd = await setUpPollingDay(t.database, { village, township }, roundId, LIUSHAN, { open: true });
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'observer', password: DEMO_PASSWORD },
      });
      cookie = login.cookies.find((c) => c.name === 'hj_session')!.value;
    });
    after(() => t.close());

    test('nothing to print while the vote is not counted', async () => {
      for (const name of ['report.pdf', 'announcement.pdf', 'certificates.pdf']) {
        const res = await pdf(pd.voteId, name);
        assert.equal(res.statusCode, 409, name);
        assert.match(res.json().message, /尚未计票完毕/);
      }
    });

    test('the report: turnout by way of voting, validity with its rules, votes, winners, signature lines', async () => {
      await writeCountedResult(t.database, COUNTY, pd.voteId, issued(pd), ballots(pd.voters));
      const res = await pdf(pd.voteId, 'report.pdf');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const text = pdfText(res.rawPayload);
      for (const s of [
        '柳山村村民委员会选举结果报告单',
        '第一次投票',
        '登记参加选举的村民 22 人',
        '参加投票的村民 16 人',
        '委托投票 1 人',
        '流动票箱投票 2 人',
        '无效票（废票） 1 张',
        '有效票 15 张',
        '本次选举有效。',
        'F-1',
        'E-4',
        '当选须获得 9 票以上',
        '另选他人',
        '蓝秀英',
        '另行选举（F-5）',
        '村民选举委员会（盖章）',
      ])
        assert.ok(text.replace(/\n/g, ' ').includes(s), `报告单里没有“${s}”\n${text}`);
      // chair: every person's votes, most first; 张建国 elected
      assert.equal(orderProblem(text, ['主任（应选 1 名）', '张建国', '10', '当选', '李明', '5']), null);
      // signatures: 总监票人 周三, 监票人 (central venue first), 计票人 周二
      assert.equal(orderProblem(text, ['总监票人', '周三', '监票人', '周四', '计票人', '周二']), null);
      for (const name of ['郑一', '郑二', '陈二']) assert.ok(text.includes(name), name);
      if (mode === 'pglite') firstPagePng(res.rawPayload, 'result-report');
    });

    test('the announcement lists every person with votes and the winners by votes', async () => {
      const res = await pdf(pd.voteId, 'announcement.pdf');
      assert.equal(res.statusCode, 200, res.body);
      const text = pdfText(res.rawPayload).replace(/\n/g, ' ');
      for (const s of [
        '柳山村村民委员会选举结果公告',
        '当选人名单',
        '周一 2 票',
        '钟强 12 票（当选）',
        '叶丽 7 票',
      ])
        assert.ok(text.includes(s), `公告里没有“${s}”\n${text}`);
      assert.equal(orderProblem(text, ['当选人名单', '张建国', '王芳', '钟强', '吴军']), null);
      if (mode === 'pglite') firstPagePng(res.rawPayload, 'result-announcement');
    });

    test('certificates wait for the township, then one page per person elected', async () => {
      const early = await pdf(pd.voteId, 'certificates.pdf');
      assert.equal(early.statusCode, 409);
      assert.match(early.json().message, /乡镇确认后/);
      await t.database.db
        .update(voteRounds)
        .set({ status: 'confirmed', confirmedAt: new Date().toISOString(), confirmedByName: '测试' })
        .where(and(eq(voteRounds.countyCode, COUNTY), eq(voteRounds.id, pd.voteId)));
      const res = await pdf(pd.voteId, 'certificates.pdf');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(pdfPages(res.rawPayload), 4);
      const text = pdfText(res.rawPayload);
      assert.equal(orderProblem(text, ['当 选 证 书', '张建国', '主任', '任期 5 年']), null);
      for (const s of ['王芳', '钟强', '吴军', '人民政府（盖章）']) assert.ok(text.includes(s), s);
      assert.ok(!text.includes('蓝秀英'));
      if (mode === 'pglite') firstPagePng(res.rawPayload, 'result-certificate');
    });
  });
}
