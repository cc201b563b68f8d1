/** Entering and editing one person by hand (audited; eligibility recomputed on every change). */
import { randomUUID } from 'node:crypto';
import { type IsoDate, parseIdCard } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { voters } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { computeEligibility } from './eligibility.js';
import { blankPerson, personKey, type VoterRow, villageDecisions } from './import/commit.js';
import { nameInitials } from './initials.js';
import type { VillageCtx } from './village.js';

/** Every field a clerk may set by hand: the register's columns plus what the committee records. */
export interface PersonInput {
  name: string;
  sex: 'M' | 'F';
  idNumber: string | null;
  birthDate: string | null;
  householdNo: string;
  relationToHead: string | null;
  groupName: string;
  hukouInVillage: boolean;
  livesInVillage: boolean;
  awayTo: string | null;
  phone: string | null;
  ethnicity: string | null;
  politicalStatus: string | null;
  education: string | null;
  note: string | null;
  yearsInVillage: number | null;
  villageWorkYears: number | null;
  declaredOn: string | null;
  appliedOn: string | null;
  approvalDecisionId: string | null;
  deprivedOfPoliticalRights: boolean;
  lostCapacity: boolean;
  unreachable: boolean;
  extraCategory: string | null;
}

/** A stored person as the input that would store them again (to change one field and keep the rest). */
export function personInputOf(
  v: Omit<VoterRow, 'id' | 'countyCode' | 'roundId' | 'villageCode'>,
): PersonInput {
  return {
    name: v.name,
    sex: v.sex,
    idNumber: v.idNumber,
    birthDate: v.birthDate,
    householdNo: v.householdNo,
    relationToHead: v.relationToHead,
    groupName: v.groupName,
    hukouInVillage: v.hukouInVillage,
    livesInVillage: v.livesInVillage,
    awayTo: v.awayTo,
    phone: v.phone,
    ethnicity: v.ethnicity,
    politicalStatus: v.politicalStatus,
    education: v.education,
    note: v.note,
    yearsInVillage: v.yearsInVillage,
    villageWorkYears: v.villageWorkYears,
    declaredOn: v.declaredOn,
    appliedOn: v.appliedOn,
    approvalDecisionId: v.approvalDecisionId,
    deprivedOfPoliticalRights: v.deprivedOfPoliticalRights,
    lostCapacity: v.lostCapacity,
    unreachable: v.unreachable,
    extraCategory: v.extraCategory,
  };
}

/** ID number, sex and birth date checked together, as the import does. */
function checkIdentity(input: PersonInput, today: IsoDate): { idNumber: string | null; birthDate: string } {
  if (input.idNumber) {
    const parsed = parseIdCard(input.idNumber.trim(), today);
    if (!parsed.ok) throw badRequest(parsed.error.map((v) => v.reason).join('；'));
    const { number, sex, birthDate } = parsed.value;
    if (sex !== input.sex) throw badRequest(`性别与公民身份号码不符（号码为${sex === 'M' ? '男' : '女'}性）`);
    if (input.birthDate && input.birthDate !== birthDate)
      throw badRequest(`出生日期${input.birthDate}与公民身份号码不符（号码为${birthDate}）`);
    return { idNumber: number, birthDate };
  }
  if (!input.birthDate) throw badRequest('无公民身份号码时，出生日期必须填写');
  if (input.birthDate > today) throw badRequest(`出生日期${input.birthDate}晚于今天`);
  return { idNumber: null, birthDate: input.birthDate };
}

export async function getVoter(db: Tx, ctx: VillageCtx, id: string): Promise<VoterRow> {
  const [row] = await db
    .select()
    .from(voters)
    .where(
      and(
        eq(voters.countyCode, ctx.countyCode),
        eq(voters.id, id),
        eq(voters.roundId, ctx.round.id),
        eq(voters.villageCode, ctx.villageCode),
      ),
    );
  if (!row) throw notFound(`本村选民登记中没有编号为 ${id} 的人`);
  return row;
}

async function derive(tx: Tx, ctx: VillageCtx, input: PersonInput, today: IsoDate) {
  const identity = checkIdentity(input, today);
  const merged = { ...input, ...identity };
  const decisions = await villageDecisions(tx, ctx);
  if (merged.approvalDecisionId && !decisions.has(merged.approvalDecisionId))
    throw badRequest(`同意决定 ${merged.approvalDecisionId} 不是本村记录的决定`);
  const decision = merged.approvalDecisionId ? (decisions.get(merged.approvalDecisionId) ?? null) : null;
  return {
    ...merged,
    nameInitials: nameInitials(merged.name),
    ...computeEligibility(ctx.ruleSet.registration, merged, ctx.electionDay, decision),
  };
}

async function refuseDuplicate(
  tx: Tx,
  ctx: VillageCtx,
  row: { idNumber: string | null; name: string; birthDate: string; householdNo: string },
  selfId: string | null,
) {
  const rows = await tx
    .select({
      id: voters.id,
      idNumber: voters.idNumber,
      name: voters.name,
      birthDate: voters.birthDate,
      householdNo: voters.householdNo,
    })
    .from(voters)
    .where(
      and(
        eq(voters.countyCode, ctx.countyCode),
        eq(voters.roundId, ctx.round.id),
        eq(voters.villageCode, ctx.villageCode),
        row.idNumber ? eq(voters.idNumber, row.idNumber) : eq(voters.name, row.name),
      ),
    );
  const key = personKey(row);
  if (rows.some((r) => r.id !== selfId && personKey(r) === key))
    throw conflict(row.idNumber ? '本村已登记该公民身份号码的人' : '本村已登记姓名、出生日期和户号相同的人');
}

export async function createVoter(db: Db, actor: Actor, ctx: VillageCtx, input: PersonInput, today: IsoDate) {
  return db.transaction(async (tx) => {
    const fields = await derive(tx, ctx, input, today);
    await refuseDuplicate(tx, ctx, fields, null);
    const [row] = await tx
      .insert(voters)
      .values({
        ...blankPerson(),
        ...fields,
        countyCode: ctx.countyCode,
        id: randomUUID(),
        roundId: ctx.round.id,
        villageCode: ctx.villageCode,
      })
      .returning();
    if (!row) throw new Error('insert failed');
    await appendAudit(tx, {
      actor,
      action: 'voter.create',
      entity: 'voter',
      entityId: row.id,
      regionCode: ctx.villageCode,
      before: null,
      after: row,
    });
    return row;
  });
}

export async function updateVoter(
  db: Db,
  actor: Actor,
  ctx: VillageCtx,
  id: string,
  input: PersonInput,
  today: IsoDate,
) {
  return db.transaction(async (tx) => {
    const old = await getVoter(tx, ctx, id);
    const fields = await derive(tx, ctx, input, today);
    await refuseDuplicate(tx, ctx, fields, id);
    const [row] = await tx
      .update(voters)
      .set({ ...fields, updatedAt: new Date().toISOString() })
      .where(and(eq(voters.countyCode, ctx.countyCode), eq(voters.id, id)))
      .returning();
    if (!row) throw new Error('update failed');
    await appendAudit(tx, {
      actor,
      action: 'voter.update',
      entity: 'voter',
      entityId: id,
      regionCode: ctx.villageCode,
      before: old,
      after: row,
    });
    return row;
  });
}
