/**
 * Publishing the committee's list (公告, C2-4: 及时公布选举委员会主任和委员名单，并报乡级人民政府备案):
 * recorded with its date and what it printed, refused while the committee breaks a rule (size, no 主任,
 * a member who must withdraw). The PDF prints the committee as it stands.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { electionCommitteePublications } from '../../db/schema.js';
import { electionCommitteeListPdf } from '../../documents/election-committee.js';
import { badRequest } from '../../http/errors.js';
import { getRegion } from '../../regions/queries.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { BODY_TITLES, meetingsOf, publicationsOf, reviewCommittee } from './state.js';
import { servingInPrintOrder, snapshotOf } from './view.js';
import { WITHDRAWAL_TITLES } from './withdraw.js';

export async function publishCommittee(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  publishedOn: IsoDate,
  today: IsoDate,
) {
  if (publishedOn > today) throw badRequest(`公布日期：${publishedOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const [{ rows, state }, meetings] = await Promise.all([
      reviewCommittee(tx, vr, true),
      meetingsOf(tx, vr),
    ]);
    const original = meetings.find((m) => m.kind === 'original');
    if (!original) throw badRequest('公布：本村尚未记录选举委员会的推选结果');
    if (publishedOn < original.heldOn) throw badRequest(`公布日期：不能早于推选日期（${original.heldOn}）`);
    const problems = [
      ...state.sizeViolations,
      ...(state.chairVacant ? [state.chairVacant] : []),
      ...state.withdrawals,
    ];
    if (problems.length > 0)
      throw badRequest(
        `公布：选举委员会还有问题未解决：${problems.map((p) => `${p.reason}（${p.rule}）`).join('；')}`,
        'RULE_VIOLATION',
      );
    const [row] = await tx
      .insert(electionCommitteePublications)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        publishedOn,
        members: snapshotOf(rows),
        publishedBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'election-committee.publish',
      entity: 'election-committee',
      entityId: `${vr.round.id}/${vr.villageCode}`,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

function filingOffice(name: string): string {
  return name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`;
}

/** The 公告 as the committee stands, dated the given day (or the latest publication, or today). */
export async function committeeListDocument(
  db: Tx,
  vr: VillageCtx,
  o: { today: IsoDate; date?: string | undefined; term?: string | undefined },
): Promise<Buffer> {
  const [{ rows }, meetings, publications] = await Promise.all([
    reviewCommittee(db, vr),
    meetingsOf(db, vr),
    publicationsOf(db, vr),
  ]);
  const original = meetings.find((m) => m.kind === 'original');
  if (!original) throw badRequest('公告：本村尚未记录选举委员会的推选结果');
  const [village, township] = await Promise.all([
    getRegion(db, vr.villageCode),
    getRegion(db, vr.villageCode.slice(0, 9)),
  ]);
  const groups = new Map(
    (
      await votersByIds(
        db,
        vr,
        rows.map((r) => r.voterId),
      )
    ).map((v) => [v.id, v.groupName]),
  );
  const changes = rows
    .filter((r) => r.status === 'withdrawn')
    .sort((a, b) => (a.withdrawnOn ?? '').localeCompare(b.withdrawnOn ?? '') || a.seq - b.seq)
    .map((r) => ({
      name: r.name,
      on: r.withdrawnOn!,
      why: WITHDRAWAL_TITLES[r.withdrawalKind ?? 'other'],
      filledBy: rows.find((o) => o.replacesId === r.id)?.name ?? null,
    }));
  return electionCommitteeListPdf({
    village: village.name,
    filedWith: filingOffice(township.name),
    term: o.term ?? '本届',
    // 《中华人民共和国村民委员会组织法》, without the amendment year the rule set's sources add
    laws: vr.ruleSet.sources.map((s) => s.title.replace(/（[^）]*）$/, '')),
    meeting: { title: BODY_TITLES[original.body], heldOn: original.heldOn },
    members: servingInPrintOrder(rows).map((r) => ({
      name: r.name,
      sex: r.sex,
      group: groups.get(r.voterId) ?? '',
      chair: r.chair,
    })),
    changes,
    publishedOn: o.date ?? publications[0]?.publishedOn ?? o.today,
  });
}
