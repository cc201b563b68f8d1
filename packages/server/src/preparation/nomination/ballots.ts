/**
 * Nomination ballots (提名票) of a direct nomination (D-1), entered one by one as the committee reads
 * them: each from a voter on the published list (one ballot each), names per office of the seat plan,
 * no more names than seats in all (D-4), no nomination by proxy (D-4), and under `zhejiang-2020` the
 * same person for two offices on one ballot voids that person's nominations (D-4). A ballot over the
 * cap is refused; the committee may record it as void instead, so the voter still counts as having
 * taken part (D-5). Every ballot is kept as written, with what counted and what did not and why.
 */
import { randomUUID } from 'node:crypto';
import { checkNominationBallot, type IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import {
  type BallotEntry,
  nominationBallots,
  type PlannedOffice,
  type RejectedEntry,
} from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { isOnList, votersByIds } from '../../registration/village-voters.js';
import { problemText, toProblem, uniqueRules } from '../../registration/violation-text.js';
import { committeeElection, requireApprovedSeatPlan, type SeatPlanRow } from '../committee-election.js';
import { countOf } from './slate.js';

export type BallotRow = typeof nominationBallots.$inferSelect;

export interface BallotInput {
  serial?: string | null | undefined;
  /** the voter who filled the ballot in */
  voterId: string;
  entries: { office: string; voterId: string }[];
  castOn: IsoDate;
  /** filled in by someone else on the voter's behalf: refused where the rule set forbids it (D-4) */
  byProxy?: boolean | undefined;
  /** record a ballot that breaks the per-voter cap as void (it nominates no one) instead of refusing it */
  recordAsVoid?: boolean | undefined;
}

/** The plan and election of a direct nomination still open for ballots. */
export async function openDirectNomination(
  tx: Tx,
  vr: VillageCtx,
): Promise<{ electionId: string; plan: SeatPlanRow }> {
  const election = await committeeElection(tx, vr);
  const plan = await requireApprovedSeatPlan(tx, vr, election.id);
  if (plan.nominationMode !== 'direct')
    throw badRequest('提名方式：本村职数方案实行无候选人的自荐直选（D-8），不进行投票提名');
  const count = await countOf(tx, vr, election.id);
  if (count?.countedOn)
    throw conflict(`提名票：本村已于${count.countedOn}统计提名结果，不能再录入或删除提名票`);
  return { electionId: election.id, plan };
}

export async function enterBallot(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: BallotInput,
  today: IsoDate,
): Promise<BallotRow> {
  if (input.castOn > today) throw badRequest(`提名日期：${input.castOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const { electionId, plan } = await openDirectNomination(tx, vr);
    const params = vr.ruleSet.nomination;
    const people = new Map(
      (await votersByIds(tx, vr, [input.voterId, ...input.entries.map((e) => e.voterId)])).map((v) => [
        v.id,
        v,
      ]),
    );
    const voter = people.get(input.voterId);
    if (!voter) throw badRequest(`提名人：本村登记册中没有编号为 ${input.voterId} 的人员`);
    if (!isOnList(voter))
      throw badRequest(`提名人：${voter.name}不在已公布的选民名单上，其提名票不予受理（D-1）`);
    const offices = new Map<string, PlannedOffice>(plan.offices.map((o) => [o.id, o]));
    for (const e of input.entries) {
      if (!offices.has(e.office)) throw badRequest(`提名职位：职数方案中没有职位“${e.office}”`);
      if (!people.has(e.voterId)) throw badRequest(`被提名人：本村登记册中没有编号为 ${e.voterId} 的人员`);
    }
    const entries: BallotEntry[] = input.entries.map((e) => ({
      office: e.office,
      voterId: e.voterId,
      name: people.get(e.voterId)!.name,
    }));
    const [dup] = await tx
      .select({ id: nominationBallots.id, serial: nominationBallots.serial })
      .from(nominationBallots)
      .where(
        and(
          eq(nominationBallots.countyCode, vr.countyCode),
          eq(nominationBallots.electionId, electionId),
          eq(nominationBallots.voterId, voter.id),
        ),
      );
    if (dup)
      throw conflict(
        `提名人：${voter.name}的提名票已录入${dup.serial ? `（编号${dup.serial}）` : ''}，每一选民只能提名一次`,
      );
    const serial = input.serial?.trim() || null;
    if (serial) {
      const [same] = await tx
        .select({ id: nominationBallots.id })
        .from(nominationBallots)
        .where(
          and(
            eq(nominationBallots.countyCode, vr.countyCode),
            eq(nominationBallots.electionId, electionId),
            eq(nominationBallots.serial, serial),
          ),
        );
      if (same) throw conflict(`提名票编号：编号 ${serial} 的提名票已录入`);
    }

    const totalSeats = plan.offices.reduce((s, o) => s + o.seats, 0);
    const checked = checkNominationBallot(
      params,
      totalSeats,
      entries.map((e) => ({ office: e.office, nominee: e.voterId })),
      input.byProxy ?? false,
    );
    const counted: BallotEntry[] = [];
    let rejected: RejectedEntry[] = [];
    let voidRule: string | null = null;
    let voidReason: string | null = null;
    if (!checked.ok) {
      const problems = checked.error.map((v) => toProblem(v, '提名票'));
      const proxy = checked.error.some(
        (v) => v.rule === params.proxyNominationForbidden.rule && v.field === '提名方式',
      );
      if (!input.recordAsVoid || proxy) {
        throw badRequest(
          `${problems.map(problemText).join('；')}${proxy ? '' : '。如该票确已投出，可登记为无效票（计入参加提名人数，不计任何人得票）'}`,
        );
      }
      voidRule = uniqueRules(problems.map((p) => p.rule).join(';'));
      voidReason = problems.map((p) => p.reason).join('；');
      rejected = entries.map((e) => ({ ...e, rule: voidRule!, reason: '本票无效' }));
    } else {
      if (input.recordAsVoid) throw badRequest('无效票：该票符合提名规定，应按有效票录入');
      const bad = checked.value.rejected;
      const rejectedKeys = new Map(bad.map((r) => [`${r.entry.office}\u0000${r.entry.nominee}`, r]));
      for (const e of entries) {
        const r = rejectedKeys.get(`${e.office}\u0000${e.voterId}`);
        const person = people.get(e.voterId)!;
        const office = offices.get(e.office)!;
        if (r) rejected.push({ ...e, rule: r.rule, reason: r.reason });
        else if (!isOnList(person))
          rejected.push({
            ...e,
            rule: 'D-1',
            reason: `${person.name}不在已公布的选民名单上，不能被提名为候选人`,
          });
        else if (office.womenOnly && person.sex !== 'F')
          rejected.push({
            ...e,
            rule: vr.ruleSet.tally.womenRule.rule,
            reason: `${office.title}职位只能提名女性`,
          });
        else if (counted.some((c) => c.office === e.office && c.voterId === e.voterId))
          rejected.push({ ...e, rule: 'D-4', reason: '同一职位重复填写同一人，只计一次' });
        else counted.push(e);
      }
    }

    const [row] = await tx
      .insert(nominationBallots)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        electionId,
        serial,
        voterId: voter.id,
        entries,
        counted,
        rejected,
        voidRule,
        voidReason,
        castOn: input.castOn,
        enteredBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'nomination.ballot',
      entity: 'nomination-ballot',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: { ...row, voterName: voter.name },
    });
    return row!;
  });
}

/** A ballot entered by mistake, deleted before the count (audited with what it said). */
export async function deleteBallot(db: Db, actor: Actor, vr: VillageCtx, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { electionId } = await openDirectNomination(tx, vr);
    const [row] = await tx
      .delete(nominationBallots)
      .where(
        and(
          eq(nominationBallots.countyCode, vr.countyCode),
          eq(nominationBallots.electionId, electionId),
          eq(nominationBallots.id, id),
        ),
      )
      .returning();
    if (!row) throw notFound(`提名票 ${id} 不存在`);
    await appendAudit(tx, {
      actor,
      action: 'nomination.ballot-delete',
      entity: 'nomination-ballot',
      entityId: id,
      regionCode: vr.villageCode,
      before: row,
      after: null,
    });
  });
}

export async function ballotsOf(db: Tx, vr: VillageCtx, electionId: string): Promise<BallotRow[]> {
  return db
    .select()
    .from(nominationBallots)
    .where(
      and(eq(nominationBallots.countyCode, vr.countyCode), eq(nominationBallots.electionId, electionId)),
    );
}
