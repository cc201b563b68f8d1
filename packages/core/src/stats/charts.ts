/**
 * The table behind each chart of the statistics page: the page draws the chart from it and the
 * 导出Excel button downloads it, so the download is exactly the chart's data. Counts stay numbers,
 * rates are text from `percent` (the one formatting helper).
 */
import { educationRollUps } from './education.js';
import { average, percent } from './format.js';
import type { AreaStatistics, TeamStructure } from './types.js';

export const CHART_IDS = ['office-sex', 'age', 'education', 'incumbency', 'ethnicity', 'children'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const CHART_TITLES: Record<ChartId, string> = {
  'office-sex': '分职务性别结构',
  age: '年龄结构',
  education: '文化程度',
  incumbency: '连选连任与新当选',
  ethnicity: '民族',
  children: '下辖区域汇总',
};

export function isChartId(s: string): s is ChartId {
  return (CHART_IDS as readonly string[]).includes(s);
}

export type Cell = string | number;

export interface ChartTable {
  id: ChartId;
  title: string;
  headers: string[];
  rows: Cell[][];
}

export interface StatisticsView {
  area: AreaStatistics;
  children: readonly AreaStatistics[];
}

const share = (n: number, of: number) => percent({ num: n, den: of });

export const PARTY_BODY_LABEL = '村（社区）党组织';
export const COMMITTEE_BODY_LABEL = '村（居）民委员会';
export const TWO_COMMITTEES_LABEL = '两委（去重）';

function officeSex(a: AreaStatistics): Cell[][] {
  const row = (body: string, title: string, s: TeamStructure): Cell[] => [
    body,
    title,
    s.people - s.women,
    s.women,
    s.people,
    share(s.women, s.people),
  ];
  return [
    ...a.partyByOffice.map((o) => row(PARTY_BODY_LABEL, o.title, o.structure)),
    row(PARTY_BODY_LABEL, '小计', a.partyCommittee),
    ...a.committeeByOffice.map((o) => row(COMMITTEE_BODY_LABEL, o.title, o.structure)),
    row(COMMITTEE_BODY_LABEL, '小计', a.committee),
    row(TWO_COMMITTEES_LABEL, '合计', a.twoCommittees),
  ];
}

function byTeams(
  a: AreaStatistics,
  pick: (s: TeamStructure) => { key: string; label: string; count: number }[],
): Cell[][] {
  const two = pick(a.twoCommittees);
  const party = pick(a.partyCommittee);
  const committee = pick(a.committee);
  return two.map((p) => [
    p.label,
    p.count,
    share(p.count, a.twoCommittees.people),
    party.find((x) => x.key === p.key)?.count ?? 0,
    committee.find((x) => x.key === p.key)?.count ?? 0,
  ]);
}

const TEAM_HEADERS = ['两委成员', '占比', PARTY_BODY_LABEL, COMMITTEE_BODY_LABEL];

function incumbencyRow(label: string, s: TeamStructure): Cell[] {
  return [
    label,
    s.incumbents,
    s.incumbencyKnown - s.incumbents,
    s.people - s.incumbencyKnown,
    s.people,
    share(s.incumbents, s.incumbencyKnown),
  ];
}

export const CHILDREN_HEADERS = [
  '区域',
  '村',
  '社区',
  '已完成',
  '一次选举成功',
  '登记选民',
  '参加投票',
  '参选率',
  '一肩挑',
  '交叉任职',
  '两委人数',
  '女性占比',
  '大专及以上占比',
  '党员占比',
  '平均年龄',
  '有女性委员',
  '有大专及以上干部',
  '有35岁及以下干部',
];

/** A village: 有 / 无; a township or county: villages with it / villages with a team. */
function coverageCell(a: AreaStatistics, n: number): Cell {
  if (a.level === 'village') return a.coverage.of === 0 ? '—' : n > 0 ? '有' : '无';
  return `${n}/${a.coverage.of}`;
}

export function childRow(a: AreaStatistics): Cell[] {
  const t = a.twoCommittees;
  return [
    a.name,
    a.villages,
    a.communities,
    a.completed,
    a.firstVoteSuccess,
    a.registered,
    a.voted,
    percent(a.turnout),
    `${a.oneShoulder.num}/${a.oneShoulder.den}（${percent(a.oneShoulder)}）`,
    `${a.crossServing.num}/${a.crossServing.den}（${percent(a.crossServing)}）`,
    a.twoCommitteesHeadcount,
    share(t.women, t.people),
    share(educationRollUps(t.education.parts).collegeOrAbove, t.people),
    share(t.partyMembers, t.people),
    average(t.ageSum, t.people),
    coverageCell(a, a.coverage.woman),
    coverageCell(a, a.coverage.college),
    coverageCell(a, a.coverage.young),
  ];
}

export function chartTable(view: StatisticsView, id: ChartId): ChartTable {
  const a = view.area;
  const title = CHART_TITLES[id];
  switch (id) {
    case 'office-sex':
      return { id, title, headers: ['组织', '职务', '男', '女', '合计', '女性占比'], rows: officeSex(a) };
    case 'age':
      return {
        id,
        title,
        headers: ['年龄段', ...TEAM_HEADERS],
        rows: [
          ...byTeams(a, (s) => s.ageBands.parts),
          [
            '合计',
            a.twoCommittees.people,
            share(a.twoCommittees.people, a.twoCommittees.people),
            a.partyCommittee.people,
            a.committee.people,
          ],
          [
            '平均年龄',
            average(a.twoCommittees.ageSum, a.twoCommittees.people),
            '',
            average(a.partyCommittee.ageSum, a.partyCommittee.people),
            average(a.committee.ageSum, a.committee.people),
          ],
        ],
      };
    case 'education': {
      const roll = (s: TeamStructure) => educationRollUps(s.education.parts);
      const [t, p, c] = [roll(a.twoCommittees), roll(a.partyCommittee), roll(a.committee)];
      const n = a.twoCommittees.people;
      return {
        id,
        title,
        headers: ['文化程度', ...TEAM_HEADERS],
        rows: [
          ...byTeams(a, (s) => s.education.parts),
          [
            '其中：高中(中专)以上',
            t.seniorOrAbove,
            share(t.seniorOrAbove, n),
            p.seniorOrAbove,
            c.seniorOrAbove,
          ],
          [
            '其中：大专及以上',
            t.collegeOrAbove,
            share(t.collegeOrAbove, n),
            p.collegeOrAbove,
            c.collegeOrAbove,
          ],
          ['其中：初中及以下', t.juniorOrBelow, share(t.juniorOrBelow, n), p.juniorOrBelow, c.juniorOrBelow],
        ],
      };
    }
    case 'incumbency':
      return {
        id,
        title,
        headers: ['组织', '连选连任', '新当选', '无上届数据', '合计', '连任占比'],
        rows: [
          incumbencyRow(PARTY_BODY_LABEL, a.partyCommittee),
          incumbencyRow(COMMITTEE_BODY_LABEL, a.committee),
          incumbencyRow(TWO_COMMITTEES_LABEL, a.twoCommittees),
        ],
      };
    case 'ethnicity':
      return {
        id,
        title,
        headers: ['民族', ...TEAM_HEADERS],
        rows: byTeams(a, (s) => s.ethnicity.parts),
      };
    case 'children':
      return {
        id,
        title,
        headers: CHILDREN_HEADERS,
        rows: [...view.children.map(childRow), ['合计', ...childRow(a).slice(1)]],
      };
  }
}
