// The deadline calendar of one village's election, computed from election day and the rule set (B-1..B-16).
import type { Cited } from '../ruleset/cited.js';
import type { CalendarParams } from '../ruleset/sections/calendar.js';
import type { ProxyDeadline, ProxyParams } from '../ruleset/sections/proxy.js';
import type { RecallParams } from '../ruleset/sections/recall.js';
import { addDays, compareDates, daysBetween, type IsoDate } from './civil-date.js';
import { type HolidaySet, lastDayBeforeElection, lastDayFor, periodEnd } from './day-count.js';

export type StepId =
  | 'departure-audit'
  | 'voter-list'
  | 'objection-window'
  | 'objection-decision'
  | 'self-nomination'
  | 'self-nominee-list'
  | 'candidate-list'
  | 'candidate-withdrawal'
  | 'polling-plan'
  | 'proxy-application'
  | 'proxy-list'
  | 'results'
  | 'runoff'
  | 'handover'
  | 'recall-vote'
  | 'recall-vote-township'
  | 'villagers-meeting-notice';

export interface CalendarStep {
  readonly id: StepId;
  readonly title: string;
  /** The last day on which the step is on time. */
  readonly due: IsoDate;
  readonly rule: string;
  /** How the due date was reached, in Chinese (e.g. "选举日前20日"). */
  readonly basis: string;
}

/** Dates of events that later deadlines run from; when missing, the planned date is used. */
export interface CalendarEvents {
  readonly voterListPublishedOn?: IsoDate;
  readonly candidateListPublishedOn?: IsoDate;
  /** Day the new villagers' committee is formed; election day when not given. */
  readonly committeeFormedOn?: IsoDate;
  readonly recallRequestedOn?: IsoDate;
  readonly villagersMeetingOn?: IsoDate;
}

export interface CalendarInput {
  readonly electionDay: IsoDate;
  readonly holidays: HolidaySet;
  readonly events?: CalendarEvents;
}

export interface CalendarRules {
  readonly calendar: CalendarParams;
  readonly proxy: ProxyParams;
  readonly recall: RecallParams;
}

/** Every step the rule set defines, ordered by due date. */
export function buildCalendar(rules: CalendarRules, input: CalendarInput): CalendarStep[] {
  const { calendar: cal, proxy, recall } = rules;
  const { electionDay: e, holidays } = input;
  const events = input.events ?? {};
  const boundary = cal.beforeElectionBoundary.value;
  const boundaryRule = cal.beforeElectionBoundary.rule;
  const steps: CalendarStep[] = [];
  const before = (id: StepId, title: string, days: number | null, rule: string) => {
    if (days === null) return;
    steps.push({
      id,
      title,
      due: lastDayBeforeElection(e, days, boundary),
      rule: `${rule};${boundaryRule}`,
      basis: `选举日前${days}日`,
    });
  };
  const byProxyDeadline = (id: StepId, title: string, deadline: Cited<ProxyDeadline | null>) => {
    const by = deadline.value;
    if (by === null) return;
    steps.push({
      id,
      title,
      due: lastDayFor(by, e, boundary),
      rule: `${deadline.rule};${boundaryRule}`,
      basis: by.kind === 'days-before' ? `选举日前${by.days}日` : '选举日之前',
    });
  };
  const after = (id: StepId, title: string, from: IsoDate, fromTitle: string, days: number, rule: string) => {
    steps.push({
      id,
      title,
      due: periodEnd(from, days, holidays),
      rule: `${rule};C-3`,
      basis: `${fromTitle}起${days}日内`,
    });
  };

  if (cal.departureAuditBeforeElection.value) {
    steps.push({
      id: 'departure-audit',
      title: '公布离任经济责任审计结果',
      due: addDays(e, -1),
      rule: cal.departureAuditBeforeElection.rule,
      basis: '选举日之前',
    });
  }
  before(
    'voter-list',
    '公布登记参加选举的村民名单',
    cal.voterListDaysBefore.value,
    cal.voterListDaysBefore.rule,
  );
  const listDay =
    events.voterListPublishedOn ?? lastDayBeforeElection(e, cal.voterListDaysBefore.value, boundary);
  const windowDays = cal.objectionWindowDays.value;
  after(
    'objection-window',
    '对选民名单提出申诉的截止日',
    listDay,
    '名单公布之日',
    windowDays,
    cal.objectionWindowDays.rule,
  );
  const windowEnd = periodEnd(listDay, windowDays, holidays);
  after(
    'objection-decision',
    '对申诉作出处理决定并公布（最后收到的申诉）',
    windowEnd,
    '最后一日收到申诉',
    cal.objectionDecisionDays.value,
    cal.objectionDecisionDays.rule,
  );
  before(
    'self-nomination',
    '自荐人报名截止',
    cal.selfNominationDaysBefore.value,
    cal.selfNominationDaysBefore.rule,
  );
  before(
    'self-nominee-list',
    '按姓名笔画公布自荐人名单',
    cal.selfNomineeListDaysBefore.value,
    cal.selfNomineeListDaysBefore.rule,
  );
  before(
    'candidate-list',
    '公布正式候选人名单',
    cal.candidateListDaysBefore.value,
    cal.candidateListDaysBefore.rule,
  );
  const withdrawal = cal.withdrawal.value;
  if (withdrawal?.anchor === 'election-day') {
    before('candidate-withdrawal', '正式候选人书面提出退出', withdrawal.days, cal.withdrawal.rule);
  } else if (withdrawal?.anchor === 'candidate-list') {
    const listDays = cal.candidateListDaysBefore.value;
    const candidatesOn =
      events.candidateListPublishedOn ??
      (listDays === null ? null : lastDayBeforeElection(e, listDays, boundary));
    if (candidatesOn !== null) {
      after(
        'candidate-withdrawal',
        '正式候选人提出退出',
        candidatesOn,
        '候选人名单确定之日',
        withdrawal.days,
        cal.withdrawal.rule,
      );
    }
  }
  before(
    'polling-plan',
    '公布投票时间、地点、方式及唱票、监票、计票人员',
    cal.pollingPlanDaysBefore.value,
    cal.pollingPlanDaysBefore.rule,
  );
  byProxyDeadline('proxy-application', '办理委托投票手续截止', proxy.applicationDeadline);
  byProxyDeadline('proxy-list', '公布委托人和受委托人名单', proxy.listPublishDeadline);
  after(
    'results',
    '公布选举结果（当选人名单）',
    e,
    '选举日',
    cal.resultsPublishWithinDays.value,
    cal.resultsPublishWithinDays.rule,
  );
  if (cal.runoffWithinDays.value !== null) {
    after(
      'runoff',
      '另行选举（如有未选足的职位）',
      e,
      '选举日',
      cal.runoffWithinDays.value,
      cal.runoffWithinDays.rule,
    );
  }
  const formedOn = events.committeeFormedOn ?? e;
  after(
    'handover',
    '完成工作移交',
    formedOn,
    '新一届村民委员会产生之日',
    cal.handoverWithinDays.value,
    cal.handoverWithinDays.rule,
  );
  if (events.recallRequestedOn !== undefined && recall.voteWithinDays.value !== null) {
    const voteDays = recall.voteWithinDays.value;
    after(
      'recall-vote',
      '组织罢免投票',
      events.recallRequestedOn,
      '收到罢免要求之日',
      voteDays,
      recall.voteWithinDays.rule,
    );
    if (recall.townshipFallbackDays.value !== null) {
      const committeeDeadline = periodEnd(events.recallRequestedOn, voteDays, holidays);
      after(
        'recall-vote-township',
        '村民委员会逾期未组织的，由乡镇组织罢免投票',
        committeeDeadline,
        '村民委员会组织期限届满之日',
        recall.townshipFallbackDays.value,
        recall.townshipFallbackDays.rule,
      );
    }
  }
  if (events.villagersMeetingOn !== undefined) {
    const notice = cal.villagersMeetingNoticeDays.value;
    steps.push({
      id: 'villagers-meeting-notice',
      title: '通知村民召开村民会议',
      due: addDays(events.villagersMeetingOn, -notice),
      rule: cal.villagersMeetingNoticeDays.rule,
      basis: `村民会议召开日前${notice}日`,
    });
  }
  return steps.sort((a, b) => compareDates(a.due, b.due));
}

export interface LateStep {
  readonly step: CalendarStep;
  /** `null`: not done yet. */
  readonly doneOn: IsoDate | null;
  readonly daysLate: number;
  readonly reason: string;
}

export interface DueSoonStep {
  readonly step: CalendarStep;
  readonly daysLeft: number;
  readonly reason: string;
}

export interface StepStatus {
  readonly late: readonly LateStep[];
  readonly dueSoon: readonly DueSoonStep[];
}

/**
 * Which steps are late (done after their due day, or not done and past it on `today`) and which are
 * due within `dueSoonDays` days. A step done on its due day is on time (the period ends at 24:00, C-3).
 */
export function lateSteps(
  calendar: readonly CalendarStep[],
  doneDates: Partial<Record<StepId, IsoDate>>,
  today: IsoDate,
  dueSoonDays = 3,
): StepStatus {
  const late: LateStep[] = [];
  const dueSoon: DueSoonStep[] = [];
  for (const step of calendar) {
    const doneOn = doneDates[step.id] ?? null;
    const cite = `（${step.rule}，${step.basis}）`;
    if (doneOn !== null) {
      const daysLate = daysBetween(step.due, doneOn);
      if (daysLate > 0) {
        late.push({
          step,
          doneOn,
          daysLate,
          reason: `${step.title}应在${step.due}前完成${cite}，实际于${doneOn}完成，迟了${daysLate}天`,
        });
      }
      continue;
    }
    const daysLeft = daysBetween(today, step.due);
    if (daysLeft < 0) {
      late.push({
        step,
        doneOn,
        daysLate: -daysLeft,
        reason: `${step.title}应在${step.due}前完成${cite}，已逾期${-daysLeft}天仍未完成`,
      });
    } else if (daysLeft <= dueSoonDays) {
      const when = daysLeft === 0 ? '今天到期' : `还有${daysLeft}天到期`;
      dueSoon.push({ step, daysLeft, reason: `${step.title}${when}（截止${step.due}${cite}）` });
    }
  }
  return { late, dueSoon };
}
