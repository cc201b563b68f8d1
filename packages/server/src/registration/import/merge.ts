/**
 * The commit of an import: ONE short transaction that merges the staged rows into voters with
 * set-based statements (insert the new people, update the changed ones), writes the audit entry
 * and the job row, and deletes the staged rows. All of it or none of it.
 *
 * Rows were worked out when staged, against the register as it was then. Anyone changed since
 * (their updated_at moved), and anyone added since whom a row took for new, is worked out again
 * here, inside the transaction; normally there is nobody.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { queryRows } from '../../db/connect.js';
import { longPendingList } from '../../db/gin-pending.js';
import { voters } from '../../db/schema.js';
import { conflict } from '../../http/errors.js';
import { type VillageCtx, villageContext } from '../village.js';
import type { RegisterFacts } from './check-row.js';
import { DERIVED_KEYS, PersonRules, personKey, REGISTER_KEYS, villageDecisions } from './commit.js';
import { findExisting } from './existing.js';
import { finishCommitted, type ImportJob, lockRunning, type Rejection } from './job.js';
import { clearStaged, insertStaged, unstage } from './stage.js';

export interface MergeResult {
  imported: number;
  updated: number;
}

const col = (k: keyof typeof voters.$inferSelect) => voters[k].name;
const WRITTEN = [...REGISTER_KEYS, ...DERIVED_KEYS].map(col);

export async function mergeStaged(
  db: Db,
  ctx: VillageCtx,
  actor: Actor,
  job: ImportJob,
  read: { rowsTotal: number; rejections: Rejection[] },
): Promise<MergeResult> {
  return db.transaction(async (tx) => {
    if (!(await lockRunning(tx, job))) throw conflict('导入任务已中止，未写入任何数据；请重新导入');
    const now = await villageContext(tx, ctx.round.id, ctx.villageCode);
    // eligibility was worked out for this election day and rule set
    if (now.electionDay !== ctx.electionDay || now.round.rulesetId !== ctx.round.rulesetId)
      throw conflict('导入期间本村的选举日或规则集已改变，未写入任何数据；请重新导入');
    await reworkStale(tx, ctx, job.id);
    // the search indexes' new entries wait in their pending list, merged once after the commit (run.ts)
    await longPendingList(tx);

    const at = new Date().toISOString();
    const key = sql`s.county_code = ${ctx.countyCode} and s.import_id = ${job.id}`;
    await tx.execute(sql`
      insert into voters (county_code, id, round_id, village_code, ${sql.raw(WRITTEN.join(', '))}, created_at, updated_at)
      select s.county_code, s.voter_id, ${ctx.round.id}, ${ctx.villageCode}, ${sql.raw(WRITTEN.map((c) => `s.${c}`).join(', '))}, ${at}, ${at}
      from voter_import_rows s where ${key} and s.kind = 'new'`);
    await tx.execute(sql`
      update voters v set ${sql.raw(WRITTEN.map((c) => `${c} = s.${c}`).join(', '))}, updated_at = ${at}
      from voter_import_rows s
      where ${key} and s.kind = 'changed' and v.county_code = s.county_code and v.id = s.voter_id`);

    const counts = await queryRows<{ kind: string; n: number }>(
      tx,
      sql`select s.kind, count(*)::int as n from voter_import_rows s where ${key} group by s.kind`,
    );
    const n = (kind: string) => counts.find((c) => c.kind === kind)?.n ?? 0;
    const result = { imported: n('new'), updated: n('changed') + n('same') };
    const changes = await queryRows<{ id: string; before: object; after: object }>(
      tx,
      sql`select s.voter_id as id, s.before, s.after from voter_import_rows s
          where ${key} and s.kind = 'changed' order by s.row_no`,
    );
    const stored = { rowsTotal: read.rowsTotal, ...result, rejected: read.rejections.length };
    await appendAudit(tx, {
      actor,
      action: 'voter.import',
      entity: 'voter-import',
      entityId: job.id,
      regionCode: ctx.villageCode,
      before: changes.length > 0 ? { changed: changes.map((x) => ({ id: x.id, ...x.before })) } : null,
      after: {
        fileName: job.fileName,
        roundId: ctx.round.id,
        ...stored,
        rejectedRows: read.rejections.map((r) => r.row),
        changed: changes.map((x) => ({ id: x.id, ...x.after })),
      },
    });
    await finishCommitted(tx, job, stored, read.rejections);
    await clearStaged(tx, ctx.countyCode, job.id);
    return result;
  });
}

interface StagedFacts extends RegisterFacts {
  row: number;
}

/** Works out again the staged rows about people changed or added since they were staged. */
async function reworkStale(tx: Tx, ctx: VillageCtx, importId: string): Promise<void> {
  const village = sql`v.county_code = s.county_code and v.round_id = ${ctx.round.id} and v.village_code = ${ctx.villageCode}`;
  const staged = sql`s.county_code = ${ctx.countyCode} and s.import_id = ${importId}`;
  const stale = await queryRows<{ row_no: number }>(
    tx,
    sql`
      select s.row_no from voter_import_rows s
      left join voters v on v.county_code = s.county_code and v.id = s.voter_id
      where ${staged} and s.kind <> 'new' and (v.id is null or v.updated_at is distinct from s.base_updated_at)
      union all
      select s.row_no from voter_import_rows s join voters v on ${village} and v.id_number = s.id_number
      where ${staged} and s.kind = 'new' and s.id_number is not null
      union all
      select s.row_no from voter_import_rows s
      join voters v on ${village} and v.id_number is null
        and v.name = s.name and v.birth_date = s.birth_date and v.household_no = s.household_no
      where ${staged} and s.kind = 'new' and s.id_number is null`,
  );
  if (stale.length === 0) return;
  const rowNos = stale.map((r) => r.row_no);
  const rows = await queryRows<StagedFacts>(
    tx,
    sql`
      select s.row_no as "row", s.name, s.sex, s.id_number as "idNumber", s.birth_date::text as "birthDate",
        s.household_no as "householdNo", s.relation_to_head as "relationToHead", s.group_name as "groupName",
        s.hukou_in_village as "hukouInVillage", s.lives_in_village as "livesInVillage", s.away_to as "awayTo",
        s.phone, s.ethnicity, s.political_status as "politicalStatus", s.education, s.note
      from voter_import_rows s where ${staged} and s.row_no = any(${sql.param(rowNos)}::int[])`,
  );
  const existing = await findExisting(tx, ctx, rows);
  const rules = new PersonRules(ctx, await villageDecisions(tx, ctx));
  const reworked = rows.map(({ row, ...facts }) => ({
    row,
    facts,
    worked: rules.work(facts, existing.get(personKey(facts)) ?? null),
  }));
  await unstage(tx, ctx.countyCode, importId, rowNos);
  await insertStaged(tx, ctx.countyCode, importId, reworked);
}
