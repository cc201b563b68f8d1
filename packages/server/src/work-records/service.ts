/**
 * Work an office records for the summary report's 主要做法 (seed-requirements §9.3): training sessions
 * and the people trained, publicity items, risk meetings, inspections, talks. Each record belongs to a
 * region (a township, the county, or a village) of the round; an area's sums are the sums of the records
 * of every region under it, so a county's total is its townships' totals plus its own.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, eq, like } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { WORK_KINDS, workRecords } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import type { RoundRow } from '../rounds/service.js';

export type WorkKind = (typeof WORK_KINDS)[number];
export type WorkRecordRow = typeof workRecords.$inferSelect;

/** What each kind counts: its name, what `quantity` and `people` mean (期/份/次, 人次). */
export const WORK_KIND_INFO: Record<WorkKind, { title: string; quantity: string; people: string }> = {
  training: { title: '培训', quantity: '期', people: '人次' },
  publicity: { title: '宣传', quantity: '份', people: '人次' },
  meeting: { title: '风险研判会议', quantity: '次', people: '人次' },
  inspection: { title: '督导检查', quantity: '次', people: '人次' },
  talk: { title: '谈心谈话', quantity: '次', people: '人' },
};

export interface WorkSums {
  kind: WorkKind;
  title: string;
  records: number;
  quantity: number;
  people: number;
}

export interface WorkInput {
  kind: WorkKind;
  title: string;
  heldOn: IsoDate;
  quantity: number;
  people: number;
  note: string | null;
}

/** Sums per kind, every kind present (zeros included), in WORK_KINDS order. */
export function sumWork(rows: readonly Pick<WorkRecordRow, 'kind' | 'quantity' | 'people'>[]): WorkSums[] {
  return WORK_KINDS.map((kind) => {
    const own = rows.filter((r) => r.kind === kind);
    return {
      kind,
      title: WORK_KIND_INFO[kind].title,
      records: own.length,
      quantity: own.reduce((s, r) => s + r.quantity, 0),
      people: own.reduce((s, r) => s + r.people, 0),
    };
  });
}

/** The records of every region under `areaCode`, newest first, and their sums per kind. */
export async function workRecordsOf(db: Tx, round: RoundRow, areaCode: string) {
  const rows = await db
    .select()
    .from(workRecords)
    .where(
      and(
        eq(workRecords.countyCode, round.countyCode),
        eq(workRecords.roundId, round.id),
        like(workRecords.regionCode, `${areaCode}%`),
      ),
    );
  rows.sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt));
  return { records: rows, sums: sumWork(rows) };
}

export async function addWorkRecord(
  db: Db,
  actor: Actor,
  round: RoundRow,
  regionCode: string,
  input: WorkInput,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workRecords)
      .values({
        countyCode: round.countyCode,
        id: randomUUID(),
        roundId: round.id,
        regionCode,
        ...input,
        createdBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'work-record.add',
      entity: 'work-record',
      entityId: row!.id,
      regionCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

async function lockRecord(tx: Tx, round: RoundRow, regionCode: string, id: string): Promise<WorkRecordRow> {
  const [row] = await tx
    .select()
    .from(workRecords)
    .where(
      and(
        eq(workRecords.countyCode, round.countyCode),
        eq(workRecords.id, id),
        eq(workRecords.roundId, round.id),
        eq(workRecords.regionCode, regionCode),
      ),
    )
    .for('update');
  if (!row) throw notFound('没有这条工作记录');
  return row;
}

export async function updateWorkRecord(
  db: Db,
  actor: Actor,
  round: RoundRow,
  regionCode: string,
  id: string,
  input: WorkInput,
) {
  return db.transaction(async (tx) => {
    const before = await lockRecord(tx, round, regionCode, id);
    const [after] = await tx
      .update(workRecords)
      .set(input)
      .where(and(eq(workRecords.countyCode, round.countyCode), eq(workRecords.id, id)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'work-record.update',
      entity: 'work-record',
      entityId: id,
      regionCode,
      before,
      after,
    });
    return after!;
  });
}

export async function deleteWorkRecord(
  db: Db,
  actor: Actor,
  round: RoundRow,
  regionCode: string,
  id: string,
) {
  return db.transaction(async (tx) => {
    const before = await lockRecord(tx, round, regionCode, id);
    await tx
      .delete(workRecords)
      .where(and(eq(workRecords.countyCode, round.countyCode), eq(workRecords.id, id)));
    await appendAudit(tx, {
      actor,
      action: 'work-record.delete',
      entity: 'work-record',
      entityId: id,
      regionCode,
      before,
      after: null,
    });
  });
}
