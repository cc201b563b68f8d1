import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareByStrokes, sortByStrokes } from '@huanjie/core';
import { type ListedVoter, voterListPdf } from '../../src/documents/index.js';
import { firstPagePng, orderProblem, pdfPages, pdfText } from './pdf-tools.js';
import { GROUPS, makeChanges, makeVoters, VILLAGE } from './village-fixture.js';

const voters = makeVoters();
const { added, removed } = makeChanges(voters);
const base = { ...VILLAGE, objectionDays: 5, decisionDays: 3, voters };

function males(list: readonly ListedVoter[]): number {
  return list.filter((v) => v.sex === 'M').length;
}

describe('选民榜 PDF', async () => {
  const started = performance.now();
  const pdf = await voterListPdf(base);
  const ms = performance.now() - started;
  const text = pdfText(pdf);
  const flat = text.replace(/\n/g, '');

  it('是有效的 PDF，体积只含用到的字形', () => {
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdfPages(pdf) >= 2);
    assert.ok(pdf.length < 400_000, `${pdf.length} 字节`);
    console.log(
      `选民榜 ${voters.length} 人：${pdfPages(pdf)} 页，${(pdf.length / 1024).toFixed(0)} KB，${ms.toFixed(0)} ms`,
    );
    firstPagePng(pdf, 'voter-list');
  });

  it('标题、公布日期、申诉期限（天数来自输入）、页码', () => {
    assert.match(flat, /柳山村第十二届村民委员会选举选民名单/);
    assert.match(flat, /公布日期：2026年3月29日/);
    assert.match(flat, /自名单公布之日起 5 日内向柳山村村民选举委员会提出申诉/);
    assert.match(flat, /收到申诉之日起 3 日内/);
    assert.match(text, /第 1 页 共 \d+ 页/);
    assert.match(text, /柳山村村民选举委员会（盖章）/);
  });

  it('按村民小组分组，组内按姓氏笔画排序', () => {
    assert.equal(orderProblem(text, GROUPS), null);
    for (const group of GROUPS) {
      const members = voters.filter((v) => v.group === group);
      const expected = sortByStrokes(members, (v) => v.name).map((v) => v.name);
      const from = text.indexOf(`${group}`);
      const problem = orderProblem(text.slice(from), expected);
      assert.equal(problem, null, `${group}：${problem}`);
    }
  });

  it('各组和全村的男女人数', () => {
    for (const group of GROUPS) {
      const members = voters.filter((v) => v.group === group);
      const m = males(members);
      assert.ok(
        text.includes(`${group} （共 ${members.length} 人，男 ${m} 人，女 ${members.length - m} 人）`) ||
          text.includes(`${group}（共 ${members.length} 人，男 ${m} 人，女 ${members.length - m} 人）`),
        group,
      );
    }
    const m = males(voters);
    assert.match(text, new RegExp(`全村选民共 300 人，男 ${m} 人，女 ${300 - m} 人`));
    assert.match(text, new RegExp(`全村合计 ${m} ${300 - m} 300`));
  });

  it('没有变动时不印补登、除名', () => {
    assert.doesNotMatch(text, /补登名单|除名名单/);
  });

  it('带补登、除名重印：两张变动表、原因和日期、现有人数', async () => {
    const reprint = await voterListPdf({ ...base, added, removed, signedOn: '2026-04-02' });
    const t = pdfText(reprint);
    assert.match(t, /补登名单（3 人）/);
    assert.match(t, /除名名单（2 人）/);
    assert.match(t, /户籍迁入本村/);
    assert.match(t, /死亡 2026年3月30日/);
    assert.match(t, /标 ※ 者公布后已除名/);
    assert.match(t, new RegExp(`${removed[0]!.voter.name}※`));
    // 全村合计：男 女 合计 补登 除名 现有
    const m = males(voters);
    assert.match(t, new RegExp(`全村合计 ${m} ${300 - m} 300 3 2 301`));
    assert.match(t, /2026年4月2日/);
    // 同一天补登的按笔画：丁浩然（2 画）在韩雨桐之前
    assert.equal(orderProblem(t.slice(t.indexOf('补登名单（')), ['丁浩然', '韩雨桐', '欧阳志远']), null);
    firstPagePng(reprint, 'voter-list-changes');
  });

  it('小名单里直接看顺序：王、李、张（李起笔横在张之前），第四栏可印出生年月', async () => {
    const few: ListedVoter[] = ['张明', '李明', '王明', '李建'].map((name, i) => ({
      voterNo: String(i + 1),
      name,
      sex: 'M',
      birthDate: '1980-05-01',
      group: '第一村民小组',
    }));
    const t = pdfText(await voterListPdf({ ...base, voters: few, ageColumn: 'birth' }));
    assert.equal(orderProblem(t, ['王明', '李明', '李建', '张明']), null);
    assert.deepEqual(['张明', '李明', '王明', '李建'].sort(compareByStrokes), [
      '王明',
      '李明',
      '李建',
      '张明',
    ]);
    assert.match(t, /出生年月/);
    assert.match(t, /1980\.05/);
  });
});
