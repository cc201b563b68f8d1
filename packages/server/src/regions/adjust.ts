/**
 * 规模调整村: a county office adds, renames, merges or splits villages. The old rows stay
 * (status merged/split, with the date they ended) so every earlier round still resolves,
 * and each change is recorded in region_changes and the audit trail.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { regionChanges, regions } from '../db/schema.js';
import { badRequest, conflict } from '../http/errors.js';
import { getRegion, type RegionRow } from './queries.js';

export interface NewVillage {
  code: string;
  name: string;
  kind: 'village' | 'community';
}

const VILLAGE_CODE = /^\d{12}$/;

async function assertFreeVillageCode(tx: Tx, townshipCode: string, v: NewVillage): Promise<void> {
  if (!VILLAGE_CODE.test(v.code)) throw badRequest(`区划代码 ${v.code} 应为 12 位数字`);
  if (!v.code.startsWith(townshipCode)) {
    throw badRequest(`区划代码 ${v.code} 应以所属乡镇代码 ${townshipCode} 开头`);
  }
  const [existing] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, v.code));
  if (existing) throw conflict(`区划代码 ${v.code} 已被使用`);
}

async function insertVillage(tx: Tx, actor: Actor, township: RegionRow, v: NewVillage): Promise<RegionRow> {
  await assertFreeVillageCode(tx, township.code, v);
  const [row] = await tx
    .insert(regions)
    .values({
      code: v.code,
      name: v.name,
      level: 'village',
      kind: v.kind,
      parentCode: township.code,
      countyCode: township.code.slice(0, 6),
      source: 'adjustment',
    })
    .returning();
  if (!row) throw new Error('insert failed');
  await appendAudit(tx, {
    actor,
    action: 'region.create',
    entity: 'region',
    entityId: row.code,
    regionCode: row.code,
    before: null,
    after: row,
  });
  return row;
}

async function endVillage(tx: Tx, actor: Actor, v: RegionRow, status: 'merged' | 'split', on: string) {
  const [after] = await tx
    .update(regions)
    .set({ status, endedOn: on })
    .where(eq(regions.code, v.code))
    .returning();
  await appendAudit(tx, {
    actor,
    action: `region.${status === 'merged' ? 'merge' : 'split'}`,
    entity: 'region',
    entityId: v.code,
    regionCode: v.code,
    before: v,
    after,
  });
}

async function recordChange(
  tx: Tx,
  actor: Actor,
  countyCode: string,
  kind: 'add' | 'rename' | 'merge' | 'split',
  codes: string[],
  reason: string,
  effectiveDate: string,
  details: object,
) {
  await tx.insert(regionChanges).values({
    countyCode,
    id: randomUUID(),
    kind,
    effectiveDate,
    reason,
    regionCodes: codes,
    details,
    actorId: actor.id,
    actorName: actor.name,
  });
}

async function activeVillage(tx: Tx, code: string): Promise<RegionRow> {
  const v = await getRegion(tx, code);
  if (v.level !== 'village') throw badRequest(`${v.name}（${code}）不是村或社区`);
  if (v.status !== 'active') throw conflict(`${v.name}（${code}）已撤并，不能再调整`);
  return v;
}

export async function addVillage(
  db: Db,
  actor: Actor,
  townshipCode: string,
  v: NewVillage & { reason: string; effectiveDate: string },
): Promise<RegionRow> {
  return db.transaction(async (tx) => {
    const township = await getRegion(tx, townshipCode);
    if (township.level !== 'township')
      throw badRequest(`${township.name} 不是乡镇（街道），不能在其下增设村`);
    const row = await insertVillage(tx, actor, township, v);
    await recordChange(
      tx,
      actor,
      row.countyCode!,
      'add',
      [row.code, township.code],
      v.reason,
      v.effectiveDate,
      {
        added: { code: row.code, name: row.name, kind: row.kind },
      },
    );
    return row;
  });
}

export async function renameVillage(
  db: Db,
  actor: Actor,
  code: string,
  name: string,
  reason: string,
  effectiveDate: string,
): Promise<RegionRow> {
  return db.transaction(async (tx) => {
    const before = await activeVillage(tx, code);
    if (before.name === name) throw badRequest('新名称与原名称相同');
    const [after] = await tx.update(regions).set({ name }).where(eq(regions.code, code)).returning();
    await appendAudit(tx, {
      actor,
      action: 'region.rename',
      entity: 'region',
      entityId: code,
      regionCode: code,
      before,
      after,
    });
    await recordChange(tx, actor, before.countyCode!, 'rename', [code], reason, effectiveDate, {
      from: before.name,
      to: name,
    });
    return after!;
  });
}

export type MergeTarget = { code: string; name: string } | { existingCode: string };

export async function mergeVillages(
  db: Db,
  actor: Actor,
  input: { fromCodes: string[]; into: MergeTarget; reason: string; effectiveDate: string },
): Promise<RegionRow> {
  return db.transaction(async (tx) => {
    const codes = [...new Set(input.fromCodes)];
    if (codes.length < 2 && !('code' in input.into)) throw badRequest('合并至少需要两个村');
    const villages = await Promise.all(codes.map((c) => activeVillage(tx, c)));
    const county = villages[0]!.countyCode!;
    if (villages.some((v) => v.countyCode !== county)) throw badRequest('只能合并同一县（市、区）内的村');
    let target: RegionRow;
    if ('existingCode' in input.into) {
      const keep = input.into.existingCode;
      if (!codes.includes(keep)) throw badRequest(`并入的村 ${keep} 应是被合并的村之一`);
      target = villages.find((v) => v.code === keep)!;
    } else {
      const township = await getRegion(tx, villages[0]!.parentCode!);
      target = await insertVillage(tx, actor, township, {
        code: input.into.code,
        name: input.into.name,
        kind: villages[0]!.kind ?? 'village',
      });
    }
    for (const v of villages)
      if (v.code !== target.code) await endVillage(tx, actor, v, 'merged', input.effectiveDate);
    await recordChange(
      tx,
      actor,
      county,
      'merge',
      [...codes, target.code],
      input.reason,
      input.effectiveDate,
      {
        from: villages.map((v) => ({ code: v.code, name: v.name })),
        into: { code: target.code, name: target.name },
      },
    );
    return target;
  });
}

export async function splitVillage(
  db: Db,
  actor: Actor,
  code: string,
  input: { into: { code: string; name: string }[]; reason: string; effectiveDate: string },
): Promise<RegionRow[]> {
  return db.transaction(async (tx) => {
    const v = await activeVillage(tx, code);
    if (input.into.length < 2) throw badRequest('拆分至少应产生两个村');
    const township = await getRegion(tx, v.parentCode!);
    const created: RegionRow[] = [];
    for (const n of input.into)
      created.push(await insertVillage(tx, actor, township, { ...n, kind: v.kind ?? 'village' }));
    await endVillage(tx, actor, v, 'split', input.effectiveDate);
    await recordChange(
      tx,
      actor,
      v.countyCode!,
      'split',
      [code, ...created.map((c) => c.code)],
      input.reason,
      input.effectiveDate,
      {
        from: { code: v.code, name: v.name },
        into: created.map((c) => ({ code: c.code, name: c.name })),
      },
    );
    return created;
  });
}
