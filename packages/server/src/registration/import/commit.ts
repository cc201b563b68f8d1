/**
 * What importing one row does to one person: people already on this village's register (same
 * ID number; without one, same name + birth date + household) have the register's columns
 * replaced and keep everything else (declarations, decisions, list status); everyone else is
 * new. Eligibility is worked out again either way, from the merged fields.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { decisions, type voters } from '../../db/schema.js';
import { computeEligibility, type DecisionRow, type EligibilityColumns } from '../eligibility.js';
import { nameInitials } from '../initials.js';
import type { VillageCtx } from '../village.js';
import type { RegisterFacts } from './check-row.js';

export type VoterRow = typeof voters.$inferSelect;

/** The columns an import may change; everything else (declarations, decisions, list status) is kept. */
export const REGISTER_KEYS = [
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

export const DERIVED_KEYS = ['nameInitials', 'eligibility', 'category', 'ineligibleReasons'] as const;

export function personKey(v: {
  idNumber: string | null;
  name: string;
  birthDate: string;
  householdNo: string;
}) {
  return v.idNumber ?? `${v.name}|${v.birthDate}|${v.householdNo}`;
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

const BLANK_PERSON = blankPerson();

export type Derived = { nameInitials: string } & EligibilityColumns;

/** One row worked out against the register. */
export interface WorkedRow {
  kind: 'new' | 'changed' | 'same';
  voterId: string;
  baseUpdatedAt: string | null;
  derived: Derived;
  /** changed rows: only the fields that change */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Works rows out for one village. Names and eligibility inputs repeat a great deal in a register
 * (a 100,000-row file has about 30,000 birth dates), and both computations are pure, so each
 * distinct input is computed once per import.
 */
export class PersonRules {
  private readonly initials = new Map<string, string>();
  private readonly eligibility = new Map<string, EligibilityColumns>();

  constructor(
    private readonly ctx: VillageCtx,
    private readonly decisionsById: ReadonlyMap<string, DecisionRow>,
  ) {}

  /** `old`: the person on the register, as read (its updated_at text goes back to the database unchanged). */
  work(facts: RegisterFacts, old: VoterRow | null): WorkedRow {
    // the fields eligibility reads, the register's over the person's: named one by one, as
    // spreading two wide objects into a third costs more than all the rest of the row's work
    const kept = old ?? BLANK_PERSON;
    const derived: Derived = {
      nameInitials: this.initialsOf(facts.name),
      ...this.eligibilityOf({
        birthDate: facts.birthDate,
        hukouInVillage: facts.hukouInVillage,
        livesInVillage: facts.livesInVillage,
        yearsInVillage: kept.yearsInVillage,
        villageWorkYears: kept.villageWorkYears,
        declaredOn: kept.declaredOn,
        appliedOn: kept.appliedOn,
        approvalDecisionId: kept.approvalDecisionId,
        deprivedOfPoliticalRights: kept.deprivedOfPoliticalRights,
        lostCapacity: kept.lostCapacity,
        unreachable: kept.unreachable,
        extraCategory: kept.extraCategory,
      }),
    };
    if (!old)
      return { kind: 'new', voterId: randomUUID(), baseUpdatedAt: null, derived, before: null, after: null };
    const diff = diffOf(old, facts, derived);
    return {
      kind: diff ? 'changed' : 'same',
      voterId: old.id,
      baseUpdatedAt: old.updatedAt,
      derived,
      before: diff?.before ?? null,
      after: diff?.after ?? null,
    };
  }

  private initialsOf(name: string): string {
    let v = this.initials.get(name);
    if (v === undefined) {
      v = nameInitials(name);
      this.initials.set(name, v);
    }
    return v;
  }

  private eligibilityOf(p: Parameters<typeof computeEligibility>[1]): EligibilityColumns {
    const key = [
      p.birthDate,
      p.hukouInVillage,
      p.livesInVillage,
      p.yearsInVillage,
      p.villageWorkYears,
      p.declaredOn,
      p.appliedOn,
      p.approvalDecisionId,
      p.deprivedOfPoliticalRights,
      p.lostCapacity,
      p.unreachable,
      p.extraCategory,
    ].join('|');
    let v = this.eligibility.get(key);
    if (v === undefined) {
      const decision = p.approvalDecisionId ? (this.decisionsById.get(p.approvalDecisionId) ?? null) : null;
      v = computeEligibility(this.ctx.ruleSet.registration, p, this.ctx.electionDay, decision);
      this.eligibility.set(key, v);
    }
    return v;
  }
}

/** Only the fields that changed, before and after; null when nothing did. */
export function diffOf(
  old: VoterRow,
  facts: RegisterFacts,
  derived: Derived,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let changed = false;
  const compare = (key: keyof VoterRow, b: unknown) => {
    const a = old[key];
    if (a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b))) return;
    before[key] = a;
    after[key] = b;
    changed = true;
  };
  for (const key of REGISTER_KEYS) compare(key, facts[key]);
  for (const key of DERIVED_KEYS) compare(key, derived[key]);
  return changed ? { before, after } : null;
}
