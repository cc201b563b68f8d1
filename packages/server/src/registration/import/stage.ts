/**
 * Stages checked rows into voter_import_rows in chunks while the file is still being read:
 * each chunk looks up the people it is about, works each row out (kind, eligibility, the audit
 * diff) and is written as one statement. Nothing here touches voters, and no transaction is
 * held, so other requests go on between chunks (PGlite has one connection).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { voters } from '../../db/schema.js';
import type { VillageCtx } from '../village.js';
import type { RegisterFacts } from './check-row.js';
import { PersonRules, personKey, villageDecisions, type WorkedRow } from './commit.js';
import { findExisting } from './existing.js';

/** rows per statement: large enough that PGlite's per-statement cost is spread, small enough to keep messages about 1 MB */
export const STAGE_CHUNK = 2000;

export interface StagedRow {
  row: number;
  facts: RegisterFacts;
}

export class Stager {
  private buffer: StagedRow[] = [];
  private inFlight: Promise<void> | null = null;

  private constructor(
    private readonly db: Db,
    private readonly ctx: VillageCtx,
    private readonly importId: string,
    readonly rules: PersonRules,
    /** false when the village had nobody on its register: no row can match anyone (the merge checks again) */
    private readonly lookUp: boolean,
  ) {}

  static async open(db: Db, ctx: VillageCtx, importId: string): Promise<Stager> {
    const [anyone] = await db
      .select({ id: voters.id })
      .from(voters)
      .where(
        and(
          eq(voters.countyCode, ctx.countyCode),
          eq(voters.roundId, ctx.round.id),
          eq(voters.villageCode, ctx.villageCode),
        ),
      )
      .limit(1);
    const rules = new PersonRules(ctx, await villageDecisions(db, ctx));
    return new Stager(db, ctx, importId, rules, anyone !== undefined);
  }

  /** Adds a row; returns once the chunk it completes (if any) has been handed to the database. */
  async add(row: StagedRow): Promise<boolean> {
    this.buffer.push(row);
    if (this.buffer.length < STAGE_CHUNK) return false;
    await this.flush();
    return true;
  }

  /**
   * Writes the buffered rows. The previous chunk's statement is awaited first, so at most one is
   * outstanding: on PostgreSQL the server writes one chunk while the next is read and checked.
   */
  async flush(): Promise<void> {
    const rows = this.buffer;
    this.buffer = [];
    const previous = this.inFlight;
    this.inFlight = null;
    if (previous) await previous;
    if (rows.length === 0) return;
    const next = this.stage(rows);
    // handled here so a failure surfaces at the next await, not as an unhandled rejection
    next.catch(() => {});
    this.inFlight = next;
  }

  async finish(): Promise<void> {
    await this.flush();
    const last = this.inFlight;
    this.inFlight = null;
    if (last) await last;
  }

  /** Waits for anything outstanding and ignores its outcome (the import is failing anyway). */
  async settle(): Promise<void> {
    const last = this.inFlight;
    this.inFlight = null;
    this.buffer = [];
    await last?.catch(() => {});
  }

  private async stage(rows: readonly StagedRow[]): Promise<void> {
    const existing = this.lookUp
      ? await findExisting(
          this.db,
          this.ctx,
          rows.map((r) => r.facts),
        )
      : null;
    const worked = rows.map((r) => ({
      ...r,
      worked: this.rules.work(r.facts, existing?.get(personKey(r.facts)) ?? null),
    }));
    await insertStaged(this.db, this.ctx.countyCode, this.importId, worked);
  }
}

/**
 * One chunk as ONE json parameter expanded by json_populate_recordset: PGlite spends most of a
 * many-parameter insert binding the parameters, and this is ~10× faster there (same on PostgreSQL).
 * json, not jsonb: the text is parsed once, into the rows, instead of first into a jsonb value
 * (a third of the staging's time on PGlite).
 */
export async function insertStaged(
  tx: Tx,
  countyCode: string,
  importId: string,
  rows: readonly (StagedRow & { worked: WorkedRow })[],
): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map(({ row, facts, worked: w }) => ({
    county_code: countyCode,
    import_id: importId,
    row_no: row,
    voter_id: w.voterId,
    kind: w.kind,
    base_updated_at: w.baseUpdatedAt,
    name: facts.name,
    name_initials: w.derived.nameInitials,
    sex: facts.sex,
    id_number: facts.idNumber,
    birth_date: facts.birthDate,
    household_no: facts.householdNo,
    relation_to_head: facts.relationToHead,
    group_name: facts.groupName,
    hukou_in_village: facts.hukouInVillage,
    lives_in_village: facts.livesInVillage,
    away_to: facts.awayTo,
    phone: facts.phone,
    ethnicity: facts.ethnicity,
    political_status: facts.politicalStatus,
    education: facts.education,
    note: facts.note,
    eligibility: w.derived.eligibility,
    category: w.derived.category,
    ineligible_reasons: w.derived.ineligibleReasons,
    before: w.before,
    after: w.after,
  }));
  await tx.execute(sql`
    insert into voter_import_rows
    select * from json_populate_recordset(null::voter_import_rows, ${JSON.stringify(records)}::json)`);
}

/** Removes some staged rows (the first of a pair repeated later in the file). */
export async function unstage(db: Tx, countyCode: string, importId: string, rows: readonly number[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    delete from voter_import_rows
    where county_code = ${countyCode} and import_id = ${importId} and row_no = any(${sql.param(rows)}::int[])`);
}

/** Removes every staged row of an import (after its merge, or when it fails). */
export async function clearStaged(db: Tx, countyCode: string, importId: string) {
  await db.execute(sql`
    delete from voter_import_rows where county_code = ${countyCode} and import_id = ${importId}`);
}
