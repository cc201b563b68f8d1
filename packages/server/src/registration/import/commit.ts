/**
 * Writes checked rows inside the caller's transaction: people already on this village's
 * register (same ID number; without one, same name + birth date + household) are updated,
 * everyone else inserted, in batched upserts. Eligibility is recomputed for every row.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { decisions, voters } from '../../db/schema.js';
import { computeEligibility, type DecisionRow } from '../eligibility.js';
import { nameInitials } from '../initials.js';
import type { VillageCtx } from '../village.js';
import type { RegisterFacts } from './check-row.js';

const BATCH = 2000;

export type VoterRow = typeof voters.$inferSelect;
type VoterInsert = typeof voters.$inferInsert;

/** The columns an import may change; everything else (declarations, decisions, list status) is kept. */
const REGISTER_KEYS = [
  'name',
  'sex',
  'idNumber',
  'birthDate',
  'householdNo',
  'relationToHead',
  'groupName',
  'hukouInVillage',
  'livesInVillage',
  'awayTo',
  'phone',
  'ethnicity',
  'politicalStatus',
  'education',
  'note',
] as const satisfies readonly (keyof RegisterFacts)[];

const DERIVED_KEYS = ['nameInitials', 'eligibility', 'category', 'ineligibleReasons'] as const;

export function personKey(v: {
  idNumber: string | null;
  name: string;
  birthDate: string;
  householdNo: string;
}) {
  return v.idNumber ?? `${v.name}|${v.birthDate}|${v.householdNo}`;
}

export interface Change {
  id: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export async function villageDecisions(tx: Tx, ctx: VillageCtx): Promise<Map<string, DecisionRow>> {
  const rows = await tx
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.countyCode, ctx.countyCode),
        eq(decisions.roundId, ctx.round.id),
        eq(decisions.villageCode, ctx.villageCode),
      ),
    );
  return new Map(rows.map((d) => [d.id, d]));
}

export async function commitRows(
  tx: Tx,
  ctx: VillageCtx,
  rows: readonly { facts: RegisterFacts }[],
): Promise<{ imported: number; updated: number; changes: Change[] }> {
  const existing = await tx
    .select()
    .from(voters)
    .where(
      and(
        eq(voters.countyCode, ctx.countyCode),
        eq(voters.roundId, ctx.round.id),
        eq(voters.villageCode, ctx.villageCode),
      ),
    );
  const byKey = new Map(existing.map((v) => [personKey(v), v]));
  const decisionsById = await villageDecisions(tx, ctx);
  const params = ctx.ruleSet.registration;
  const now = new Date().toISOString();
  const changes: Change[] = [];
  const writes: VoterInsert[] = [];
  let imported = 0;
  let updated = 0;
  for (const { facts } of rows) {
    const old = byKey.get(personKey(facts));
    const merged = { ...(old ?? blankPerson()), ...facts };
    const decision = merged.approvalDecisionId
      ? (decisionsById.get(merged.approvalDecisionId) ?? null)
      : null;
    const next = {
      ...merged,
      nameInitials: nameInitials(facts.name),
      ...computeEligibility(params, merged, ctx.electionDay, decision),
    };
    if (!old) {
      imported++;
      writes.push({
        ...next,
        countyCode: ctx.countyCode,
        id: randomUUID(),
        roundId: ctx.round.id,
        villageCode: ctx.villageCode,
        createdAt: now,
        updatedAt: now,
      });
      continue;
    }
    updated++;
    const diff = diffOf(old, next);
    if (diff) {
      changes.push({ id: old.id, ...diff });
      writes.push({ ...old, ...next, updatedAt: now });
    }
  }
  for (let i = 0; i < writes.length; i += BATCH) await upsertBatch(tx, writes.slice(i, i + BATCH));
  return { imported, updated, changes };
}

const COLUMN_KEYS = Object.keys(getTableColumns(voters)) as (keyof VoterRow)[];
const UPDATE_SET = [...REGISTER_KEYS, ...DERIVED_KEYS, 'updatedAt' as const]
  .map((k) => `${voters[k].name} = excluded.${voters[k].name}`)
  .join(', ');

/**
 * One batch as ONE jsonb parameter expanded by jsonb_populate_recordset: PGlite spends most of a
 * 38,000-parameter insert binding the parameters, and this is ~10× faster there (same on PostgreSQL).
 */
async function upsertBatch(tx: Tx, rows: readonly VoterInsert[]) {
  const records = rows.map((r) => {
    const rec: Record<string, unknown> = {};
    for (const k of COLUMN_KEYS) rec[voters[k].name] = (r as Record<string, unknown>)[k] ?? null;
    return rec;
  });
  await tx.execute(sql`
    insert into voters select * from jsonb_populate_recordset(null::voters, ${JSON.stringify(records)}::jsonb)
    on conflict (county_code, id) do update set ${sql.raw(UPDATE_SET)}`);
}

/** Only the fields that changed, before and after; null when nothing did. */
function diffOf(old: VoterRow, next: Record<string, unknown>): Omit<Change, 'id'> | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of [...REGISTER_KEYS, ...DERIVED_KEYS]) {
    if (JSON.stringify(old[key]) !== JSON.stringify(next[key])) {
      before[key] = old[key];
      after[key] = next[key];
    }
  }
  return Object.keys(after).length > 0 ? { before, after } : null;
}

/** The fields a new person starts with before the register's facts are laid over them. */
export function blankPerson() {
  return {
    voterNo: null,
    yearsInVillage: null,
    villageWorkYears: null,
    declaredOn: null,
    appliedOn: null,
    approvalDecisionId: null,
    deprivedOfPoliticalRights: false,
    lostCapacity: false,
    unreachable: false,
    extraCategory: null,
    listStatus: 'pending' as const,
    removedReason: null,
    removedOn: null,
  };
}
