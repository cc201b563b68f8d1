/**
 * The schedule (日程) of a village, and of every village under a township or county: each step's
 * due day, where it stands today and who did it; marking a step done by hand, and undoing a
 * mistaken record. Every write is audited in its transaction (record.ts).
 */
import { getRuleSet, type IsoDate } from '@huanjie/core';
import type { Actor } from '../../audit/actor.js';
import type { Db, Tx } from '../../db/connect.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { getRegion } from '../../regions/queries.js';
import type { VillageCtx } from '../../registration/village.js';
import type { RoundRow } from '../../rounds/service.js';
import { computeSchedule, countStates, isLate, type ScheduleCounts, type ScheduleStep } from './compute.js';
import { type AreaFacts, loadFacts, type VillageRow } from './facts.js';
import { clearStepDone, recordStepDone, stepRecord } from './record.js';

export interface HolidayNotice {
  /** years the county entered */
  entered: number[];
  /** years the schedule's dates fall in that the county has not entered: periods run on calendar days */
  missing: number[];
}

export interface VillageSchedule {
  code: string;
  name: string;
  townshipName: string;
  electionDay: string | null;
  status: string;
  counts: ScheduleCounts;
  steps: ScheduleStep[];
}

function holidayNotice(
  facts: AreaFacts,
  schedules: readonly { steps: readonly ScheduleStep[] }[],
): HolidayNotice {
  const years = new Set<number>();
  for (const s of schedules)
    for (const step of s.steps) if (step.due) years.add(Number(step.due.slice(0, 4)));
  const entered = new Set(facts.holidayYears);
  return {
    entered: facts.holidayYears,
    missing: [...years].filter((y) => !entered.has(y)).sort(),
  };
}

function scheduleOf(facts: AreaFacts, v: VillageRow, today: IsoDate): VillageSchedule {
  const steps = computeSchedule(facts.round, v, today);
  return {
    code: v.code,
    name: v.name,
    townshipName: v.townshipName,
    electionDay: v.electionDay,
    status: v.status,
    counts: countStates(steps),
    steps,
  };
}

function rulesetTitle(id: string): string {
  return getRuleSet(id)?.title ?? id;
}

export async function villageSchedule(db: Tx, vr: VillageCtx, today: IsoDate) {
  const facts = await loadFacts(db, vr.round, vr.villageCode);
  const v = facts.villages.find((x) => x.code === vr.villageCode);
  if (!v) throw notFound(`村 ${vr.villageCode} 不在换届「${vr.round.name}」中`);
  const schedule = scheduleOf(facts, v, today);
  return {
    ...schedule,
    today,
    rulesetId: vr.round.rulesetId,
    rulesetTitle: rulesetTitle(vr.round.rulesetId),
    holidays: holidayNotice(facts, [schedule]),
  };
}

export interface LateRow {
  villageCode: string;
  villageName: string;
  townshipName: string;
  electionDay: string | null;
  step: ScheduleStep;
}

/** Every included village under `code`, and the late steps across them (not done first, most overdue first). */
export async function areaSchedule(db: Tx, round: RoundRow, code: string, today: IsoDate) {
  if (!code.startsWith(round.regionCode) && !round.regionCode.startsWith(code))
    throw notFound(`区域 ${code} 不在换届「${round.name}」的范围内`);
  const [facts, region] = await Promise.all([loadFacts(db, round, code), getRegion(db, code)]);
  const villages = facts.villages.map((v) => scheduleOf(facts, v, today));
  const late: LateRow[] = villages.flatMap((v) =>
    v.steps.filter(isLate).map((step) => ({
      villageCode: v.code,
      villageName: v.name,
      townshipName: v.townshipName,
      electionDay: v.electionDay,
      step,
    })),
  );
  late.sort(
    (a, b) =>
      Number(a.step.state === 'done-late') - Number(b.step.state === 'done-late') ||
      b.step.daysLate - a.step.daysLate ||
      (a.villageCode < b.villageCode ? -1 : a.villageCode > b.villageCode ? 1 : 0),
  );
  return {
    code,
    name: region.name,
    level: region.level,
    today,
    rulesetId: round.rulesetId,
    rulesetTitle: rulesetTitle(round.rulesetId),
    holidays: holidayNotice(facts, villages),
    villages,
    late,
  };
}

export interface ManualRecordInput {
  doneOn: IsoDate;
  outcome: 'done' | 'not-needed';
  note: string | null;
}

function findStep(steps: readonly ScheduleStep[], stepId: string): ScheduleStep {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw notFound(`日程：本村没有步骤 ${stepId}`);
  return step;
}

async function currentStep(tx: Tx, vr: VillageCtx, stepId: string, today: IsoDate): Promise<ScheduleStep> {
  const facts = await loadFacts(tx, vr.round, vr.villageCode);
  const v = facts.villages.find((x) => x.code === vr.villageCode);
  if (!v) throw notFound(`村 ${vr.villageCode} 不在换届「${vr.round.name}」中`);
  return findStep(computeSchedule(facts.round, v, today), stepId);
}

/**
 * Records by hand that a step was done (or is not needed here) on a given day. Steps an act of
 * the system records (the voter list, the candidate list, …) and periods that simply close are refused.
 */
export async function markStepDone(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  stepId: string,
  input: ManualRecordInput,
  today: IsoDate,
): Promise<ScheduleStep> {
  if (input.doneOn > today) throw badRequest(`完成日期：${input.doneOn}晚于今天（${today}）`);
  if (input.outcome === 'not-needed' && !input.note) throw badRequest('说明：记录“无需办理”时请写明原因');
  await db.transaction(async (tx) => {
    const step = await currentStep(tx, vr, stepId, today);
    if (step.completion === 'act')
      throw conflict(`日程：「${step.title}」在${step.act}时由系统自动记录，不能手工标记`);
    if (step.completion === 'none')
      throw conflict(`日程：「${step.title}」是期限截止日，到期即截止，无需标记完成`);
    await recordStepDone(tx, actor, vr, {
      stepId,
      doneOn: input.doneOn,
      source: 'manual',
      note: input.note,
      outcome: input.outcome,
    });
  });
  return db.transaction((tx) => currentStep(tx, vr, stepId, today));
}

/** Undoes a mistaken manual record; a record made by an act stays (undo the act instead). */
export async function undoStepRecord(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  stepId: string,
  today: IsoDate,
): Promise<ScheduleStep> {
  await db.transaction(async (tx) => {
    const before = await stepRecord(tx, vr, stepId);
    if (!before) throw notFound(`日程：步骤 ${stepId} 尚无完成记录`);
    if (before.source !== 'manual') throw conflict('日程：该记录由系统在办理相应事项时自动生成，不能撤销');
    await clearStepDone(tx, actor, vr, stepId, 'schedule.step-undone');
  });
  return db.transaction((tx) => currentStep(tx, vr, stepId, today));
}
