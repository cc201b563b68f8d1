/**
 * Village representatives (村民代表): who was chosen, by which unit, on what day and with how many
 * votes; removing an entry made in error; and the list with the rule checks.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { representatives } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../village.js';
import { requireVoter, villageVoters, votersByIds } from '../village-voters.js';
import { type CommitteeSeats, type RepresentativesCheck, representativesCheck } from './check.js';
import { registerUnits } from './households.js';

export type RepresentativeRow = typeof representatives.$inferSelect;

export interface RepresentativeInput {
  voterId: string;
  unitKind: 'households' | 'group';
  /** for a household unit: the 户号 it covers */
  householdNos?: readonly string[] | undefined;
  /** for a group unit: the 村民小组 */
  groupName?: string | null | undefined;
  unitLabel?: string | null | undefined;
  chosenOn: IsoDate;
  votes?: number | null | undefined;
}

export async function householdsOf(db: Tx, vr: VillageCtx) {
  return registerUnits(await villageVoters(db, vr));
}

function unitOf(input: RepresentativeInput, units: ReturnType<typeof registerUnits>) {
  if (input.unitKind === 'group') {
    const group = input.groupName?.trim();
    if (!group) throw badRequest('村民小组：按村民小组推选的，请填写村民小组');
    if (!units.groups.some((g) => g.groupName === group))
      throw badRequest(`村民小组：登记册中没有「${group}」`);
    return { unitLabel: input.unitLabel?.trim() || group, householdNos: [] as string[] };
  }
  const nos = [...new Set(input.householdNos ?? [])];
  if (nos.length === 0) throw badRequest('户号：按户推选的，请填写推选单位包括的户号');
  const known = new Set(units.households.map((h) => h.householdNo));
  const unknown = nos.filter((n) => !known.has(n));
  if (unknown.length > 0) throw badRequest(`户号：登记册中没有户号 ${unknown.join('、')}`);
  return { unitLabel: input.unitLabel?.trim() || `户号${nos[0]}等${nos.length}户`, householdNos: nos };
}

export async function recordRepresentative(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: RepresentativeInput,
  today: IsoDate,
): Promise<RepresentativeRow> {
  if (input.chosenOn > today) throw badRequest(`推选日期：${input.chosenOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const voter = await requireVoter(tx, vr, input.voterId, '村民代表');
    if (voter.listStatus === 'removed') throw badRequest(`村民代表：${voter.name}已从选民名单除名`);
    const unit = unitOf(input, await householdsOf(tx, vr));
    const existing = await listRows(tx, vr);
    if (existing.some((r) => r.voterId === voter.id))
      throw conflict(`村民代表：${voter.name}已记录为村民代表`);
    const [row] = await tx
      .insert(representatives)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        voterId: voter.id,
        unitKind: input.unitKind,
        ...unit,
        chosenOn: input.chosenOn,
        votes: input.votes ?? null,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'representative.record',
      entity: 'representative',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: { ...row, name: voter.name },
    });
    return row!;
  });
}

export async function removeRepresentative(db: Db, actor: Actor, vr: VillageCtx, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(representatives)
      .where(
        and(
          eq(representatives.countyCode, vr.countyCode),
          eq(representatives.id, id),
          eq(representatives.roundId, vr.round.id),
          eq(representatives.villageCode, vr.villageCode),
        ),
      )
      .for('update');
    if (!before) throw notFound(`村民代表记录 ${id} 不存在`);
    await tx
      .delete(representatives)
      .where(and(eq(representatives.countyCode, vr.countyCode), eq(representatives.id, id)));
    await appendAudit(tx, {
      actor,
      action: 'representative.remove',
      entity: 'representative',
      entityId: id,
      regionCode: vr.villageCode,
      before,
      after: { removed: true, reason },
    });
  });
}

async function listRows(db: Tx, vr: VillageCtx): Promise<RepresentativeRow[]> {
  return db
    .select()
    .from(representatives)
    .where(
      and(
        eq(representatives.countyCode, vr.countyCode),
        eq(representatives.roundId, vr.round.id),
        eq(representatives.villageCode, vr.villageCode),
      ),
    )
    .orderBy(asc(representatives.chosenOn), asc(representatives.createdAt));
}

export interface RepresentativeItem extends RepresentativeRow {
  name: string;
  sex: 'M' | 'F';
  householdNo: string;
  groupName: string;
}

export async function listRepresentatives(
  db: Tx,
  vr: VillageCtx,
  committee: CommitteeSeats,
): Promise<{ items: RepresentativeItem[]; check: RepresentativesCheck }> {
  const rows = await listRows(db, vr);
  const people = new Map(
    (
      await votersByIds(
        db,
        vr,
        rows.map((r) => r.voterId),
      )
    ).map((v) => [v.id, v]),
  );
  const items = rows.flatMap((r) => {
    const v = people.get(r.voterId);
    return v ? [{ ...r, name: v.name, sex: v.sex, householdNo: v.householdNo, groupName: v.groupName }] : [];
  });
  const units = await householdsOf(db, vr);
  const check = representativesCheck(
    vr.ruleSet.representatives,
    items.map((i) => ({ ...i, id: i.voterId })),
    { population: units.population, households: units.households.length },
    committee,
  );
  return { items, check };
}
