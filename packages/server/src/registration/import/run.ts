/**
 * One import of the household register: read and check every row (progress written to the
 * job row every PROGRESS_EVERY rows, so the web app can poll it), then commit in ONE
 * transaction with batched upserts.
 *
 * All-or-nothing: when any row is rejected nothing is written unless the caller passes
 * `commitValid: true`, which commits the accepted rows (still in one transaction) and
 * keeps the rejected ones listed for correction and a second import.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { voterImports } from '../../db/schema.js';
import { registeredTwice, type TwiceHit } from '../twice.js';
import type { VillageCtx } from '../village.js';
import { checkRow, type RegisterFacts } from './check-row.js';
import { commitRows } from './commit.js';
import { readSheet, type Source } from './read-sheet.js';

const PROGRESS_EVERY = 2000;

export interface Rejection {
  row: number;
  reasons: string[];
  /** the row as read, so the rejected-rows sheet can be given back with a 错误原因 column */
  cells: string[];
}

export interface AcceptedRow {
  row: number;
  facts: RegisterFacts;
}

export interface ImportResult {
  id: string;
  status: 'committed' | 'failed';
  rowsTotal: number;
  imported: number;
  updated: number;
  rejected: number;
  rejections: Rejection[];
  registeredTwice: TwiceHit[];
  /** why nothing was written, when status is failed */
  message: string | null;
}

export type ImportJob = typeof voterImports.$inferSelect;

export async function createImportJob(
  db: Db,
  ctx: VillageCtx,
  actor: Actor,
  fileName: string,
): Promise<ImportJob> {
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

function jobKey(job: ImportJob) {
  return and(eq(voterImports.countyCode, job.countyCode), eq(voterImports.id, job.id));
}

/** Reads and checks the file; duplicates within it are refused on both rows. */
async function readAndCheck(db: Db, job: ImportJob, source: Source, today: IsoDate) {
  const accepted: (AcceptedRow & { cells: string[] })[] = [];
  const rejections: Rejection[] = [];
  const byKey = new Map<string, number>();
  const duplicateOf = new Map<number, number[]>(); // index in accepted → rows repeating it
  let total = 0;
  for await (const { row, cells } of readSheet(source, job.fileName)) {
    total++;
    const checked = checkRow(cells, today);
    if (!checked.ok) rejections.push({ row, reasons: checked.reasons, cells });
    else {
      const f = checked.facts;
      const key = f.idNumber ?? `${f.name}|${f.birthDate}|${f.householdNo}`;
      const first = byKey.get(key);
      if (first === undefined) {
        byKey.set(key, accepted.length);
        accepted.push({ row, facts: f, cells });
      } else {
        const what = f.idNumber ? '公民身份号码' : '姓名、出生日期和户号';
        rejections.push({ row, reasons: [`与第${accepted[first]!.row}行${what}重复`], cells });
        duplicateOf.set(first, [...(duplicateOf.get(first) ?? []), row]);
      }
    }
    if (total % PROGRESS_EVERY === 0)
      await db.update(voterImports).set({ rowsTotal: total, rejected: rejections.length }).where(jobKey(job));
  }
  // The first of each repeated pair is refused too: which of the two is right is for the clerk to say.
  for (const [i, rows] of duplicateOf) {
    const a = accepted[i]!;
    const what = a.facts.idNumber ? '公民身份号码' : '姓名、出生日期和户号';
    rejections.push({ row: a.row, reasons: [`与第${rows.join('、')}行${what}重复`], cells: a.cells });
  }
  rejections.sort((x, y) => x.row - y.row);
  const kept = accepted.filter((_, i) => !duplicateOf.has(i));
  return { total, accepted: kept, rejections };
}

export async function runImport(
  db: Db,
  ctx: VillageCtx,
  actor: Actor,
  job: ImportJob,
  source: Source,
  opts: { commitValid?: boolean; today: IsoDate },
): Promise<ImportResult> {
  const base = { id: job.id, registeredTwice: [] as TwiceHit[] };
  let read: Awaited<ReturnType<typeof readAndCheck>>;
  try {
    read = await readAndCheck(db, job, source, opts.today);
  } catch (e) {
    await finishFailed(db, ctx, actor, job, { total: 0, rejections: [] }, (e as Error).message);
    throw e;
  }
  const { total, accepted, rejections } = read;
  if (rejections.length > 0 && !opts.commitValid) {
    const message = `有${rejections.length}行未通过检查，未导入任何数据；请改正后重新导入`;
    await finishFailed(db, ctx, actor, job, { total, rejections }, message);
    return {
      ...base,
      status: 'failed',
      rowsTotal: total,
      imported: 0,
      updated: 0,
      rejected: rejections.length,
      rejections,
      message,
    };
  }
  try {
    const counts = await db.transaction(async (tx) => {
      const c = await commitRows(tx, ctx, accepted);
      const stored = {
        rowsTotal: total,
        imported: c.imported,
        updated: c.updated,
        rejected: rejections.length,
      };
      await appendAudit(tx, {
        actor,
        action: 'voter.import',
        entity: 'voter-import',
        entityId: job.id,
        regionCode: ctx.villageCode,
        before: c.changes.length > 0 ? { changed: c.changes.map((x) => ({ id: x.id, ...x.before })) } : null,
        after: {
          fileName: job.fileName,
          roundId: ctx.round.id,
          ...stored,
          rejectedRows: rejections.map((r) => r.row),
          changed: c.changes.map((x) => ({ id: x.id, ...x.after })),
        },
      });
      await tx
        .update(voterImports)
        .set({
          ...stored,
          status: 'committed',
          rejections: rejections.map(({ row, reasons, cells }) => ({ row, reasons, cells })),
          finishedAt: new Date().toISOString(),
        })
        .where(jobKey(job));
      return c;
    });
    // fresh statistics: without them the planner joins a freshly filled table the slow way
    // (PGlite has no autovacuum; a 10,000-row import took the A-3 check from 0.1 s to 26 s)
    await db.execute(sql`analyze voters`);
    const twice = await registeredTwice(db, {
      kind: 'village',
      countyCode: ctx.countyCode,
      roundId: ctx.round.id,
      villageCode: ctx.villageCode,
    });
    return {
      ...base,
      status: 'committed',
      rowsTotal: total,
      imported: counts.imported,
      updated: counts.updated,
      rejected: rejections.length,
      rejections,
      registeredTwice: twice,
      message: null,
    };
  } catch (e) {
    await finishFailed(
      db,
      ctx,
      actor,
      job,
      { total, rejections },
      `导入失败，未写入任何数据：${(e as Error).message}`,
    );
    throw e;
  }
}

async function finishFailed(
  db: Db,
  ctx: VillageCtx,
  actor: Actor,
  job: ImportJob,
  read: { total: number; rejections: Rejection[] },
  message: string,
) {
  await db.transaction(async (tx) => {
    await tx
      .update(voterImports)
      .set({
        status: 'failed',
        rowsTotal: read.total,
        imported: 0,
        updated: 0,
        rejected: read.rejections.length,
        // row 0 carries a message about the whole file
        rejections: [{ row: 0, reasons: [message], cells: [] }, ...read.rejections],
        finishedAt: new Date().toISOString(),
      })
      .where(jobKey(job));
    await appendAudit(tx, {
      actor,
      action: 'voter.import-failed',
      entity: 'voter-import',
      entityId: job.id,
      regionCode: ctx.villageCode,
      before: null,
      after: { fileName: job.fileName, rowsTotal: read.total, rejected: read.rejections.length, message },
    });
  });
}
