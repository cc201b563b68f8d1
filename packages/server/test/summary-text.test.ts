/**
 * The summary report's text builder (pure: figures → paragraphs), on a hand-made AreaStatistics with the
 * seed's verified 某县 2014 figures (002§6: 118/127 一肩挑 = 92.91%, 340/381 交叉任职 = 89.24%, 487 people,
 * 高中(中专)以上 302 = 62.01%, 32,837 / 36,690 = 89.50%); work sums add up (fast-check).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type AreaStatistics,
  averageChange,
  DEFAULT_AGE_BANDS,
  emptyStructure,
  percent,
  type TeamStructure,
} from '@huanjie/core';
import fc from 'fast-check';
import { WORK_KINDS } from '../src/db/schema.js';
import {
  countChangeText,
  paragraphText,
  pointsText,
  type SummaryInput,
  summaryDocument,
} from '../src/summary/text.js';
import { sumWork } from '../src/work-records/service.js';

function team(o: {
  people: number;
  women: number;
  party: number;
  ageSum: number;
  bands: number[];
  education: number[];
}): TeamStructure {
  const s = emptyStructure(DEFAULT_AGE_BANDS);
  s.people = o.people;
  s.women = o.women;
  s.partyMembers = o.party;
  s.ageSum = o.ageSum;
  s.ageBands = { total: o.people, parts: s.ageBands.parts.map((p, i) => ({ ...p, count: o.bands[i] ?? 0 })) };
  s.education = {
    total: o.people,
    parts: s.education.parts.map((p, i) => ({ ...p, count: o.education[i] ?? 0 })),
  };
  return s;
}

function area(two: TeamStructure, over: Partial<AreaStatistics> = {}): AreaStatistics {
  const committee = team({ people: 446, women: 130, party: 300, ageSum: 446 * 45, bands: [], education: [] });
  const party = team({ people: 381, women: 60, party: 381, ageSum: 381 * 46, bands: [], education: [] });
  return {
    code: '331127',
    name: '某县',
    level: 'county',
    villages: 113,
    communities: 14,
    completed: 125,
    failed: 1,
    postponed: 1,
    firstVoteSuccess: 120,
    withResult: 126,
    registered: 36690,
    voted: 32837,
    turnout: { num: 32837, den: 36690 },
    previousTurnout: { num: 30000, den: 35000 },
    comparableVoted: 32837,
    oneShoulder: { num: 118, den: 127 },
    crossServing: { num: 340, den: 381 },
    twoCommitteesHeadcount: 487,
    committee,
    committeeByOffice: [
      { office: 'chair', title: '主任', structure: { ...committee, people: 127, women: 8 } },
      { office: 'vice', title: '副主任', structure: { ...committee, people: 50, women: 10 } },
      { office: 'member', title: '委员', structure: { ...committee, people: 269, women: 112 } },
    ],
    partyCommittee: party,
    partyByOffice: [{ office: 'secretary', title: '书记', structure: { ...party, people: 127, women: 7 } }],
    twoCommittees: two,
    coverage: { woman: 127, college: 40, young: 90, of: 127 },
    ...over,
  };
}

const NOW = team({
  people: 487,
  women: 146,
  party: 430,
  ageSum: 22061,
  bands: [60, 129, 200, 98],
  education: [10, 175, 251, 47, 4, 0, 0],
});
const BEFORE = team({
  people: 488,
  women: 139,
  party: 420,
  ageSum: 22594,
  bands: [50, 120, 210, 108],
  education: [20, 180, 250, 35, 3, 0, 0],
});

function input(over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    roundName: '2017年村级组织换届',
    stats: area(NOW),
    previous: {
      roundName: '2014年村级组织换届',
      stats: area(BEFORE, { twoCommitteesHeadcount: 488, oneShoulder: { num: 110, den: 127 } }),
    },
    referenceDate: '2017-04-20',
    work: sumWork([
      { kind: 'training', quantity: 3, people: 600 },
      { kind: 'training', quantity: 2, people: 300 },
      { kind: 'publicity', quantity: 72900, people: 0 },
    ]),
    complaints: {
      total: 12,
      byCategory: { 'voter-list': 5, candidate: 3, 'vote-buying': 1, procedure: 2, result: 1, other: 0 },
      byStatus: { open: 1, handling: 2, replied: 4, closed: 5 },
      escalated: 1,
      overdue: 1,
    },
    risks: {
      villages: 127,
      red: 2,
      orange: 9,
      green: 116,
      unrated: 0,
      openItems: 3,
      overdueItems: 1,
      closedItems: 20,
    },
    generatedOn: '2017-05-10',
    ...over,
  };
}

const all = (i: SummaryInput) =>
  summaryDocument(i)
    .sections.flatMap((s) => s.paragraphs)
    .map(paragraphText)
    .join('\n');

describe('summary report text', () => {
  test('基本情况 carries the seed’s verified figures, formatted like the dashboard', () => {
    const doc = summaryDocument(input());
    assert.equal(doc.title, '某县2017年村级组织换届工作总结');
    assert.deepEqual(
      doc.sections.map((s) => s.heading),
      ['一、基本情况', '二、主要做法', '三、存在问题', '四、下一步工作'],
    );
    const basics = doc.sections[0]!.paragraphs.map((p) => p.text).join('\n');
    for (const s of [
      '共127个，其中村113个、社区14个',
      '已完成换届选举125个，一次选举成功120个，一次选举成功率95.24%',
      '选举未成功1个，暂缓（延期）选举1个',
      '登记选民36690人，参加投票32837人，参选率89.50%',
      '参选率提高3.78个百分点（上届85.71%），参加投票人数增加2837人',
      '其中主任127人、副主任50人、委员269人',
      '两委班子成员（去重）共487人',
      '“一肩挑”的村（社区）118个，占92.91%',
      '两委交叉任职340人，占党组织成员的89.24%',
      '两委班子中女性146人，占29.98%',
      '书记中女性占5.5%，主任中女性占6.3%，副主任中女性占20.0%，委员中女性占41.6%',
      '大专及以上学历51人，占10.47%',
      '高中（中专）及以上学历302人，占62.01%',
      '中共党员430人，占88.30%',
      '平均年龄45.3岁',
      '35岁及以下60人，占12.32%',
      '与2014年村级组织换届相比：两委班子成员减少1人，女性成员增加7人，占比提高1.50个百分点',
      '平均年龄下降1.0岁',
      '一肩挑比例提高6.30个百分点',
    ])
      assert.ok(basics.includes(s), `没有“${s}”\n${basics}`);
    assert.equal(percent({ num: 118, den: 127 }), '92.91%');
    assert.ok(
      doc.sections[0]!.paragraphs.every((p) => !p.placeholder),
      '基本情况 is all data',
    );
  });

  test('主要做法 and 存在问题 count work, complaints and risks; each later section has one marked placeholder', () => {
    const doc = summaryDocument(input());
    const text = all(input());
    for (const s of [
      '举办各类培训5期，培训900人次',
      '印发（张贴）宣传资料72900份（条）',
      '共受理信访件（申诉、举报）12件，其中选民名单',
      '已答复或办结9件，正在办理3件（其中逾期1件）',
      '红色风险村2个、橙色9个、绿色116个',
      '排查风险点23个，已销号20个，尚未销号3个（其中超过销号期限1个）',
      '尚有2个村（社区）未完成换届选举',
    ])
      assert.ok(text.includes(s), `没有“${s}”\n${text}`);
    for (const section of doc.sections.slice(1)) {
      const marked = section.paragraphs.filter((p) => p.placeholder);
      assert.equal(marked.length, 1, section.heading);
      assert.ok(paragraphText(marked[0]!).startsWith('【待填写】'));
    }
  });

  test('without a previous round, no comparison; without data, the dashboard’s —', () => {
    const empty = team({ people: 0, women: 0, party: 0, ageSum: 0, bands: [], education: [] });
    const text = all(
      input({
        previous: null,
        stats: area(empty, { previousTurnout: null, crossServing: { num: 0, den: 0 } }),
        work: sumWork([]),
        complaints: null,
        risks: null,
      }),
    );
    assert.ok(!text.includes('相比'), text);
    assert.ok(text.includes('占党组织成员的—'), text);
    assert.ok(text.includes('平均年龄—岁'), text);
    assert.ok(text.includes('尚未登记培训、宣传等工作记录'), text);
  });

  test('changes in points, people and years', () => {
    assert.equal(pointsText({ num: 1, den: 2 }, { num: 1, den: 2 }), '持平');
    assert.equal(pointsText({ num: 1, den: 4 }, { num: 1, den: 2 }), '下降25.00个百分点');
    assert.equal(pointsText({ num: 1, den: 0 }, { num: 1, den: 2 }), null);
    assert.equal(countChangeText(487, 488), '减少1人');
    assert.equal(countChangeText(5, 5), '持平');
    assert.equal(averageChange(NOW.ageSum, NOW.people, BEFORE.ageSum, BEFORE.people, 1), -10);
  });

  test('work sums: every kind present, totals equal the sum of the records', () => {
    const row = fc.record({
      kind: fc.constantFrom(...WORK_KINDS),
      quantity: fc.integer({ min: 1, max: 100000 }),
      people: fc.integer({ min: 0, max: 100000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const sums = sumWork(rows);
        assert.deepEqual(
          sums.map((s) => s.kind),
          [...WORK_KINDS],
        );
        assert.equal(
          sums.reduce((n, s) => n + s.records, 0),
          rows.length,
        );
        assert.equal(
          sums.reduce((n, s) => n + s.quantity, 0),
          rows.reduce((n, r) => n + r.quantity, 0),
        );
        assert.equal(
          sums.reduce((n, s) => n + s.people, 0),
          rows.reduce((n, r) => n + r.people, 0),
        );
      }),
    );
  });
});
