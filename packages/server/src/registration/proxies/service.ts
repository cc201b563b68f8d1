/**
 * Proxy voting (委托投票): the application, checked against the rule set; approval (only with no
 * problem left, re-checked at that moment) or refusal with a reason; the village's list.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate, KinRelation, ProxyReason } from '@huanjie/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { proxies, voters } from '../../db/schema.js';
import { ApiError, badRequest, conflict, notFound } from '../../http/errors.js';
import { candidaciesOf } from '../../preparation/nomination/candidacies.js';
import { requireElectionDay } from '../election-day.js';
import type { VillageCtx } from '../village.js';
import { requireVoter, type VoterRow, votersByIds } from '../village-voters.js';
import { type Problem, problemText } from '../violation-text.js';
import { proxyProblems } from './check.js';
import { type Candidacies, type ProxyRow, proxyFacts } from './facts.js';

export interface ProxyInput {
  principalVoterId: string;
  trusteeVoterId: string;
  /** what the trustee is to the principal; 'none' when not related */
  relation: KinRelation | 'none';
  reason: ProxyReason;
  appliedOn: IsoDate;
}

async function judge(
  tx: Tx,
  vr: VillageCtx,
  row: {
    id: string | null;
    principal: VoterRow;
    trustee: VoterRow;
    relation: string;
    reason: string;
    appliedOn: string;
  },
  candidacies: Candidacies | undefined,
  reviewedOn?: IsoDate,
): Promise<Problem[]> {
  const electionDay = requireElectionDay(vr);
  const facts = await proxyFacts(
    tx,
    vr,
    { ...row, reason: row.reason as ProxyReason, appliedOn: row.appliedOn as IsoDate },
    electionDay,
    // The nominees standing in the committee election (issue 5), unless the caller names them.
    candidacies ?? (await candidaciesOf(tx, vr)),
  );
  return proxyProblems(vr.ruleSet.proxy, vr.ruleSet.calendar.beforeElectionBoundary.value, {
    ...facts,
    ...(reviewedOn !== undefined && { reviewedOn }),
  });
}

export async function applyForProxy(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: ProxyInput,
  today: IsoDate,
  candidacies?: Candidacies,
): Promise<ProxyRow> {
  if (input.appliedOn > today) throw badRequest(`申请日期：${input.appliedOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const principal = await requireVoter(tx, vr, input.principalVoterId, '委托人');
    const trustee = await requireVoter(tx, vr, input.trusteeVoterId, '受委托人');
    const problems = await judge(tx, vr, { ...input, id: null, principal, trustee }, candidacies);
    const [row] = await tx
      .insert(proxies)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        principalVoterId: principal.id,
        trusteeVoterId: trustee.id,
        relation: input.relation,
        reason: input.reason,
        appliedOn: input.appliedOn,
        status: 'pending',
        problems,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'proxy.apply',
      entity: 'proxy',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

async function lockPending(tx: Tx, vr: VillageCtx, id: string): Promise<ProxyRow> {
  const [row] = await tx
    .select()
    .from(proxies)
    .where(
      and(
        eq(proxies.countyCode, vr.countyCode),
        eq(proxies.id, id),
        eq(proxies.roundId, vr.round.id),
        eq(proxies.villageCode, vr.villageCode),
      ),
    )
    .for('update');
  if (!row) throw notFound(`委托投票申请 ${id} 不存在`);
  if (row.status !== 'pending') {
    throw conflict(`审核：该申请已${row.status === 'approved' ? '批准' : '不予批准'}，不能再次审核`);
  }
  return row;
}

async function decide(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  before: ProxyRow,
  set: Pick<ProxyRow, 'status' | 'problems' | 'decidedOn'>,
): Promise<ProxyRow> {
  const [after] = await tx
    .update(proxies)
    .set({ ...set, decidedBy: actor.id })
    .where(and(eq(proxies.countyCode, vr.countyCode), eq(proxies.id, before.id)))
    .returning();
  await appendAudit(tx, {
    actor,
    action: set.status === 'approved' ? 'proxy.approve' : 'proxy.refuse',
    entity: 'proxy',
    entityId: before.id,
    regionCode: vr.villageCode,
    before,
    after,
  });
  return after!;
}

function checkReviewDay(row: ProxyRow, decidedOn: IsoDate, today: IsoDate) {
  if (decidedOn > today) throw badRequest(`审核日期：${decidedOn}晚于今天（${today}）`);
  if (decidedOn < row.appliedOn) throw badRequest(`审核日期：不能早于申请日期（${row.appliedOn}）`);
}

/** Approves only when nothing is wrong now: the cap and the other proxies are re-read under lock. */
export async function approveProxy(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  decidedOn: IsoDate,
  today: IsoDate,
  candidacies?: Candidacies,
): Promise<ProxyRow> {
  return db.transaction(async (tx) => {
    const before = await lockPending(tx, vr, id);
    checkReviewDay(before, decidedOn, today);
    // Locking both people serialises approvals that touch the same trustee's count.
    await tx
      .select({ id: voters.id })
      .from(voters)
      .where(
        and(
          eq(voters.countyCode, vr.countyCode),
          inArray(voters.id, [before.principalVoterId, before.trusteeVoterId]),
        ),
      )
      .orderBy(asc(voters.id))
      .for('update');
    const principal = await requireVoter(tx, vr, before.principalVoterId, '委托人');
    const trustee = await requireVoter(tx, vr, before.trusteeVoterId, '受委托人');
    const problems = await judge(tx, vr, { ...before, principal, trustee }, candidacies, decidedOn);
    if (problems.length > 0) {
      throw new ApiError(409, 'PROXY_NOT_APPROVABLE', `不能批准：${problems.map(problemText).join('；')}`);
    }
    return decide(tx, actor, vr, before, { status: 'approved', problems: [], decidedOn });
  });
}

export async function refuseProxy(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  input: { reason: string; decidedOn: IsoDate },
  today: IsoDate,
): Promise<ProxyRow> {
  return db.transaction(async (tx) => {
    const before = await lockPending(tx, vr, id);
    checkReviewDay(before, input.decidedOn, today);
    // The committee's own reason is kept after the rule problems found at application.
    const problems = [
      ...(before.problems as Problem[]),
      { rule: '', field: '不予批准理由', reason: input.reason },
    ];
    return decide(tx, actor, vr, before, { status: 'refused', problems, decidedOn: input.decidedOn });
  });
}

export interface ProxyListItem extends ProxyRow {
  principalName: string;
  principalGroup: string;
  trusteeName: string;
  trusteeGroup: string;
}

export async function listProxies(
  db: Tx,
  vr: VillageCtx,
  status?: ProxyRow['status'],
): Promise<ProxyListItem[]> {
  const rows = await db
    .select()
    .from(proxies)
    .where(
      and(
        eq(proxies.countyCode, vr.countyCode),
        eq(proxies.roundId, vr.round.id),
        eq(proxies.villageCode, vr.villageCode),
        status ? eq(proxies.status, status) : undefined,
      ),
    )
    .orderBy(asc(proxies.appliedOn), asc(proxies.createdAt));
  const people = new Map(
    (
      await votersByIds(
        db,
        vr,
        rows.flatMap((p) => [p.principalVoterId, p.trusteeVoterId]),
      )
    ).map((v) => [v.id, v]),
  );
  return rows.map((p) => ({
    ...p,
    principalName: people.get(p.principalVoterId)?.name ?? '',
    principalGroup: people.get(p.principalVoterId)?.groupName ?? '',
    trusteeName: people.get(p.trusteeVoterId)?.name ?? '',
    trusteeGroup: people.get(p.trusteeVoterId)?.groupName ?? '',
  }));
}
