/**
 * The election committee's edits to the polling plan: the central venue, stations, mobile boxes and
 * their voters, and the staff. Each edit runs under the plan's row lock, is audited in the same
 * transaction, and marks a published plan as changed (it must be published again, B-7).
 */
import { randomUUID } from 'node:crypto';
import {
  ELECTION_WIDE_ROLES,
  POLLING_PLACE_TITLES,
  type PollingPlaceKind,
  RECUSAL_ROLE_OF,
  STAFF_ROLE_TITLES,
  type StaffRole,
  staffRecusals,
} from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { pollingBoxVoters, pollingPlaces, pollingPlans, pollingStaff } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { committeeElection, type ElectionRow } from '../committee-election.js';
import {
  boxVoterRows,
  isTime,
  listedVoters,
  type PollingPlaceRow,
  type PollingPlanRow,
  placeRows,
  planRow,
  staffRows,
  standingNominees,
  villageKin,
} from './state.js';

export interface Locked {
  election: ElectionRow;
  plan: PollingPlanRow;
}

/** The plan's row, created with its central venue on first use, locked for the transaction. */
export async function lockPlan(tx: Tx, vr: VillageCtx): Promise<Locked> {
  const election = await committeeElection(tx, vr);
  let plan = await planRow(tx, vr, election.id, true);
  if (!plan) {
    await tx
      .insert(pollingPlans)
      .values({
        countyCode: vr.countyCode,
        electionId: election.id,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
      })
      .onConflictDoNothing();
    plan = (await planRow(tx, vr, election.id, true))!;
  }
  const places = await placeRows(tx, vr, election.id);
  if (!places.some((p) => p.kind === 'central')) {
    await tx.insert(pollingPlaces).values({
      countyCode: vr.countyCode,
      id: randomUUID(),
      electionId: election.id,
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      kind: 'central',
      name: POLLING_PLACE_TITLES.central,
    });
  }
  return { election, plan };
}

/** A published plan that changes must be published again. */
export async function touch(tx: Tx, vr: VillageCtx, locked: Locked): Promise<void> {
  await tx
    .update(pollingPlans)
    .set({ changedSincePublication: locked.plan.version > 0, updatedAt: sql`now()` })
    .where(and(eq(pollingPlans.countyCode, vr.countyCode), eq(pollingPlans.electionId, locked.election.id)));
}

function checkHours(opensAt: string | null | undefined, closesAt: string | null | undefined, field: string) {
  if (opensAt != null && !isTime(opensAt)) throw badRequest(`${field}开始时间：应写成 HH:MM，如 08:00`);
  if (closesAt != null && !isTime(closesAt)) throw badRequest(`${field}结束时间：应写成 HH:MM，如 12:00`);
  if (opensAt != null && closesAt != null && opensAt >= closesAt) {
    throw badRequest(`${field}结束时间：应晚于开始时间（${opensAt}）`);
  }
}

export async function placeOf(
  tx: Tx,
  vr: VillageCtx,
  electionId: string,
  placeId: string,
): Promise<PollingPlaceRow> {
  const [row] = await tx
    .select()
    .from(pollingPlaces)
    .where(
      and(
        eq(pollingPlaces.countyCode, vr.countyCode),
        eq(pollingPlaces.electionId, electionId),
        eq(pollingPlaces.id, placeId),
      ),
    );
  if (!row) throw notFound(`投票地点 ${placeId} 不存在`);
  return row;
}

export async function updatePlaceRow(
  tx: Tx,
  vr: VillageCtx,
  placeId: string,
  set: Partial<PollingPlaceRow>,
): Promise<PollingPlaceRow> {
  const [after] = await tx
    .update(pollingPlaces)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(pollingPlaces.countyCode, vr.countyCode), eq(pollingPlaces.id, placeId)))
    .returning();
  return after!;
}

export interface VenueInput {
  place: string;
  opensAt: string;
  closesAt: string;
}

/** The central venue (中心会场): where and when, on election day (B-7, G-9). */
export async function setVenue(db: Db, actor: Actor, vr: VillageCtx, input: VenueInput) {
  checkHours(input.opensAt, input.closesAt, '中心会场投票');
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const central = (await placeRows(tx, vr, locked.election.id)).find((p) => p.kind === 'central')!;
    const after = await updatePlaceRow(tx, vr, central.id, {
      place: input.place,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
    });
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.venue',
      entity: 'polling-place',
      entityId: central.id,
      regionCode: vr.villageCode,
      before: central,
      after,
    });
    return after;
  });
}

export interface PlaceInput {
  kind: Exclude<PollingPlaceKind, 'central'>;
  name: string;
  place: string;
  groups?: string[] | undefined;
  route?: string | null | undefined;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
}

async function checkPlace(
  tx: Tx,
  vr: VillageCtx,
  electionId: string,
  input: Omit<PlaceInput, 'kind'> & { kind: PollingPlaceKind },
  selfId: string | null,
): Promise<string[]> {
  const title = POLLING_PLACE_TITLES[input.kind];
  checkHours(input.opensAt, input.closesAt, `${title}投票`);
  const places = await placeRows(tx, vr, electionId);
  const same = places.find((p) => p.id !== selfId && p.name === input.name);
  if (same) throw badRequest(`名称：已有名为“${input.name}”的${POLLING_PLACE_TITLES[same.kind]}`);
  if (input.kind !== 'station') return [];
  const groups = [...new Set(input.groups ?? [])];
  if (groups.length === 0) throw badRequest('服务的村民小组：投票站至少要服务一个村民小组');
  const known = new Set((await listedVoters(tx, vr)).map((v) => v.groupName));
  for (const g of groups) {
    if (!known.has(g)) throw badRequest(`服务的村民小组：选民名单上没有“${g}”`);
    const other = places.find((p) => p.id !== selfId && p.kind === 'station' && p.groups.includes(g));
    if (other) throw badRequest(`服务的村民小组：“${g}”已由${other.name}负责，一个村民小组只设一个投票站`);
  }
  return groups;
}

/** A polling station (投票站, serving 村民小组) or a mobile box (流动票箱, proposed to the township, G-7). */
export async function addPlace(db: Db, actor: Actor, vr: VillageCtx, input: PlaceInput) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const groups = await checkPlace(tx, vr, locked.election.id, input, null);
    const count = (await placeRows(tx, vr, locked.election.id)).filter((p) => p.kind === input.kind).length;
    const [row] = await tx
      .insert(pollingPlaces)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        electionId: locked.election.id,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        kind: input.kind,
        name: input.name,
        place: input.place,
        groups,
        route: input.kind === 'mobile' ? (input.route ?? null) : null,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        approvalStatus: input.kind === 'mobile' ? 'proposed' : null,
        sortOrder: count + 1,
      })
      .returning();
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.place-add',
      entity: 'polling-place',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

/** A mobile box whose voters or route change goes back to the township (G-7: it approved those). */
function reopened(before: PollingPlaceRow): Partial<PollingPlaceRow> {
  if (before.kind !== 'mobile' || before.approvalStatus === 'proposed') return {};
  return { approvalStatus: 'proposed', decidedBy: null, decidedByName: null, decidedAt: null };
}

export async function updatePlace(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  placeId: string,
  input: Omit<PlaceInput, 'kind'>,
) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const before = await placeOf(tx, vr, locked.election.id, placeId);
    if (before.kind === 'central') throw badRequest('中心会场请在“中心会场”一栏修改');
    const groups = await checkPlace(tx, vr, locked.election.id, { ...input, kind: before.kind }, before.id);
    const route = before.kind === 'mobile' ? (input.route ?? null) : null;
    const after = await updatePlaceRow(tx, vr, placeId, {
      name: input.name,
      place: input.place,
      groups,
      route,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      ...(route !== before.route ? reopened(before) : {}),
    });
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.place-update',
      entity: 'polling-place',
      entityId: placeId,
      regionCode: vr.villageCode,
      before,
      after,
    });
    return after;
  });
}

/** Removes a station or box with its staff and box voters (they vote at their group's place again). */
export async function deletePlace(db: Db, actor: Actor, vr: VillageCtx, placeId: string) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const before = await placeOf(tx, vr, locked.election.id, placeId);
    if (before.kind === 'central') throw badRequest('中心会场不能删除');
    const staff = await tx
      .delete(pollingStaff)
      .where(and(eq(pollingStaff.countyCode, vr.countyCode), eq(pollingStaff.placeId, placeId)))
      .returning();
    const boxVoters = await tx
      .delete(pollingBoxVoters)
      .where(and(eq(pollingBoxVoters.countyCode, vr.countyCode), eq(pollingBoxVoters.placeId, placeId)))
      .returning();
    await tx
      .delete(pollingPlaces)
      .where(and(eq(pollingPlaces.countyCode, vr.countyCode), eq(pollingPlaces.id, placeId)));
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.place-delete',
      entity: 'polling-place',
      entityId: placeId,
      regionCode: vr.villageCode,
      before: { ...before, staff, boxVoters: boxVoters.map((b) => b.voterId) },
      after: null,
    });
    return { deleted: placeId };
  });
}

/** The voters who vote at a mobile box (G-7: their list is published); each voter at one box only. */
export async function setBoxVoters(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  placeId: string,
  voterIds: string[],
) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const before = await placeOf(tx, vr, locked.election.id, placeId);
    if (before.kind !== 'mobile') throw badRequest('选民名单：只有流动票箱需要确定使用它投票的选民');
    const wanted = [...new Set(voterIds)];
    const listed = new Map((await listedVoters(tx, vr)).map((v) => [v.id, v]));
    for (const id of wanted) {
      if (!listed.has(id)) throw badRequest(`选民名单：编号为 ${id} 的人员不在本村公布的选民名单上`);
    }
    const existing = await boxVoterRows(tx, vr, locked.election.id);
    const places = new Map((await placeRows(tx, vr, locked.election.id)).map((p) => [p.id, p]));
    for (const b of existing) {
      if (b.placeId !== placeId && wanted.includes(b.voterId)) {
        const who = listed.get(b.voterId)!.name;
        throw badRequest(
          `选民名单：${who}已在${places.get(b.placeId)?.name ?? '另一个流动票箱'}投票，一名选民只能使用一个流动票箱`,
        );
      }
    }
    const had = existing.filter((b) => b.placeId === placeId).map((b) => b.voterId);
    await tx
      .delete(pollingBoxVoters)
      .where(and(eq(pollingBoxVoters.countyCode, vr.countyCode), eq(pollingBoxVoters.placeId, placeId)));
    if (wanted.length > 0) {
      await tx.insert(pollingBoxVoters).values(
        wanted.map((voterId) => ({
          countyCode: vr.countyCode,
          electionId: locked.election.id,
          voterId,
          placeId,
          roundId: vr.round.id,
          villageCode: vr.villageCode,
        })),
      );
    }
    const changed = had.length !== wanted.length || had.some((id) => !wanted.includes(id));
    const after = changed ? await updatePlaceRow(tx, vr, placeId, reopened(before)) : before;
    if (changed) await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.box-voters',
      entity: 'polling-place',
      entityId: placeId,
      regionCode: vr.villageCode,
      before: { voters: had, approvalStatus: before.approvalStatus },
      after: { voters: wanted, approvalStatus: after.approvalStatus },
    });
    return { placeId, voters: wanted.length, approvalStatus: after.approvalStatus };
  });
}

export interface StaffInput {
  placeId: string;
  role: StaffRole;
  voterId: string;
}

/**
 * Names a person to a role at a place. Refused, with the rule, when the person is a candidate or
 * self-nominee or a close relative of one and the role is one E-9 bars; 唱票 and 计票 happen at the
 * central venue (G-9, E-8); 主持人 and 总监票人 are one person each for the whole election.
 */
export async function addStaff(db: Db, actor: Actor, vr: VillageCtx, input: StaffInput) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const place = await placeOf(tx, vr, locked.election.id, input.placeId);
    const title = STAFF_ROLE_TITLES[input.role];
    const person = (await listedVoters(tx, vr)).find((v) => v.id === input.voterId);
    if (!person) throw badRequest(`${title}：编号为 ${input.voterId} 的人员不在本村公布的选民名单上`);
    if (
      (ELECTION_WIDE_ROLES.includes(input.role) || input.role === 'caller' || input.role === 'counter') &&
      place.kind !== 'central'
    ) {
      throw badRequest(
        input.role === 'caller' || input.role === 'counter'
          ? `${title}：所有票箱集中到中心会场统一开箱，唱票、计票在中心会场进行（G-9;E-8）`
          : `${title}：${title}负责整个选举，请安排在中心会场`,
      );
    }
    const staff = await staffRows(tx, vr, locked.election.id);
    if (ELECTION_WIDE_ROLES.includes(input.role)) {
      const holder = staff.find((s) => s.role === input.role);
      if (holder) throw conflict(`${title}：已安排${title}，请先移除再另行安排`);
    }
    if (staff.some((s) => s.placeId === place.id && s.role === input.role && s.voterId === person.id)) {
      throw conflict(`${title}：${person.name}已是${place.name}的${title}`);
    }
    if (RECUSAL_ROLE_OF[input.role] !== null) {
      const nominees = await standingNominees(tx, vr, locked.election.id);
      const kin = await villageKin(tx, vr);
      const [bar] = staffRecusals(
        vr.ruleSet.polling,
        [{ person: { id: person.id, name: person.name }, role: input.role, placeId: place.id }],
        nominees,
        kin,
      );
      if (bar) throw badRequest(`${title}：${bar.reason}（${bar.rule}）`, 'RECUSAL');
    }
    const [row] = await tx
      .insert(pollingStaff)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        electionId: locked.election.id,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        placeId: place.id,
        role: input.role,
        voterId: person.id,
      })
      .returning();
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.staff-add',
      entity: 'polling-staff',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: { ...row, name: person.name, placeName: place.name },
    });
    return row!;
  });
}

export async function removeStaff(db: Db, actor: Actor, vr: VillageCtx, staffId: string) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const [before] = await tx
      .delete(pollingStaff)
      .where(
        and(
          eq(pollingStaff.countyCode, vr.countyCode),
          eq(pollingStaff.electionId, locked.election.id),
          eq(pollingStaff.id, staffId),
        ),
      )
      .returning();
    if (!before) throw notFound(`工作人员安排 ${staffId} 不存在`);
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.staff-remove',
      entity: 'polling-staff',
      entityId: staffId,
      regionCode: vr.villageCode,
      before,
      after: null,
    });
    return { deleted: staffId };
  });
}
