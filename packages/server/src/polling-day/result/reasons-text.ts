/**
 * Why a result is what it is, in Chinese lines for the result page: turnout (F-1), over-collection
 * (E-4), void ballots, the votes a person needs (F-2 / F-5), who passed it, ties (F-4), kinship
 * recusal (C1-5) and the women rule (F-9), each with the rule it comes from and the numbers used.
 */
import type { ElectionReasons, ElectionResult, RecallReasons, RecallResult } from '@huanjie/core';
import type { VoteOffice } from '../../db/schema.js';

export interface ReasonLine {
  rule: string;
  text: string;
  /** the line explains why the vote is not valid or why a seat stays open */
  severity: 'info' | 'warning';
}

const BASE_TITLES = { voted: '参加投票人数', issued: '发出选票数' } as const;

const TERMS: [RegExp, string][] = [
  [/\bvotes\b/g, '得票'],
  [/\bvoted\b/g, '参加投票人数'],
  [/\bregistered\b/g, '登记选民数'],
  [/\bcollected\b/g, '收回选票数'],
  [/\byes\b/g, '赞成票'],
];

/** A threshold's formula in the words a clerk checks it with: `2*得票 > 参加投票人数`. */
export function formulaText(formula: string): string {
  return TERMS.reduce((text, [term, word]) => text.replace(term, word), formula);
}

export function electionReasonLines(
  r: ElectionResult,
  why: ElectionReasons,
  offices: readonly VoteOffice[],
  name: (id: string) => string,
): ReasonLine[] {
  const lines: ReasonLine[] = [];
  const t = why.turnout;
  if (t)
    lines.push({
      rule: t.rule,
      severity: t.met ? 'info' : 'warning',
      text: `参加投票 ${t.part} 人，登记选民 ${t.whole} 人：${t.met ? '超过' : '没有超过'}半数（至少需 ${t.minimum} 人，${formulaText(t.formula)}），${t.met ? '投票有效' : '选举无效'}`,
    });
  else lines.push({ rule: 'F-7', severity: 'info', text: '另行选举不以参加投票人数过半为有效条件' });
  const o = why.overcollection;
  const base = o.formula.endsWith('issued') ? 'issued' : 'voted';
  lines.push({
    rule: o.rule,
    severity: o.met ? 'info' : 'warning',
    text: `收回选票 ${o.collected} 张，${BASE_TITLES[base]} ${o.limit}：${o.met ? '没有多于，选举有效' : '收回的选票多于此数，选举无效'}`,
  });
  const v = why.voidBallots;
  if (r.voidBallots > 0)
    lines.push({
      rule: 'E-5;E-7',
      severity: 'info',
      text: `整张废票 ${r.voidBallots} 张：选举委员会认定 ${v.committee} 张，同一人选入两个以上职务 ${v.crossOffice} 张，多选 ${v.overvote} 张`,
    });
  lines.push({
    rule: why.quota.rule,
    severity: 'info',
    text: `当选须得票 ${formulaText(why.quota.formula)}，本次为 ${why.quota.whole}，即至少 ${why.quota.minimumVotes} 票`,
  });
  if (!r.valid) return lines;
  for (const office of r.offices) {
    const title = offices.find((x) => x.id === office.id)?.title ?? office.id;
    const passed = Object.entries(office.votes).filter(([, n]) => n >= why.quota.minimumVotes);
    lines.push({
      rule: why.quota.rule,
      severity: 'info',
      text: `${title}：${passed.length === 0 ? '无人达到当选票数' : `达到当选票数的有 ${passed.map(([p, n]) => `${name(p)} ${n} 票`).join('、')}`}；当选 ${office.elected.length === 0 ? '无' : office.elected.map(name).join('、')}`,
    });
    if (office.tieRevote)
      lines.push({
        rule: 'F-4',
        severity: 'warning',
        text: `${title}：${office.tieRevote.people.map(name).join('、')} 票数相等，须就 ${office.tieRevote.seats} 个名额在他们之间再次投票`,
      });
    const voided = why.officePartsVoided[office.id];
    if (voided)
      lines.push({ rule: 'E-6', severity: 'info', text: `${title}：多选作废 ${voided} 张选票的本职务部分` });
    const none = why.marksCreditingNoOne[office.id];
    if (none)
      lines.push({
        rule: 'F-9',
        severity: 'info',
        text: `${title}：投给男性的 ${none} 票不计入任何人（妇女委员职位）`,
      });
    if (office.unfilled > 0)
      lines.push({
        rule: 'F-5',
        severity: 'warning',
        text: `${title}：尚缺 ${office.unfilled} 名，应另行选举`,
      });
  }
  const title = (id: string) => offices.find((x) => x.id === id)?.title ?? id;
  for (const k of r.kinRemoved)
    lines.push({
      rule: 'C1-5',
      severity: 'warning',
      text: `任职回避：${name(k.person)} 与 ${name(k.keeps)} 有近亲属关系，${name(k.person)} 让出${title(k.office)}职务`,
    });
  for (const k of r.kinRevote)
    lines.push({
      rule: 'C1-5',
      severity: 'warning',
      text: `任职回避：${k.people.map(name).join('与')} 有近亲属关系，职务和票数都相同，须再次投票决定`,
    });
  if (r.noWomanElected === true)
    lines.push({ rule: 'C1-2', severity: 'warning', text: '妇女成员：没有女性当选，须依法保证妇女成员' });
  if (r.noWomanElected === false)
    lines.push({ rule: 'C1-2', severity: 'info', text: '妇女成员：已有女性当选' });
  if (r.womenOfficeKept === true)
    lines.push({
      rule: 'F-9',
      severity: 'warning',
      text: '妇女委员：尚无女性当选，另行选举继续单列妇女委员职位',
    });
  if (r.womenOfficeKept === false)
    lines.push({
      rule: 'F-9',
      severity: 'info',
      text: '妇女委员：已有女性当选，另行选举不再单列妇女委员职位',
    });
  if (r.vacancyMayRemain === true)
    lines.push({ rule: 'F-8', severity: 'info', text: '已选出的成员达到法定人数，剩余职位可以空缺' });
  if (r.vacancyMayRemain === false)
    lines.push({ rule: 'F-8', severity: 'warning', text: '已选出的成员未达到可以空缺的条件，仍须另行选举' });
  return lines;
}

export function recallReasonLines(r: RecallResult, why: RecallReasons): ReasonLine[] {
  return [
    {
      rule: why.quorum.rule,
      severity: why.quorum.met ? 'info' : 'warning',
      text: `参加投票 ${why.quorum.part} 人，登记选民 ${why.quorum.whole} 人：${why.quorum.met ? '超过' : '没有超过'}半数（至少需 ${why.quorum.minimum} 人）`,
    },
    {
      rule: why.overcollection.rule,
      severity: why.overcollection.met ? 'info' : 'warning',
      text: `收回选票 ${why.overcollection.collected} 张，上限 ${why.overcollection.limit} 张：${why.overcollection.met ? '表决有效' : '表决无效'}`,
    },
    {
      rule: why.approval.rule,
      severity: 'info',
      text: `赞成 ${r.yes} 票，反对 ${r.no} 票：${r.passed ? '罢免通过' : '罢免未通过'}（至少需 ${why.approval.minimum} 票赞成）`,
    },
  ];
}
