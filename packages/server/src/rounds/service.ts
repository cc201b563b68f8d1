/** Rounds (届): creation for a county or township, villages taking part, election days, postponement, re-runs. */
import { randomUUID } from 'node:crypto';
import { getRuleSet } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { elections, rounds, roundVillages } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { getRegion, villagesUnder } from '../regions/queries.js';
import {
  DEFAULT_ELECTION_PLAN,
  type ElectionKind,
  electionsFor,
  heldOnElectionDay,
  type PlannedElection,
} from './election-plan.js';

export type RoundRow = typeof rounds.$inferSelect;
export type RoundVillageRow = typeof roundVillages.$inferSelect;
export type ElectionRow = typeof elections.$inferSelect;

export async function createRound(
  db: Db,
  actor: Actor,
  input: { name: string; regionCode: string; rulesetId: string; plan?: readonly PlannedElection[] },
): Promise<RoundRow> {
  if (!getRuleSet(input.rulesetId)) throw badRequest(`规则集 ${input.rulesetId} 不存在`);
  return db.transaction(async (tx) => {
    const region = await getRegion(tx, input.regionCode);
    if (region.level !== 'county' && region.level !== 'township') {
      throw badRequest(
        `换届只能按县（市、区）或乡镇（街道）组织，${region.name} 是${region.level === 'village' ? '村' : '更高一级区划'}`,
      );
    }
    const countyCode = region.code.slice(0, 6);
    const plan = input.plan ?? DEFAULT_ELECTION_PLAN;
    const [round] = await tx
      .insert(rounds)
      .values({
        countyCode,
        id: randomUUID(),
        name: input.name,
        regionCode: region.code,
        rulesetId: input.rulesetId,
        electionPlan: plan,
      })
      .returning();
    if (!round) throw new Error('insert failed');
    const villages = await villagesUnder(tx, region.code);
    if (villages.length > 0) {
      await tx
        .insert(roundVillages)
        .values(villages.map((v) => ({ countyCode, roundId: round.id, villageCode: v.code })));
      await tx.insert(elections).values(
        villages.flatMap((v) =>
          electionsFor(plan, v.kind ?? 'village').map((e) => ({
            countyCode,
            id: randomUUID(),
            roundId: round.id,
            villageCode: v.code,
            kind: e.kind,
            seq: e.seq,
          })),
        ),
      );
    }
    await appendAudit(tx, {
      actor,
      action: 'round.create',
      entity: 'round',
      entityId: round.id,
      regionCode: region.code,
      before: null,
      after: { ...round, villages: villages.map((v) => v.code) },
    });
    return round;
  });
}

export async function getRoundRow(db: Tx, id: string): Promise<RoundRow> {
  const [row] = await db.select().from(rounds).where(eq(rounds.id, id));
  if (!row) throw notFound(`换届 ${id} 不存在`);
  return row;
}

export async function roundVillageRows(db: Tx, round: RoundRow) {
  const [villages, electionRows] = await Promise.all([
    db
      .select()
      .from(roundVillages)
      .where(and(eq(roundVillages.countyCode, round.countyCode), eq(roundVillages.roundId, round.id))),
    db
      .select()
      .from(elections)
      .where(and(eq(elections.countyCode, round.countyCode), eq(elections.roundId, round.id))),
  ]);
  return { villages, elections: electionRows };
}

async function lockRoundVillage(tx: Tx, round: RoundRow, code: string): Promise<RoundVillageRow> {
  const [row] = await tx
    .select()
    .from(roundVillages)
    .where(
      and(
        eq(roundVillages.countyCode, round.countyCode),
        eq(roundVillages.roundId, round.id),
        eq(roundVillages.villageCode, code),
      ),
    )
    .for('update');
  if (!row) throw notFound(`村 ${code} 不在换届「${round.name}」中`);
  return row;
}

const LOCKED_STATUSES = new Set(['voting', 'completed']);

async function updateVillage(
  tx: Tx,
  actor: Actor,
  action: string,
  before: RoundVillageRow,
  set: Partial<RoundVillageRow>,
) {
  const [after] = await tx
    .update(roundVillages)
    .set(set)
    .where(
      and(
        eq(roundVillages.countyCode, before.countyCode),
        eq(roundVillages.roundId, before.roundId),
        eq(roundVillages.villageCode, before.villageCode),
      ),
    )
    .returning();
  await appendAudit(tx, {
    actor,
    action,
    entity: 'round-village',
    entityId: `${before.roundId}/${before.villageCode}`,
    regionCode: before.villageCode,
    before,
    after,
  });
  return after!;
}

async function scheduleElections(
  tx: Tx,
  round: RoundRow,
  code: string,
  day: string | null,
  status: 'scheduled' | 'postponed' | 'planned',
) {
  const rows = await tx
    .select()
    .from(elections)
    .where(
      and(
        eq(elections.countyCode, round.countyCode),
        eq(elections.roundId, round.id),
        eq(elections.villageCode, code),
      ),
    );
  const ids = rows
    .filter(
      (e) =>
        heldOnElectionDay(e.kind) &&
        (e.status === 'planned' || e.status === 'scheduled' || e.status === 'postponed'),
    )
    .map((e) => e.id);
  if (ids.length === 0) return;
  await tx
    .update(elections)
    .set({ scheduledDate: day, status })
    .where(and(eq(elections.countyCode, round.countyCode), inArray(elections.id, ids)));
}

export async function setVillageDay(
  db: Db,
  actor: Actor,
  round: RoundRow,
  code: string,
  input: { electionDay: string | null; included: boolean },
): Promise<RoundVillageRow> {
  return db.transaction(async (tx) => {
    const before = await lockRoundVillage(tx, round, code);
    if (LOCKED_STATUSES.has(before.status)) throw conflict('该村选举已开始或已完成，不能再改选举日');
    const scheduled = input.included && input.electionDay !== null;
    const status =
      before.status === 'postponed' && scheduled ? 'postponed' : scheduled ? 'scheduled' : 'preparing';
    const after = await updateVillage(tx, actor, 'round.village.set', before, {
      electionDay: input.electionDay,
      included: input.included,
      status,
    });
    await scheduleElections(
      tx,
      round,
      code,
      input.electionDay,
      scheduled ? (status === 'postponed' ? 'postponed' : 'scheduled') : 'planned',
    );
    return after;
  });
}

export async function postponeVillage(
  db: Db,
  actor: Actor,
  round: RoundRow,
  code: string,
  input: { newDate: string; reason: string },
): Promise<RoundVillageRow> {
  return db.transaction(async (tx) => {
    const before = await lockRoundVillage(tx, round, code);
    if (!before.included) throw conflict('该村未参加本次换届');
    if (LOCKED_STATUSES.has(before.status)) throw conflict('该村选举已开始或已完成，不能推迟');
    if (before.electionDay && input.newDate <= before.electionDay) {
      throw badRequest(`新选举日 ${input.newDate} 应晚于原选举日 ${before.electionDay}`);
    }
    const after = await updateVillage(tx, actor, 'round.village.postpone', before, {
      electionDay: input.newDate,
      status: 'postponed',
      postponedReason: input.reason,
    });
    await scheduleElections(tx, round, code, input.newDate, 'postponed');
    return after;
  });
}

/** A failed (or annulled) election is held again: a new attempt, the old one kept. */
export async function rerunElection(
  db: Db,
  actor: Actor,
  round: RoundRow,
  code: string,
  input: { kind: ElectionKind; newDate: string; reason: string },
): Promise<ElectionRow> {
  return db.transaction(async (tx) => {
    const village = await lockRoundVillage(tx, round, code);
    const attempts = (
      await tx
        .select()
        .from(elections)
        .where(
          and(
            eq(elections.countyCode, round.countyCode),
            eq(elections.roundId, round.id),
            eq(elections.villageCode, code),
            eq(elections.kind, input.kind),
          ),
        )
    ).sort((a, b) => b.attempt - a.attempt);
    const last = attempts[0];
    if (!last) throw notFound('该村本次换届没有这项选举');
    if (last.status !== 'failed' && last.status !== 'held')
      throw conflict('只有已举行或未成功的选举才能重新选举');
    const [created] = await tx
      .insert(elections)
      .values({
        countyCode: round.countyCode,
        id: randomUUID(),
        roundId: round.id,
        villageCode: code,
        kind: input.kind,
        seq: last.seq,
        status: 'scheduled',
        scheduledDate: input.newDate,
        attempt: last.attempt + 1,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'election.rerun',
      entity: 'election',
      entityId: created!.id,
      regionCode: code,
      before: last,
      after: { ...created, reason: input.reason },
    });
    await updateVillage(tx, actor, 'round.village.rerun', village, { status: 'rerun' });
    return created!;
  });
}
