/**
 * Sample oversight records around the demo's rounds, as the township and county offices would have
 * kept them: complaints of every category (most answered in time, one answered late; in the live round
 * one still open and one overdue), 红/橙/绿 ratings with their history and risk points, the 信息直报员's
 * daily reports, training and publicity records, handovers (most within the rule set's days, a few
 * late, one not finished) and the archive items recorded by hand.
 */
import {
  type ComplaintCategory,
  complaintDueDate,
  complaintLimit,
  type IsoDate,
  periodEnd,
  type RuleSet,
} from '@huanjie/core';
import type {
  archiveItems,
  complaints,
  HandoverCheck,
  handovers,
  riskItems,
  riskRatingChanges,
  riskRatings,
  riskReports,
  workRecords,
} from '../../db/schema.js';
import type { VillagePlan } from './plan.js';
import { addDays, type Rng } from './random.js';

type Level = 'green' | 'orange' | 'red';

export interface OversightRows {
  complaints: (typeof complaints.$inferInsert)[];
  ratings: (typeof riskRatings.$inferInsert)[];
  ratingChanges: (typeof riskRatingChanges.$inferInsert)[];
  items: (typeof riskItems.$inferInsert)[];
  reports: (typeof riskReports.$inferInsert)[];
  work: (typeof workRecords.$inferInsert)[];
  handovers: (typeof handovers.$inferInsert)[];
  archive: (typeof archiveItems.$inferInsert)[];
}

export function emptyOversight(): OversightRows {
  return {
    complaints: [],
    ratings: [],
    ratingChanges: [],
    items: [],
    reports: [],
    work: [],
    handovers: [],
    archive: [],
  };
}

const NO_HOLIDAYS: ReadonlySet<string> = new Set();
const COUNTY = '331127';

const COMPLAINT_SAMPLES: readonly { category: ComplaintCategory; summary: string; reply: string }[] = [
  {
    category: 'voter-list',
    summary: '反映本村外出务工人员登记参选的表示未被登记，要求补登选民名单',
    reply: '经村选委会核实，本人已书面表示参加选举，已予补登并张榜公布',
  },
  {
    category: 'candidate',
    summary: '反映某候选人存在违法用地未整改，不符合候选人资格条件',
    reply: '经乡镇联审，该人违法用地已于上年整改销号，符合资格条件，已当面答复',
  },
  {
    category: 'vote-buying',
    summary: '举报有人在选举前以宴请方式为候选人拉票',
    reply: '经乡镇纪委调查，反映宴请系家庭婚宴，未发现拉票行为，已书面答复',
  },
  {
    category: 'procedure',
    summary: '反映流动票箱投票时监票人不足两人',
    reply: '经查，流动票箱由两名监票人和一名工作人员随箱，程序合规，已答复',
  },
  {
    category: 'result',
    summary: '对村委会委员选举结果有异议，要求重新计票',
    reply: '选票已封存，经乡镇监督核对计票数据，结果无误，已答复',
  },
  {
    category: 'other',
    summary: '反映上届村委会集体资产账目未公开，要求在移交前审计',
    reply: '离任经济责任审计已完成并公示，已将审计结果告知来信人',
  },
];
const CHANNELS = ['visit', 'phone', 'letter', 'report-box', 'online', 'referral'] as const;
const OUTCOMES = ['unsubstantiated', 'partly', 'substantiated', 'unsubstantiated', 'referred'] as const;

const RISK_REASONS: Record<string, { category: string; title: string; reason: string }> = {
  clan: { category: 'clan', title: '宗族派性影响选举', reason: '宗族势力' },
  two: { category: 'two-committees', title: '村两委班子不团结', reason: '两委不和' },
  petition: { category: 'petition-legacy', title: '信访积案未化解', reason: '信访积案' },
  finance: { category: 'finance', title: '集体资产账目不清', reason: '财务问题' },
  buying: { category: 'vote-buying', title: '有拉票贿选苗头', reason: '拉票贿选苗头' },
  turnout: { category: 'low-turnout', title: '外出人员多、参选率偏低', reason: '外出人员多' },
};
const REASON_KEYS = Object.keys(RISK_REASONS);

function complaintRow(
  r: Rng,
  ruleSet: RuleSet,
  roundId: string,
  villageCode: string,
  serial: number,
  sample: (typeof COMPLAINT_SAMPLES)[number],
  receivedOn: string,
  handlerName: string,
  state: { status: 'open' | 'handling' | 'replied' | 'closed'; repliedAfter?: number },
  newId: () => string,
): typeof complaints.$inferInsert {
  const limit = complaintLimit(ruleSet.calendar, sample.category);
  const dueOn = complaintDueDate(receivedOn as IsoDate, limit.days, NO_HOLIDAYS);
  const answered = state.status === 'replied' || state.status === 'closed';
  const anonymous = sample.category === 'vote-buying' && r.chance(0.6);
  return {
    countyCode: COUNTY,
    id: newId(),
    roundId,
    villageCode,
    serial,
    receivedOn,
    channel: r.pick(CHANNELS),
    category: sample.category,
    complainantName: anonymous
      ? null
      : r.pick(['吴', '刘', '陈', '雷', '蓝', '叶']) + r.pick(['先生', '女士']),
    complainantPhone: anonymous ? null : `13${r.int(0, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
    anonymous,
    summary: sample.summary,
    handlerName,
    limitDays: limit.days,
    dueOn,
    status: state.status,
    outcome: answered ? r.pick(OUTCOMES) : null,
    reply: answered ? sample.reply : null,
    repliedOn: answered ? addDays(receivedOn, state.repliedAfter ?? r.int(1, limit.days)) : null,
  };
}

/** The closed round's oversight: every village rated, complaints, risk points, work, handovers, archive. */
export function closedRoundOversight(
  r: Rng,
  ruleSet: RuleSet,
  roundId: string,
  plans: readonly VillagePlan[],
  previousChair: (code: string) => string | null,
  newId: () => string,
): OversightRows {
  const out = emptyOversight();
  const townships = [
    ...new Map(plans.map((p) => [p.village.townshipCode, p.village.townshipName])).entries(),
  ];
  const office = (p: VillagePlan) => `${p.village.townshipName}换届办`;

  // ratings: red where the round failed or was postponed, orange in some runoff and other villages
  const ordered = r.shuffle(plans.filter((p) => p.outcome === 'done'));
  const orangeNow = new Set(
    ordered.slice(0, Math.max(1, Math.round(plans.length * 0.05))).map((p) => p.village.code),
  );
  const cleared = new Set(
    ordered
      .slice(orangeNow.size, orangeNow.size + Math.max(1, Math.round(plans.length * 0.07)))
      .map((p) => p.village.code),
  );
  for (const p of plans) {
    const code = p.village.code;
    const first = addDays(p.electionDay, -r.int(40, 55));
    const reasonKey = r.pick(REASON_KEYS);
    const reason = RISK_REASONS[reasonKey]!;
    const path: { level: Level; on: string; note: string; reasons: string[] }[] = [];
    if (p.outcome === 'failed' || p.outcome === 'postponed') {
      path.push({ level: 'orange', on: first, note: '换届风险排查', reasons: [reason.reason] });
      path.push({
        level: 'red',
        on: addDays(p.electionDay, p.outcome === 'failed' ? 1 : -10),
        note:
          p.outcome === 'failed' ? '第一次投票参加投票人数未过半，选举无效' : '村规模调整未完成，暂缓选举',
        reasons: [reason.reason, p.outcome === 'failed' ? '选举未成功' : '暂缓选举'],
      });
    } else if (orangeNow.has(code) || p.outcome === 'runoff') {
      path.push({ level: 'orange', on: first, note: '换届风险排查', reasons: [reason.reason] });
    } else if (cleared.has(code)) {
      path.push({ level: 'orange', on: first, note: '换届风险排查', reasons: [reason.reason] });
      path.push({
        level: 'green',
        on: addDays(p.electionDay, -r.int(5, 15)),
        note: '风险化解，销号',
        reasons: [],
      });
    } else {
      path.push({ level: 'green', on: first, note: '换届风险排查', reasons: [] });
    }
    let from: Level | null = null;
    for (const step of path) {
      out.ratingChanges.push({
        countyCode: COUNTY,
        id: newId(),
        roundId,
        villageCode: code,
        fromLevel: from,
        level: step.level,
        reasons: step.reasons,
        note: step.note,
        ratedOn: step.on,
        ratedByName: office(p),
      });
      from = step.level;
    }
    const last = path.at(-1)!;
    out.ratings.push({
      countyCode: COUNTY,
      roundId,
      villageCode: code,
      level: last.level,
      reasons: last.reasons,
      ratedOn: last.on,
      ratedByName: office(p),
    });
    if (path.some((s) => s.level !== 'green')) {
      const open = last.level === 'red';
      out.items.push({
        countyCode: COUNTY,
        id: newId(),
        roundId,
        villageCode: code,
        title: reason.title,
        category: reason.category,
        level: path.some((s) => s.level === 'red') ? 'red' : 'orange',
        owner: `${p.village.townshipName}联村干部`,
        measures: '乡镇班子成员包村，逐户走访做好思想工作，选举当天派驻工作组',
        dueOn: addDays(p.electionDay, -3),
        status: open ? 'open' : 'closed',
        closedOn: open ? null : addDays(p.electionDay, r.int(-10, 2)),
        closedNote: open ? null : '矛盾已化解，选举顺利完成，销号',
        foundOn: first,
      });
      for (let d = 3; d >= 1; d--)
        out.reports.push({
          countyCode: COUNTY,
          id: newId(),
          roundId,
          villageCode: code,
          reportDate: addDays(p.electionDay, -d),
          reporterName: p.supervision[0]?.person.name ?? '信息直报员',
          hasIssue: d === 3,
          situation: d === 3 ? `${reason.reason}：有村民议论，已报告联村干部` : '平安无事',
          suggestedLevel: d === 3 ? 'orange' : null,
        });
    }
  }

  // complaints: a dozen across the county, every category, answered (one late)
  const subjects = r.shuffle(plans).slice(0, Math.min(plans.length, 12));
  subjects.forEach((p, i) => {
    const sample = COMPLAINT_SAMPLES[i % COMPLAINT_SAMPLES.length]!;
    const receivedOn = addDays(p.electionDay, sample.category === 'result' ? r.int(1, 3) : -r.int(4, 20));
    out.complaints.push(
      complaintRow(
        r,
        ruleSet,
        roundId,
        p.village.code,
        i + 1,
        sample,
        receivedOn,
        `${p.village.townshipName}纪委`,
        i === 4 ? { status: 'closed', repliedAfter: 19 } : { status: i % 3 === 0 ? 'replied' : 'closed' },
        newId,
      ),
    );
  });

  // work records: the county's trainings and publicity, each township's training, publicity, meeting
  const start = plans.map((p) => p.electionDay).sort()[0] ?? '2017-03-01';
  out.work.push(
    {
      countyCode: COUNTY,
      id: newId(),
      roundId,
      regionCode: COUNTY,
      kind: 'training',
      title: '全县村级组织换届工作业务培训班',
      heldOn: addDays(start, -45),
      quantity: 2,
      people: 326,
      note: '乡镇（街道）分管领导、组织委员、民政助理参加',
    },
    {
      countyCode: COUNTY,
      id: newId(),
      roundId,
      regionCode: COUNTY,
      kind: 'publicity',
      title: '换届选举政策问答及“十严禁”宣传',
      heldOn: addDays(start, -40),
      quantity: 1200,
      people: 0,
      note: '印发宣传册、海报，县电视台专题报道',
    },
  );
  for (const [code, name] of townships) {
    const villages = plans.filter((p) => p.village.townshipCode === code).length;
    out.work.push(
      {
        countyCode: COUNTY,
        id: newId(),
        roundId,
        regionCode: code,
        kind: 'training',
        title: `${name}村选委会成员培训`,
        heldOn: addDays(start, -r.int(20, 30)),
        quantity: 1,
        people: villages * r.int(7, 9),
      },
      {
        countyCode: COUNTY,
        id: newId(),
        roundId,
        regionCode: code,
        kind: 'publicity',
        title: `${name}换届选举公告及宣传标语`,
        heldOn: addDays(start, -r.int(15, 25)),
        quantity: villages * r.int(6, 12),
        people: 0,
      },
      {
        countyCode: COUNTY,
        id: newId(),
        roundId,
        regionCode: code,
        kind: 'meeting',
        title: `${name}换届风险研判会`,
        heldOn: addDays(start, -r.int(8, 14)),
        quantity: r.int(1, 3),
        people: r.int(12, 25),
      },
    );
  }

  // handovers (B-11 days from the committee's formation) and the archive items recorded by hand
  const elected = plans.filter((p) => p.outcome === 'done' || p.outcome === 'runoff');
  const late = new Set(
    r
      .shuffle(elected)
      .slice(0, Math.max(1, Math.round(elected.length * 0.04)))
      .map((p) => p.village.code),
  );
  const unfinished = elected.find(
    (p) => !late.has(p.village.code) && p.village.code.slice(0, 9) !== '331127205',
  );
  const rule = ruleSet.calendar.handoverWithinDays.value;
  const ITEMS: HandoverCheck['item'][] = [
    'seal',
    'accounts',
    'assets',
    'contracts',
    'archives',
    'premises',
    'debts',
    'work',
  ];
  for (const p of elected) {
    const dueOn = periodEnd(p.electionDay as IsoDate, rule, NO_HOLIDAYS);
    const isLate = late.has(p.village.code);
    const notDone = p === unfinished;
    const newChair = p.winners.find((w) => w.office === 'chair')!.person.name;
    out.handovers.push({
      countyCode: COUNTY,
      roundId,
      villageCode: p.village.code,
      formedOn: p.electionDay,
      dueOn,
      checklist: ITEMS.map((item) => ({
        item,
        done: !(notDone && (item === 'contracts' || item === 'debts')),
        ...(item === 'contracts' ? { note: `经济合同${r.int(6, 40)}份` } : {}),
        ...(item === 'seal' ? { note: '村委会公章1枚' } : {}),
      })),
      outgoing: previousChair(p.village.code),
      incoming: newChair,
      witness: `${p.village.townshipName}联村干部`,
      completedOn: notDone ? null : addDays(dueOn, isLate ? r.int(3, 12) : -r.int(1, Math.min(8, rule - 1))),
    });
    for (const item of ['work-plan', 'committee-minutes', 'sign-in', 'ballots-sealed', 'photos']) {
      const missing =
        (item === 'photos' && r.chance(0.06)) || (item === 'committee-minutes' && r.chance(0.03));
      out.archive.push({
        countyCode: COUNTY,
        roundId,
        villageCode: p.village.code,
        item,
        present: !missing,
        note: missing
          ? '尚未归档'
          : item === 'ballots-sealed'
            ? `选票${r.int(2, 6)}袋，已封存报送乡镇`
            : '已归档',
        recordedOn: addDays(p.electionDay, r.int(3, 20)),
      });
    }
  }
  return out;
}

/** The live round's few records in 郑坑乡: ratings with history, risk points, daily reports, complaints, work. */
export function liveRoundOversight(
  r: Rng,
  ruleSet: RuleSet,
  roundId: string,
  township: { code: string; name: string },
  villages: readonly { code: string; name: string }[],
  today: string,
  reporters: (code: string) => string,
  newId: () => string,
): OversightRows {
  const out = emptyOversight();
  const office = `${township.name}换届办`;
  villages.forEach((v, i) => {
    const orange = i === 2;
    const path: { level: Level; on: string; note: string; reasons: string[] }[] = [
      { level: 'green', on: addDays(today, -20), note: '换届风险排查', reasons: [] },
    ];
    if (orange)
      path.push({
        level: 'orange',
        on: addDays(today, -6),
        note: '信息直报：两委班子意见分歧',
        reasons: ['两委不和'],
      });
    let from: Level | null = null;
    for (const s of path) {
      out.ratingChanges.push({
        countyCode: COUNTY,
        id: newId(),
        roundId,
        villageCode: v.code,
        fromLevel: from,
        level: s.level,
        reasons: s.reasons,
        note: s.note,
        ratedOn: s.on,
        ratedByName: office,
      });
      from = s.level;
    }
    const last = path.at(-1)!;
    out.ratings.push({
      countyCode: COUNTY,
      roundId,
      villageCode: v.code,
      level: last.level,
      reasons: last.reasons,
      ratedOn: last.on,
      ratedByName: office,
    });
    for (let d = 4; d >= 0; d--)
      out.reports.push({
        countyCode: COUNTY,
        id: newId(),
        roundId,
        villageCode: v.code,
        reportDate: addDays(today, -d),
        reporterName: reporters(v.code),
        hasIssue: orange && d === 4,
        situation: orange && d === 4 ? '两委成员对候选人人选意见不一，已报告包村干部' : '平安无事',
        suggestedLevel: orange && d === 4 ? 'orange' : null,
      });
    if (orange) {
      out.items.push(
        {
          countyCode: COUNTY,
          id: newId(),
          roundId,
          villageCode: v.code,
          title: '村两委成员对候选人人选意见分歧',
          category: 'two-committees',
          level: 'orange',
          owner: `${township.name}组织委员`,
          measures: '乡镇党委书记约谈两委主要负责人，召开党员大会统一思想',
          dueOn: addDays(today, 10),
          foundOn: addDays(today, -6),
        },
        {
          countyCode: COUNTY,
          id: newId(),
          roundId,
          villageCode: v.code,
          title: '上届集体资产账目未完成离任审计',
          category: 'finance',
          level: 'orange',
          owner: `${township.name}农经站`,
          measures: '完成离任经济责任审计并公示',
          dueOn: addDays(today, -2),
          foundOn: addDays(today, -15),
        },
      );
    }
  });
  const at = (i: number) => villages[i % villages.length]!;
  out.complaints.push(
    complaintRow(
      r,
      ruleSet,
      roundId,
      at(0).code,
      1,
      COMPLAINT_SAMPLES[5]!,
      addDays(today, -25),
      `${township.name}纪委`,
      { status: 'closed', repliedAfter: 9 },
      newId,
    ),
    complaintRow(
      r,
      ruleSet,
      roundId,
      at(2).code,
      2,
      COMPLAINT_SAMPLES[3]!,
      addDays(today, -20),
      `${township.name}纪委`,
      { status: 'handling' },
      newId,
    ),
    complaintRow(
      r,
      ruleSet,
      roundId,
      at(0).code,
      3,
      COMPLAINT_SAMPLES[0]!,
      today,
      `${at(0).name}选委会`,
      { status: 'open' },
      newId,
    ),
  );
  out.work.push(
    {
      countyCode: COUNTY,
      id: newId(),
      roundId,
      regionCode: township.code,
      kind: 'training',
      title: `${township.name}村选委会成员培训`,
      heldOn: addDays(today, -12),
      quantity: 1,
      people: 32,
    },
    {
      countyCode: COUNTY,
      id: newId(),
      roundId,
      regionCode: township.code,
      kind: 'publicity',
      title: '换届选举公告及“十严禁”宣传海报',
      heldOn: addDays(today, -10),
      quantity: 48,
      people: 0,
    },
    {
      countyCode: COUNTY,
      id: newId(),
      roundId,
      regionCode: township.code,
      kind: 'meeting',
      title: `${township.name}换届风险研判会`,
      heldOn: addDays(today, -5),
      quantity: 1,
      people: 14,
    },
  );
  return out;
}
