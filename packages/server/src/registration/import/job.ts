/**
 * The job row of an import (voter_imports): created when the file arrives, written as the import
 * goes (the web app polls it for the progress bar), finished as committed or failed. A job whose
 * process stopped mid-way is found by its stale updated_at and failed, its staged rows removed.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { type Actor, SYSTEM_ACTOR } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { voterImportRows, voterImports } from '../../db/schema.js';
import type { VillageCtx } from '../village.js';

export type ImportJob = typeof voterImports.$inferSelect;

export interface Rejection {
  row: number;
  reasons: string[];
  /** the row as read, so the rejected-rows sheet can be given back with a 错误原因 column */
  cells: string[];
}

/** Share of the bar for reading (and staging) the rows; the commit has the rest. Measured on PGlite. */
export const READ_SHARE = 70;

/** A running job not written for this long was abandoned: progress is written every few seconds. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export function jobKey(job: Pick<ImportJob, 'countyCode' | 'id'>) {
  return and(eq(voterImports.countyCode, job.countyCode), eq(voterImports.id, job.id));
}

export async function createImportJob(
  db: Db,
  ctx: VillageCtx,
  actor: Actor,
  fileName: string,
): Promise<ImportJob> {
  await sweepAbandonedImports(db);
  const [job] = await db
    .insert(voterImports)
    .values({
      countyCode: ctx.countyCode,
      id: randomUUID(),
      roundId: ctx.round.id,
      villageCode: ctx.villageCode,
      fileName,
      createdBy: actor.id,
    })
    .returning();
  if (!job) throw new Error('insert failed');
  return job;
}

/** While reading: rows read so far out of those expected (null until the file tells). */
export async function reportReading(
  db: Db,
  job: ImportJob,
  p: { rowsRead: number; rowsExpected: number | null; rejected: number },
): Promise<void> {
  const total = Math.max(p.rowsExpected ?? 0, p.rowsRead);
  const progress = total > 0 ? Math.min(READ_SHARE - 1, Math.floor((READ_SHARE * p.rowsRead) / total)) : 0;
  await db
    .update(voterImports)
    .set({
      phase: 'reading',
      rowsRead: p.rowsRead,
      rowsTotal: total,
      rejected: p.rejected,
      progress,
      updatedAt: new Date().toISOString(),
    })
    .where(jobKey(job));
}

export async function reportCommitting(db: Db, job: ImportJob, rowsTotal: number, rejected: number) {
  await db
    .update(voterImports)
    .set({
      phase: 'committing',
      rowsRead: rowsTotal,
      rowsTotal,
      rejected,
      progress: READ_SHARE,
      updatedAt: new Date().toISOString(),
    })
    .where(jobKey(job));
}

/** Locks the job row for the commit; false when it is no longer running (a sweep failed it meanwhile). */
export async function lockRunning(tx: Tx, job: ImportJob): Promise<boolean> {
  const [row] = await tx
    .select({ status: voterImports.status })
    .from(voterImports)
    .where(jobKey(job))
    .for('update');
  return row?.status === 'running';
}

export async function finishCommitted(
  tx: Tx,
  job: ImportJob,
  stored: { rowsTotal: number; imported: number; updated: number; rejected: number },
  rejections: readonly Rejection[],
) {
  const now = new Date().toISOString();
  await tx
    .update(voterImports)
    .set({
      ...stored,
      rowsRead: stored.rowsTotal,
      status: 'committed',
      phase: 'done',
      progress: 100,
      rejections: rejections.map(({ row, reasons, cells }) => ({ row, reasons, cells })),
      updatedAt: now,
      finishedAt: now,
    })
    .where(jobKey(job));
}

/** Fails the job: nothing was written to voters; its staged rows go too. */
export async function finishFailed(
  db: Db,
  ctx: Pick<VillageCtx, 'villageCode'>,
  actor: Actor,
  job: ImportJob,
  read: { total: number; rejections: readonly Rejection[] },
  message: string,
) {
  await db.transaction((tx) => failJob(tx, ctx.villageCode, actor, job, read, message));
}

/**
 * `stillAbandoned`: only if the job is still running and unwritten since then (a sweep must not
 * fail a job that finished, or wrote progress, meanwhile). False when the job was left alone.
 */
async function failJob(
  tx: Tx,
  villageCode: string,
  actor: Actor,
  job: ImportJob,
  read: { total: number; rejections: readonly Rejection[] },
  message: string,
  stillAbandoned?: string,
): Promise<boolean> {
  const now = new Date().toISOString();
  const failed = await tx
    .update(voterImports)
    .set({
      status: 'failed',
      phase: 'done',
      progress: 100,
      rowsTotal: read.total,
      rowsRead: read.total,
      imported: 0,
      updated: 0,
      rejected: read.rejections.length,
      // row 0 carries a message about the whole file
      rejections: [{ row: 0, reasons: [message], cells: [] }, ...read.rejections],
      updatedAt: now,
      finishedAt: now,
    })
    .where(
      and(
        jobKey(job),
        stillAbandoned === undefined
          ? undefined
          : and(eq(voterImports.status, 'running'), lt(voterImports.updatedAt, stillAbandoned)),
      ),
    )
    .returning({ id: voterImports.id });
  if (failed.length === 0) return false;
  await tx
    .delete(voterImportRows)
    .where(and(eq(voterImportRows.countyCode, job.countyCode), eq(voterImportRows.importId, job.id)));
  await appendAudit(tx, {
    actor,
    action: 'voter.import-failed',
    entity: 'voter-import',
    entityId: job.id,
    regionCode: villageCode,
    before: null,
    after: { fileName: job.fileName, rowsTotal: read.total, rejected: read.rejections.length, message },
  });
  return true;
}

/**
 * Fails jobs left running by a process that stopped (a restart, a crash) and removes their staged
 * rows, and any staged rows whose job is no longer running. Cheap when there is nothing to do.
 */
export async function sweepAbandonedImports(db: Db, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString();
  const stale = await db
    .select()
    .from(voterImports)
    .where(and(eq(voterImports.status, 'running'), lt(voterImports.updatedAt, cutoff)));
  let failed = 0;
  for (const job of stale) {
    const done = await db.transaction((tx) =>
      failJob(
        tx,
        job.villageCode,
        SYSTEM_ACTOR,
        job,
        { total: job.rowsRead, rejections: [] },
        '导入中断（服务器重启或进程退出），未写入任何数据；请重新导入',
        cutoff,
      ),
    );
    if (done) failed++;
  }
  await db.execute(sql`
    delete from voter_import_rows s where not exists (
      select 1 from voter_imports j
      where j.county_code = s.county_code and j.id = s.import_id and j.status = 'running')`);
  return failed;
}
