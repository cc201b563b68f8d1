/**
 * A village's election archive (档案, seed-requirements §8.3: 「村委換屆所有選舉資料存檔」, ballots sealed with
 * the result forms and sent upward, 工作痕迹资料保存). The checklist is data: an item the database proves
 * (a published list, a counted or confirmed vote, a completed handover) is computed every time with its
 * source; an item only people know (ballots sealed, meeting minutes, photos) is recorded by hand in
 * archive_items. Nothing computed can be ticked by hand.
 */
import type { IsoDate } from '@huanjie/core';
import { type AnyColumn, and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import {
  archiveItems,
  candidateListPublications,
  electionCommitteePublications,
  handovers,
  listPublications,
  pollingPlans,
  proxies,
  voteRounds,
} from '../db/schema.js';
import { badRequest } from '../http/errors.js';
import { VOTE_KIND_LABELS, type VoteRow } from '../polling-day/votes.js';
import type { VillageCtx } from '../registration/village.js';

export type ArchiveSource = 'data' | 'recorded';

export interface ArchiveItemDef {
  id: string;
  title: string;
  /** computed from the data, or recorded by hand */
  source: ArchiveSource;
  /** what proves it, in Chinese (shown beside a computed item) */
  basis: string;
}

/** The checklist, in the order the papers come into being. */
export const ARCHIVE_CHECKLIST: readonly ArchiveItemDef[] = [
  { id: 'work-plan', title: '换届选举工作方案', source: 'recorded', basis: '村选委会登记' },
  {
    id: 'committee-list',
    title: '村民选举委员会成员名单公告',
    source: 'data',
    basis: '选委会名单已公布',
  },
  { id: 'committee-minutes', title: '村民选举委员会会议记录', source: 'recorded', basis: '村选委会登记' },
  { id: 'voter-list', title: '选民榜（登记参加选举的村民名单）', source: 'data', basis: '选民名单已公布' },
  { id: 'proxy-list', title: '委托投票名单', source: 'data', basis: '有经选委会同意的委托投票' },
  { id: 'candidate-list', title: '正式候选人名单公告', source: 'data', basis: '候选人名单已公布' },
  { id: 'polling-plan', title: '投票选举公告（投票安排）', source: 'data', basis: '投票安排已公布' },
  { id: 'sign-in', title: '选民签到册（发票登记）', source: 'recorded', basis: '村选委会登记' },
  {
    id: 'vote-counts',
    title: '计票数据（huanjie-scenario/1）与计票结果',
    source: 'data',
    basis: '投票已计票',
  },
  { id: 'result-report', title: '选举结果报告单', source: 'data', basis: '第一次投票结果经乡镇确认' },
  { id: 'result-announcement', title: '选举结果公告', source: 'data', basis: '投票已计票' },
  { id: 'certificates', title: '当选证书（存根）', source: 'data', basis: '选举结果经乡镇确认' },
  {
    id: 'ballots-sealed',
    title: '选票封存（与结果报告单一并报送乡镇）',
    source: 'recorded',
    basis: '村选委会登记',
  },
  { id: 'handover-list', title: '工作移交清单', source: 'data', basis: '工作移交已完成' },
  { id: 'photos', title: '工作痕迹资料（照片、视频）', source: 'recorded', basis: '村选委会登记' },
];

export const RECORDED_ITEMS = ARCHIVE_CHECKLIST.filter((i) => i.source === 'recorded').map((i) => i.id);

export interface ArchiveEntry extends ArchiveItemDef {
  present: boolean;
  /** false when the village has nothing of the kind (no proxy voting): neither present nor missing */
  applicable: boolean;
  /** how it is known: the publication's date, the vote, or who recorded it and the note */
  detail: string | null;
  recordedOn: string | null;
  note: string | null;
  /** the app's API paths of the documents that print it */
  documents: { title: string; path: string }[];
}

/** The votes of the village with a result (counted, reported or confirmed), oldest first. */
export async function countedVotes(db: Tx, vr: VillageCtx): Promise<VoteRow[]> {
  return db
    .select()
    .from(voteRounds)
    .where(
      and(
        eq(voteRounds.countyCode, vr.countyCode),
        eq(voteRounds.roundId, vr.round.id),
        eq(voteRounds.villageCode, vr.villageCode),
        isNotNull(voteRounds.result),
      ),
    )
    .orderBy(asc(voteRounds.seq));
}

export function voteLabel(v: Pick<VoteRow, 'seq' | 'kind' | 'pollingDate'>): string {
  return `第${v.seq}次投票（${VOTE_KIND_LABELS[v.kind]}，${v.pollingDate}）`;
}

/** What the data shows for each computed item: present or not, and why. */
async function facts(db: Tx, vr: VillageCtx) {
  const where = (t: { countyCode: AnyColumn; roundId: AnyColumn; villageCode: AnyColumn }) =>
    and(eq(t.countyCode, vr.countyCode), eq(t.roundId, vr.round.id), eq(t.villageCode, vr.villageCode));
  const [list, committee, candidates, plans, proxyRows, votes, handover, recorded] = await Promise.all([
    db.select().from(listPublications).where(where(listPublications)).orderBy(desc(listPublications.version)),
    db
      .select()
      .from(electionCommitteePublications)
      .where(where(electionCommitteePublications))
      .orderBy(desc(electionCommitteePublications.publishedOn)),
    db
      .select()
      .from(candidateListPublications)
      .where(where(candidateListPublications))
      .orderBy(desc(candidateListPublications.version)),
    db.select().from(pollingPlans).where(where(pollingPlans)),
    db
      .select({ id: proxies.id })
      .from(proxies)
      .where(and(where(proxies), eq(proxies.status, 'approved'))),
    countedVotes(db, vr),
    db.select().from(handovers).where(where(handovers)),
    db.select().from(archiveItems).where(where(archiveItems)),
  ]);
  return { list, committee, candidates, plans, proxyRows, votes, handover: handover[0] ?? null, recorded };
}

export async function archiveChecklist(db: Tx, vr: VillageCtx): Promise<ArchiveEntry[]> {
  const f = await facts(db, vr);
  const base = `/api/rounds/${vr.round.id}/villages/${vr.villageCode}`;
  const votePath = (v: VoteRow, file: string) => `${base}/votes/${v.id}/${file}`;
  const confirmedFirst = f.votes.filter((v) => v.kind === 'first' && v.status === 'confirmed');
  const confirmed = f.votes.filter((v) => v.status === 'confirmed' && v.kind !== 'recall');
  const plan = f.plans.find((p) => p.publishedOn !== null) ?? null;
  const computed: Record<
    string,
    Pick<ArchiveEntry, 'present' | 'detail' | 'documents'> & { applicable?: boolean }
  > = {
    'committee-list': {
      present: f.committee.length > 0,
      detail: f.committee[0] ? `${f.committee[0].publishedOn} 公布` : null,
      documents: [{ title: '选委会名单公告', path: `${base}/election-committee.pdf` }],
    },
    'voter-list': {
      present: f.list.length > 0,
      detail: f.list[0] ? `${f.list[0].publishedOn} 公布（第 ${f.list[0].version} 版）` : null,
      documents: [{ title: '选民榜', path: `${base}/voter-list.pdf` }],
    },
    'proxy-list': {
      present: f.proxyRows.length > 0,
      applicable: f.proxyRows.length > 0,
      detail:
        f.proxyRows.length > 0 ? `${f.proxyRows.length} 人委托投票` : '本村没有经同意的委托投票，不适用',
      documents: [{ title: '委托投票名单', path: `${base}/proxies.pdf` }],
    },
    'candidate-list': {
      present: f.candidates.length > 0,
      detail: f.candidates[0]
        ? `${f.candidates[0].publishedOn} 公布（第 ${f.candidates[0].version} 版）`
        : null,
      documents: [
        { title: '正式候选人名单', path: `${base}/candidates.pdf` },
        { title: '候选人简历', path: `${base}/candidate-bios.pdf` },
      ],
    },
    'polling-plan': {
      present: plan !== null,
      detail: plan ? `${plan.publishedOn} 公布（第 ${plan.version} 版）` : null,
      documents: [{ title: '投票选举公告', path: `${base}/polling-plan.pdf` }],
    },
    'vote-counts': {
      present: f.votes.length > 0,
      detail: f.votes.length > 0 ? f.votes.map(voteLabel).join('；') : null,
      documents: f.votes.map((v) => ({
        title: `${voteLabel(v)}计票数据`,
        path: votePath(v, 'scenario.json'),
      })),
    },
    'result-report': {
      present: confirmedFirst.length > 0,
      detail: confirmedFirst[0]
        ? `${voteLabel(confirmedFirst[0])}，${confirmedFirst[0].confirmedByName ?? '乡镇'}确认`
        : null,
      documents: f.votes.map((v) => ({
        title: `${voteLabel(v)}结果报告单`,
        path: votePath(v, 'report.pdf'),
      })),
    },
    'result-announcement': {
      present: f.votes.length > 0,
      detail: f.votes.length > 0 ? `${f.votes.length} 次投票的结果公告` : null,
      documents: f.votes.map((v) => ({
        title: `${voteLabel(v)}结果公告`,
        path: votePath(v, 'announcement.pdf'),
      })),
    },
    certificates: {
      present: confirmed.length > 0,
      detail: confirmed.length > 0 ? confirmed.map(voteLabel).join('；') : null,
      documents: confirmed.map((v) => ({
        title: `${voteLabel(v)}当选证书`,
        path: votePath(v, 'certificates.pdf'),
      })),
    },
    'handover-list': {
      present: f.handover?.completedOn != null,
      detail: f.handover?.completedOn
        ? `${f.handover.completedOn} 完成移交`
        : f.handover
          ? `应于 ${f.handover.dueOn} 前完成，尚未完成`
          : null,
      documents: [],
    },
  };
  return ARCHIVE_CHECKLIST.map((def) => {
    if (def.source === 'data') {
      const { applicable, ...c } = computed[def.id]!;
      return { ...def, ...c, applicable: applicable ?? true, recordedOn: null, note: null };
    }
    const row = f.recorded.find((r) => r.item === def.id);
    return {
      ...def,
      present: row?.present ?? false,
      applicable: true,
      detail: row
        ? `${row.recordedOn} 登记${row.present ? '在档' : '缺失'}${row.note ? `：${row.note}` : ''}`
        : null,
      recordedOn: row?.recordedOn ?? null,
      note: row?.note ?? null,
      documents: [],
    };
  });
}

/** Records a hand-kept item as present or missing, with its 卷号/where it is kept; audited. */
export async function recordArchiveItem(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  item: string,
  input: { present: boolean; note: string | null; recordedOn: IsoDate },
) {
  const def = ARCHIVE_CHECKLIST.find((i) => i.id === item);
  if (!def) throw badRequest(`档案项目：没有“${item}”这一项`);
  if (def.source !== 'recorded')
    throw badRequest(`档案项目：“${def.title}”由系统根据数据判断（${def.basis}），不能手工登记`);
  return db.transaction(async (tx) => {
    const key = and(
      eq(archiveItems.countyCode, vr.countyCode),
      eq(archiveItems.roundId, vr.round.id),
      eq(archiveItems.villageCode, vr.villageCode),
      eq(archiveItems.item, item),
    );
    const [before] = await tx.select().from(archiveItems).where(key).for('update');
    const values = { ...input, recordedBy: actor.id };
    const [after] = before
      ? await tx
          .update(archiveItems)
          .set({ ...values, updatedAt: sql`now()` })
          .where(key)
          .returning()
      : await tx
          .insert(archiveItems)
          .values({
            countyCode: vr.countyCode,
            roundId: vr.round.id,
            villageCode: vr.villageCode,
            item,
            ...values,
          })
          .returning();
    await appendAudit(tx, {
      actor,
      action: 'archive.record',
      entity: 'archive-item',
      entityId: `${vr.round.id}:${vr.villageCode}:${item}`,
      regionCode: vr.villageCode,
      before: before ?? null,
      after,
    });
    return after!;
  });
}
