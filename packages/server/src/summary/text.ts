/**
 * The summary report's text (工作总结, issue 7 item 5; seed-requirements §9.4, seed 004's template): a pure
 * function from the figures to headed paragraphs. 基本情况 is written from the round's statistics (the
 * same AreaStatistics the dashboard shows, formatted by core's stats/format.ts, so every figure equals the
 * dashboard's); 主要做法 and 存在问题 carry the counted work, complaints and risks; the rest are marked
 * placeholders for the office to write, never invented text.
 */
import {
  type AreaStatistics,
  average,
  averageChange,
  COMPLAINT_CATEGORY_IDS,
  COMPLAINT_CATEGORY_LABELS,
  type ComplaintCategory,
  educationRollUps,
  percent,
  pointsChange,
  type Ratio,
  type TeamStructure,
} from '@huanjie/core';

export interface SummaryWork {
  kind: string;
  title: string;
  records: number;
  quantity: number;
  people: number;
}

export interface SummaryComplaints {
  total: number;
  byCategory: Record<ComplaintCategory, number>;
  byStatus: Record<'open' | 'handling' | 'replied' | 'closed', number>;
  escalated: number;
  overdue: number;
}

export interface SummaryRisks {
  villages: number;
  red: number;
  orange: number;
  green: number;
  unrated: number;
  openItems: number;
  overdueItems: number;
  closedItems: number;
}

export interface SummaryInput {
  roundName: string;
  stats: AreaStatistics;
  /** the same area in the previous round (上届) */
  previous: { roundName: string; stats: AreaStatistics } | null;
  /** ages are whole years on this day */
  referenceDate: string;
  work: readonly SummaryWork[];
  complaints: SummaryComplaints | null;
  risks: SummaryRisks | null;
  generatedOn: string;
}

export interface SummaryParagraph {
  text: string;
  /** a place the office writes in: shown as 【待填写】 and highlighted, never counted as content */
  placeholder?: boolean;
}

export interface SummarySection {
  heading: string;
  paragraphs: SummaryParagraph[];
}

export interface SummaryDoc {
  title: string;
  subtitle: string;
  sections: SummarySection[];
}

const share = (num: number, den: number): string => percent({ num, den });

/** '提高2.91个百分点' / '下降1.10个百分点' / '持平'; null without both figures. */
export function pointsText(
  after: Ratio | null,
  before: Ratio | null,
  up = '提高',
  down = '下降',
): string | null {
  const c = pointsChange(after, before);
  if (c === null) return null;
  if (c === 0) return '持平';
  const abs = Math.abs(c);
  return `${c > 0 ? up : down}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}个百分点`;
}

/** '增加7人' / '减少1人' / '持平'. */
export function countChangeText(after: number, before: number, unit = '人'): string {
  const d = after - before;
  return d === 0 ? '持平' : `${d > 0 ? '增加' : '减少'}${Math.abs(d)}${unit}`;
}

/**
 * The women's share in each office as the dashboard groups it: 书记, 主任, 副主任, 委员 (the women member
 * counted among 委员), to one decimal like the dashboard's card.
 */
export function womenByOffice(a: AreaStatistics): { title: string; women: number; people: number }[] {
  const pick = (list: AreaStatistics['committeeByOffice'], ...ids: string[]) =>
    list
      .filter((o) => ids.includes(o.office))
      .reduce((n, o) => ({ women: n.women + o.structure.women, people: n.people + o.structure.people }), {
        women: 0,
        people: 0,
      });
  return [
    { title: '书记', ...pick(a.partyByOffice, 'secretary') },
    { title: '主任', ...pick(a.committeeByOffice, 'chair') },
    { title: '副主任', ...pick(a.committeeByOffice, 'vice') },
    { title: '委员', ...pick(a.committeeByOffice, 'women', 'member') },
  ];
}

function collegeOf(s: TeamStructure): number {
  return educationRollUps(s.education.parts).collegeOrAbove;
}

function seniorOf(s: TeamStructure): number {
  return educationRollUps(s.education.parts).seniorOrAbove;
}

const joinList = (parts: readonly string[]) => parts.filter(Boolean).join('，');

function basics(input: SummaryInput): SummaryParagraph[] {
  const a = input.stats;
  const name = a.name;
  const out: SummaryParagraph[] = [];
  const units = a.villages + a.communities;

  // villages and how far the round got
  const kinds = a.communities > 0 && a.villages > 0 ? `，其中村${a.villages}个、社区${a.communities}个` : '';
  const trouble = [
    a.failed > 0 ? `选举未成功${a.failed}个` : '',
    a.postponed > 0 ? `暂缓（延期）选举${a.postponed}个` : '',
  ].filter(Boolean);
  out.push({
    text:
      `${name}参加本次换届的村（社区）共${units}个${kinds}。` +
      `截至${input.referenceDate}，已完成换届选举${a.completed}个，` +
      `一次选举成功${a.firstVoteSuccess}个，一次选举成功率${share(a.firstVoteSuccess, a.withResult)}` +
      (trouble.length > 0 ? `；${trouble.join('，')}` : '') +
      '。',
  });

  // turnout and its change
  let turnout = `全${a.level === 'county' ? '县' : '乡（镇）'}登记选民${a.registered}人，参加投票${a.voted}人，参选率${percent(a.turnout)}`;
  const change = pointsText(a.turnout, a.previousTurnout);
  if (change !== null && a.previousTurnout) {
    const prevName = input.previous?.roundName ?? '上届';
    turnout += `。与${prevName}相比（按两届均有选举结果的村计），参选率${change}（上届${percent(a.previousTurnout)}），参加投票人数${countChangeText(a.comparableVoted, a.previousTurnout.num)}`;
  }
  out.push({ text: `${turnout}。` });

  // the elected by office, 一肩挑, 交叉任职, 两委 headcount
  const byOffice = (people: number, list: AreaStatistics['committeeByOffice']) =>
    people === 0 || list.length === 0
      ? ''
      : `，其中${list.map((o) => `${o.title}${o.structure.people}人`).join('、')}`;
  out.push({
    text:
      `新一届村（居）民委员会成员共${a.committee.people}人${byOffice(a.committee.people, a.committeeByOffice)}；` +
      `村（社区）党组织成员共${a.partyCommittee.people}人${byOffice(a.partyCommittee.people, a.partyByOffice)}。` +
      `两委班子成员（去重）共${a.twoCommitteesHeadcount}人。` +
      `书记、主任“一肩挑”的村（社区）${a.oneShoulder.num}个，占${percent(a.oneShoulder)}；` +
      `两委交叉任职${a.crossServing.num}人，占党组织成员的${percent(a.crossServing)}。`,
  });

  // women, by office
  const t = a.twoCommittees;
  const offices = womenByOffice(a)
    .filter((o) => o.people > 0)
    .map((o) => `${o.title}中女性占${percent({ num: o.women, den: o.people }, 1)}`);
  out.push({
    text:
      `两委班子中女性${t.women}人，占${share(t.women, t.people)}；` +
      `村（居）民委员会成员中女性${a.committee.women}人，占${share(a.committee.women, a.committee.people)}` +
      (offices.length > 0 ? `；${offices.join('，')}` : '') +
      '。',
  });

  // education, party, age
  const college = collegeOf(t);
  const senior = seniorOf(t);
  out.push({
    text:
      `两委班子中大专及以上学历${college}人，占${share(college, t.people)}；` +
      `高中（中专）及以上学历${senior}人，占${share(senior, t.people)}。` +
      `中共党员${t.partyMembers}人，占${share(t.partyMembers, t.people)}。`,
  });
  const bands = t.ageBands.parts.map((p) => `${p.label}${p.count}人，占${share(p.count, t.people)}`);
  out.push({
    text: `两委班子平均年龄${average(t.ageSum, t.people)}岁（按${input.referenceDate}计算周岁）。其中${bands.join('；')}。`,
  });
  if (t.incumbencyKnown > 0)
    out.push({
      text: `连选连任${t.incumbents}人，占${share(t.incumbents, t.incumbencyKnown)}；新当选${t.incumbencyKnown - t.incumbents}人。`,
    });
  out.push({
    text:
      `班子中有女性成员的村（社区）${a.coverage.woman}个，有大专及以上学历成员的${a.coverage.college}个，` +
      `有35岁及以下年轻干部的${a.coverage.young}个（共${a.coverage.of}个）。`,
  });

  // changes since the last round
  const prev = input.previous;
  if (prev) {
    const p = prev.stats.twoCommittees;
    const tenths = averageChange(t.ageSum, t.people, p.ageSum, p.people, 1);
    const ageText =
      tenths === null
        ? null
        : tenths === 0
          ? '平均年龄与上届持平'
          : `平均年龄${tenths < 0 ? '下降' : '上升'}${Math.floor(Math.abs(tenths) / 10)}.${Math.abs(tenths) % 10}岁`;
    const parts = [
      `两委班子成员${countChangeText(a.twoCommitteesHeadcount, prev.stats.twoCommitteesHeadcount)}`,
      `女性成员${countChangeText(t.women, p.women)}，占比${pointsText({ num: t.women, den: t.people }, { num: p.women, den: p.people }) ?? '—'}`,
      `大专及以上学历占比${pointsText({ num: college, den: t.people }, { num: collegeOf(p), den: p.people }) ?? '—'}`,
      `党员占比${pointsText({ num: t.partyMembers, den: t.people }, { num: p.partyMembers, den: p.people }) ?? '—'}`,
      `一肩挑比例${pointsText(a.oneShoulder, prev.stats.oneShoulder) ?? '—'}`,
      ageText ?? '',
    ];
    out.push({ text: `与${prev.roundName}相比：${joinList(parts)}。` });
  }
  return out;
}

function measures(input: SummaryInput): SummaryParagraph[] {
  const w = (kind: string) => input.work.find((x) => x.kind === kind);
  const parts: string[] = [];
  const training = w('training');
  if (training && training.records > 0)
    parts.push(`举办各类培训${training.quantity}期，培训${training.people}人次`);
  const publicity = w('publicity');
  if (publicity && publicity.records > 0)
    parts.push(
      `开展宣传${publicity.records}项，印发（张贴）宣传资料${publicity.quantity}份（条）${publicity.people > 0 ? `，覆盖${publicity.people}人次` : ''}`,
    );
  const meeting = w('meeting');
  if (meeting && meeting.records > 0) parts.push(`召开风险研判会议${meeting.quantity}次`);
  const inspection = w('inspection');
  if (inspection && inspection.records > 0)
    parts.push(
      `开展督导检查${inspection.quantity}次${inspection.people > 0 ? `，参与${inspection.people}人次` : ''}`,
    );
  const talk = w('talk');
  if (talk && talk.records > 0) parts.push(`开展谈心谈话${talk.quantity}次，谈话${talk.people}人`);
  return [
    {
      text:
        parts.length > 0
          ? `据工作记录统计，换届期间${joinList(parts)}。`
          : '本区域尚未登记培训、宣传等工作记录（可在“工作记录”页登记后重新生成）。',
    },
    {
      text: '主要做法（组织领导、宣传发动、培训指导、风险防控、依法依规等），请结合本地实际填写。',
      placeholder: true,
    },
  ];
}

function problems(input: SummaryInput): SummaryParagraph[] {
  const out: SummaryParagraph[] = [];
  const c = input.complaints;
  if (c) {
    if (c.total === 0) out.push({ text: '换届期间未受理信访件（申诉、举报）。' });
    else {
      const cats = COMPLAINT_CATEGORY_IDS.filter((k) => c.byCategory[k] > 0).map(
        (k) => `${COMPLAINT_CATEGORY_LABELS[k]}${c.byCategory[k]}件`,
      );
      const done = c.byStatus.replied + c.byStatus.closed;
      const pending = c.byStatus.open + c.byStatus.handling;
      out.push({
        text:
          `换届期间共受理信访件（申诉、举报）${c.total}件，其中${cats.join('、')}；` +
          `已答复或办结${done}件，正在办理${pending}件` +
          (c.overdue > 0 ? `（其中逾期${c.overdue}件）` : '') +
          (c.escalated > 0 ? `，逾期上报${c.escalated}件` : '') +
          '。',
      });
    }
  }
  const r = input.risks;
  if (r) {
    const items = r.openItems + r.closedItems;
    out.push({
      text:
        `风险排查：红色风险村${r.red}个、橙色${r.orange}个、绿色${r.green}个` +
        (r.unrated > 0 ? `，尚未评定${r.unrated}个` : '') +
        `；排查风险点${items}个，已销号${r.closedItems}个，尚未销号${r.openItems}个` +
        (r.overdueItems > 0 ? `（其中超过销号期限${r.overdueItems}个）` : '') +
        '。',
    });
  }
  const a = input.stats;
  const unfinished = a.villages + a.communities - a.completed;
  if (unfinished > 0)
    out.push({
      text: `尚有${unfinished}个村（社区）未完成换届选举${a.failed > 0 ? `，其中选举未成功${a.failed}个` : ''}${a.postponed > 0 ? `，暂缓（延期）${a.postponed}个` : ''}。`,
    });
  out.push({ text: '存在的问题和不足，请结合上述情况填写。', placeholder: true });
  return out;
}

function nextSteps(input: SummaryInput): SummaryParagraph[] {
  const a = input.stats;
  const unfinished = a.villages + a.communities - a.completed;
  return [
    ...(unfinished > 0 ? [{ text: `做好${unfinished}个未完成换届村（社区）的后续选举工作。` }] : []),
    { text: '下一步工作打算（工作移交、建章立制、任职培训、档案归集等），请填写。', placeholder: true },
  ];
}

export function summaryDocument(input: SummaryInput): SummaryDoc {
  return {
    title: `${input.stats.name}${input.roundName}工作总结`,
    subtitle: `（根据换届通系统数据生成于${input.generatedOn}，统计截至${input.referenceDate}）`,
    sections: [
      { heading: '一、基本情况', paragraphs: basics(input) },
      { heading: '二、主要做法', paragraphs: measures(input) },
      { heading: '三、存在问题', paragraphs: problems(input) },
      { heading: '四、下一步工作', paragraphs: nextSteps(input) },
    ],
  };
}

/** The text of a paragraph as printed: placeholders carry the 【待填写】 mark. */
export function paragraphText(p: SummaryParagraph): string {
  return p.placeholder ? `【待填写】${p.text}` : p.text;
}
