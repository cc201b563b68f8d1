import type { RuleSet } from '../ruleset/rule-set.js';
import type { ElectionScenario, RecallScenario, Scenario } from '../scenario/types.js';
import type { ElectionReasons, RecallReasons } from './reasons.js';
import type { ElectionResult, RecallResult } from './result-types.js';
import type { TallyOutcome } from './tally.js';

const INVALID_TEXT = {
  turnout: '参加投票人数未达到法定比例',
  overcollected: '收回选票多于法定上限',
} as const;

/** A readable Chinese account of a count, for `huanjie tally --text` and printouts. */
export function textSummary(scenario: Scenario, outcome: TallyOutcome, ruleSet: RuleSet): string {
  const head = [
    scenario.name === '' ? '计票结果' : `计票结果：${scenario.name}`,
    `规则集：${ruleSet.id}（${ruleSet.title}）`,
  ];
  if (outcome.kind === 'recall' && scenario.body === 'recall') {
    return [...head, ...recallLines(scenario, outcome.result, outcome.reasons)].join('\n');
  }
  if (outcome.kind === 'election' && scenario.body !== 'recall') {
    return [...head, ...electionLines(scenario, outcome.result, outcome.reasons)].join('\n');
  }
  return head.join('\n');
}

function totalsLine(r: ElectionResult | RecallResult): string {
  return `登记选民 ${r.registered} 人，参加投票 ${r.voted} 人，发出选票 ${r.issued} 张，收回选票 ${r.collected} 张，其中整张废票 ${r.voidBallots} 张`;
}

function recallLines(_s: RecallScenario, r: RecallResult, why: RecallReasons): string[] {
  const lines = ['事项：罢免表决', totalsLine(r)];
  lines.push(
    r.valid
      ? '表决有效'
      : `表决无效：${INVALID_TEXT[r.invalidReason ?? 'turnout']}（${why.quorum.rule}：${why.quorum.formula}）`,
  );
  lines.push(`赞成 ${r.yes} 票，反对 ${r.no} 票`);
  lines.push(
    r.passed
      ? `罢免通过（${why.approval.rule}：${why.approval.formula}，至少需 ${why.approval.minimum} 票赞成）`
      : `罢免未通过（${why.approval.rule}：${why.approval.formula}，至少需 ${why.approval.minimum} 票赞成）`,
  );
  return lines;
}

function electionLines(s: ElectionScenario, r: ElectionResult, why: ElectionReasons): string[] {
  const names = new Map(s.people.map((p) => [p.id, p.name]));
  const who = (id: string) => `${names.get(id) ?? id}（${id}）`;
  const lines = [`轮次：${r.round === 'first' ? '第一次投票' : '另行选举'}`, totalsLine(r)];
  const v = why.voidBallots;
  if (r.voidBallots > 0) {
    lines.push(
      `  废票构成：选举委员会认定 ${v.committee} 张，同一人选入两个以上职务 ${v.crossOffice} 张，多选 ${v.overvote} 张`,
    );
  }
  if (r.valid) {
    lines.push('选举有效');
  } else {
    const check = r.invalidReason === 'turnout' ? why.turnout : null;
    const rule = check
      ? `${check.rule}：${check.formula}`
      : `${why.overcollection.rule}：${why.overcollection.formula}`;
    lines.push(
      `选举无效：${INVALID_TEXT[r.invalidReason ?? 'turnout']}（${rule}），本次无人当选，应重新投票`,
    );
  }
  lines.push(`当选票数线：${why.quota.formula}，即至少 ${why.quota.minimumVotes} 票（${why.quota.rule}）`);
  for (const office of r.offices) {
    const def = s.offices.find((o) => o.id === office.id);
    lines.push('', `【${def?.title ?? office.id}】应选 ${def?.seats ?? '?'} 名`);
    const voided = why.officePartsVoided[office.id];
    if (voided) lines.push(`  本职务多选作废 ${voided} 张`);
    const ignored = why.marksCreditingNoOne[office.id];
    if (ignored) lines.push(`  男性不能担任本职务，所得 ${ignored} 票不计入任何人`);
    const entries = Object.entries(office.votes);
    if (entries.length === 0) lines.push('  无人得票');
    for (const [id, votes] of entries) {
      lines.push(`  ${who(id)}  ${votes} 票${office.elected.includes(id) ? '  当选' : ''}`);
    }
    lines.push(`  当选：${office.elected.length === 0 ? '无' : office.elected.map(who).join('、')}`);
    if (office.tieRevote) {
      lines.push(
        `  票数相等：${office.tieRevote.people.map(who).join('、')} 就 ${office.tieRevote.seats} 个名额再次投票`,
      );
    }
    if (office.unfilled > 0) lines.push(`  空缺 ${office.unfilled} 名`);
  }
  lines.push('');
  const title = (office: string) => s.offices.find((o) => o.id === office)?.title ?? office;
  for (const k of r.kinRemoved)
    lines.push(`任职回避：${who(k.person)} 让出${title(k.office)}职务，留任 ${who(k.keeps)}`);
  for (const k of r.kinRevote)
    lines.push(`任职回避：${k.people.map(who).join('与')} 职务、票数均相同，须继续投票`);
  if (r.noWomanElected === true) lines.push('妇女成员：没有女性当选，须依法补足妇女成员');
  if (r.noWomanElected === false) lines.push('妇女成员：已有女性当选');
  if (r.womenOfficeKept === true) lines.push('妇女委员：尚无女性当选，另行选举继续单列妇女委员职位');
  if (r.womenOfficeKept === false) lines.push('妇女委员：已有女性当选，另行选举不再单列妇女委员职位');
  const candidates = Object.entries(r.runoffCandidates ?? {});
  if (candidates.length > 0) {
    lines.push('另行选举候选人：');
    for (const [office, people] of candidates) {
      lines.push(`  ${title(office)}：${people.length === 0 ? '无' : people.map(who).join('、')}`);
    }
  }
  if (r.vacancyMayRemain === true) lines.push('已选出的成员达到法定人数，剩余职位可以空缺');
  if (r.vacancyMayRemain === false) lines.push('已选出的成员未达到可以空缺的条件，仍需另行选举');
  return lines;
}
