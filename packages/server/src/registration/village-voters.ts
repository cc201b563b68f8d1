/** Reading people of one village's register in one round, for objections, proxies and representatives. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { voters } from '../db/schema.js';
import { badRequest } from '../http/errors.js';
import type { VillageCtx } from './village.js';

export type VoterRow = typeof voters.$inferSelect;

/** On the published list: listed at publication, or added since (补登). */
export const ON_LIST_STATUSES = ['listed', 'added'] as const;

export function isOnList(v: Pick<VoterRow, 'listStatus'>): boolean {
  return (ON_LIST_STATUSES as readonly string[]).includes(v.listStatus);
}

function inVillage(vr: VillageCtx) {
  return and(
    eq(voters.countyCode, vr.countyCode),
    eq(voters.roundId, vr.round.id),
    eq(voters.villageCode, vr.villageCode),
  );
}

export async function findVoter(db: Tx, vr: VillageCtx, id: string): Promise<VoterRow | null> {
  const [row] = await db
    .select()
    .from(voters)
    .where(and(inVillage(vr), eq(voters.id, id)));
  return row ?? null;
}

export async function findVoterByIdNumber(
  db: Tx,
  vr: VillageCtx,
  idNumber: string,
): Promise<VoterRow | null> {
  const [row] = await db
    .select()
    .from(voters)
    .where(and(inVillage(vr), eq(voters.idNumber, idNumber.toUpperCase())));
  return row ?? null;
}

/** A person the request names by id: refused with the field's name when not in this village's register. */
export async function requireVoter(db: Tx, vr: VillageCtx, id: string, field: string): Promise<VoterRow> {
  const row = await findVoter(db, vr, id);
  if (!row) throw badRequest(`${field}：本村登记册中没有编号为 ${id} 的人员`);
  return row;
}

export async function votersByIds(db: Tx, vr: VillageCtx, ids: readonly string[]): Promise<VoterRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(voters)
    .where(and(inVillage(vr), inArray(voters.id, [...new Set(ids)])));
}

export async function villageVoters(db: Tx, vr: VillageCtx): Promise<VoterRow[]> {
  return db.select().from(voters).where(inVillage(vr));
}
