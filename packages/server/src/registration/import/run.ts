/**
 * One import of the household register:
 * 1. read, check and stage: the file is streamed row by row; rows that pass are staged in chunks
 *    (stage.ts) as they come, so memory stays flat and no transaction is held while reading;
 *    the job row is written as it goes (rows read, rows expected, progress) for the web app;
 * 2. commit: one short transaction merges the staged rows into voters (merge.ts).
 *
 * All-or-nothing: when any row is rejected nothing is written unless the caller passes
 * `commitValid: true`, which commits the accepted rows and keeps the rejected ones listed for
 * correction and a second import. A failure at any point leaves voters as they were and
 * removes the staged rows.
 */
import type { IsoDate } from '@huanjie/core';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import type { Db } from '../../db/connect.js';
import { mergePendingLists } from '../../db/gin-pending.js';
import { registeredTwice, type TwiceHit } from '../twice.js';
import type { VillageCtx } from '../village.js';
import { checkRow } from './check-row.js';
import { personKey } from './commit.js';
import { finishFailed, type ImportJob, type Rejection, reportCommitting, reportReading } from './job.js';
import { mergeStaged } from './merge.js';
import { expectedRows, newInputProgress, readSheet, type Source } from './read-sheet.js';
import { Stager, unstage } from './stage.js';

export { createImportJob, type ImportJob, type Rejection } from './job.js';

/** the job row is written at most this often while reading */
const REPORT_EVERY_MS = 500;

/** The steps of a committed import, in order (`pending`: the search indexes' pending lists merged, db/gin-pending.ts). */
export type ImportStep = 'read' | 'merge' | 'pending' | 'analyze' | 'twice';

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

interface ReadOutcome {
  total: number;
  rejections: Rejection[];
}

/**
 * A key held for the whole read (one per person) as its own string: a string sliced out of the
 * sheet's text would keep that whole piece of text alive with it.
 */
function ownCopy(key: string): string {
  return Buffer.from(key, 'utf8').toString('utf8');
}

function sameWhat(hasId: boolean) {
  return hasId ? '公民身份号码' : '姓名、出生日期和户号';
}

/**
 * Reads and checks every row and stages those that pass. Duplicates within the file are refused
 * on both rows: which of the two is right is for the clerk to say. Once a row is refused and
 * `commitValid` is off, the import cannot commit: the rest is only checked, not staged.
 */
async function readCheckStage(
  db: Db,
  job: ImportJob,
  source: Source,
  stager: Stager,
  opts: { commitValid: boolean; today: IsoDate },
): Promise<ReadOutcome> {
  const progress = newInputProgress();
  const rejections: Rejection[] = [];
  // key → row: cells are not kept for every row; the few repeated ones are read again at the end
  const firstOf = new Map<string, number>();
  const repeatedBy = new Map<string, number[]>();
  let staging = true;
  let total = 0;
  let reportedAt = 0;
  const report = () =>
    reportReading(db, job, {
      rowsRead: total,
      rowsExpected: expectedRows(progress, total),
      rejected: rejections.length + repeatedBy.size,
    });
  for await (const { row, cells } of readSheet(source, job.fileName, progress)) {
    total++;
    const checked = checkRow(cells, opts.today);
    if (!checked.ok) {
      rejections.push({ row, reasons: checked.reasons, cells });
      staging &&= opts.commitValid;
    } else {
      const key = personKey(checked.facts);
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(ownCopy(key), row);
        if (staging) await stager.add({ row, facts: checked.facts });
      } else {
        rejections.push({
          row,
          reasons: [`与第${first}行${sameWhat(checked.facts.idNumber !== null)}重复`],
          cells,
        });
        repeatedBy.set(key, [...(repeatedBy.get(key) ?? []), row]);
        staging &&= opts.commitValid;
      }
    }
    const now = performance.now();
    if (total === 1 || now - reportedAt >= REPORT_EVERY_MS) {
      reportedAt = now;
      await report();
    }
  }
  const repeatedFirsts = new Map<number, string>();
  for (const [key, rows] of repeatedBy) {
    // a key without an ID number is name|birth date|household
    repeatedFirsts.set(firstOf.get(key)!, `与第${rows.join('、')}行${sameWhat(!key.includes('|'))}重复`);
  }
  firstOf.clear();
  if (repeatedFirsts.size > 0) {
    for await (const { row, cells } of readSheet(source, job.fileName)) {
      const reason = repeatedFirsts.get(row);
      if (reason !== undefined) rejections.push({ row, reasons: [reason], cells });
    }
  }
  if (staging) {
    await stager.finish();
    await unstage(db, job.countyCode, job.id, [...repeatedFirsts.keys()]);
  } else await stager.settle();
  rejections.sort((x, y) => x.row - y.row);
  await report();
  return { total, rejections };
}

export async function runImport(
  db: Db,
  ctx: VillageCtx,
  actor: Actor,
  job: ImportJob,
  source: Source,
  opts: {
    commitValid?: boolean;
    today: IsoDate;
    /** told as each step ends (the benchmark times the steps and their memory) */
    onStep?: (step: ImportStep) => void;
  },
): Promise<ImportResult> {
  const stepDone = opts.onStep ?? (() => {});
  const base = { id: job.id, registeredTwice: [] as TwiceHit[] };
  const stager = await Stager.open(db, ctx, job.id);
  let read: ReadOutcome;
  try {
    read = await readCheckStage(db, job, source, stager, {
      commitValid: opts.commitValid ?? false,
      today: opts.today,
    });
  } catch (e) {
    await stager.settle();
    await finishFailed(db, ctx, actor, job, { total: 0, rejections: [] }, (e as Error).message);
    throw e;
  }
  const { total, rejections } = read;
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
  stepDone('read');
  let counts: { imported: number; updated: number };
  try {
    await reportCommitting(db, job, total, rejections.length);
    counts = await mergeStaged(db, ctx, actor, job, { rowsTotal: total, rejections });
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
  stepDone('merge');
  // the entries the merge left in the search indexes' pending lists, into the indexes (searches read
  // the whole list until then); committed already, so a refusal does not fail the import
  await mergePendingLists(db);
  stepDone('pending');
  // fresh statistics: without them the planner joins a freshly filled table the slow way
  // (PGlite has no autovacuum; a 10,000-row import took the A-3 check from 0.1 s to 26 s)
  if (counts.imported > 0) await db.execute(sql`analyze voters`);
  stepDone('analyze');
  const twice = await registeredTwice(db, {
    kind: 'village',
    countyCode: ctx.countyCode,
    roundId: ctx.round.id,
    villageCode: ctx.villageCode,
  });
  stepDone('twice');
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
}
