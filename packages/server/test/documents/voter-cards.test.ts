import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortByStrokes } from '@huanjie/core';
import { parseCardCode, parseVoterCardCode, voterCardsPdf } from '../../src/documents/index.js';
import { decodeQr, firstPagePng, orderProblem, pdfPages, pdfText } from './pdf-tools.js';
import { GROUPS, makeVoters, VILLAGE } from './village-fixture.js';

const SECRET = 'card-secret';
const voters = makeVoters().map((v, i) => ({
  voterId: `v${String(i).padStart(5, '0')}`,
  voterNo: v.voterNo,
  name: v.name,
  group: v.group,
}));
// 第六组分设投票站：这些人的证上印投票站。
for (const v of voters)
  if (v.group === '第六村民小组') Object.assign(v, { pollingPlace: '柳山村六组投票站（老村部）' });

describe('选民证 PDF', async () => {
  const started = performance.now();
  const pdf = await voterCardsPdf({ ...VILLAGE, voters, secret: SECRET });
  const ms = performance.now() - started;
  const text = pdfText(pdf);
  const expected = GROUPS.flatMap((g) =>
    sortByStrokes(
      voters.filter((v) => v.group === g),
      (v) => v.name,
    ),
  );

  it('每页 8 张，300 人 38 页', () => {
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdfPages(pdf), Math.ceil(voters.length / 8));
    console.log(
      `选民证 ${voters.length} 张：${pdfPages(pdf)} 页，${(pdf.length / 1024).toFixed(0)} KB，${ms.toFixed(0)} ms`,
    );
    assert.ok(pdf.length < 1_000_000, `${pdf.length} 字节`);
    firstPagePng(pdf, 'voter-cards');
  });

  it('证上有村、姓名、小组、证号、选举日、投票地点，按组和笔画排', () => {
    assert.equal(
      orderProblem(
        text,
        expected.map((v) => v.name),
      ),
      null,
    );
    assert.match(text, /柳山村第十二届村民委员会选举/);
    assert.match(text, /选举日期：2026年4月18日/);
    assert.match(text, /投票地点：柳山村文化礼堂/);
    assert.match(text, /投票地点：柳山村六组投票站（老村部）/);
    assert.match(text, new RegExp(`选民证号：${expected[0]!.voterNo}`));
  });

  it('二维码扫得出来，解回第一张证的选民；换密钥则无效', () => {
    // 第一张证在左上格：A4 页边距 24 pt，一格约 274 × 198 pt。
    const code = decodeQr(pdf, 1, { x: 24, y: 24, w: 274, h: 198 });
    assert.ok(code, '第一张证的二维码解不出来');
    assert.deepEqual(parseVoterCardCode(code, SECRET), {
      countyCode: VILLAGE.countyCode,
      roundId: VILLAGE.roundId,
      id: expected[0]!.voterId,
    });
    assert.equal(parseCardCode(code, 'forged'), null);
    // 右下格（第 8 张）也能扫
    const last = decodeQr(pdf, 1, { x: 298, y: 618, w: 274, h: 198 });
    assert.equal(parseVoterCardCode(last ?? '', SECRET)?.id, expected[7]!.voterId);
  });
});
