/** A ballot_issues row as the check-in desk shows it, and the sentence naming who has the ballot where and when. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { ballotIssues } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import type { PlaceMap } from './places.js';

export type IssueRow = typeof ballotIssues.$inferSelect;
export type IssueVia = IssueRow['via'];

export const VIA_LABELS: Record<IssueVia, string> = {
  'in-person': '本人领票',
  proxy: '委托代领',
  mobile: '流动票箱',
};

export interface IssueView {
  voterId: string;
  name: string;
  placeId: string;
  placeName: string;
  via: IssueVia;
  viaLabel: string;
  trusteeVoterId: string | null;
  trusteeName: string | null;
  proxyId: string | null;
  foundBy: IssueRow['foundBy'];
  issuedAt: string;
  issuedByName: string;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** 「11月22日 09:05」 in China time. */
export function cnDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + CHINA_OFFSET_MS);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}

export function issueView(row: IssueRow, names: Map<string, string>, places: PlaceMap): IssueView {
  return {
    voterId: row.voterId,
    name: names.get(row.voterId) ?? row.voterId,
    placeId: row.placeId,
    placeName: places.byId.get(row.placeId)?.name ?? '（已撤销的投票地点）',
    via: row.via,
    viaLabel: VIA_LABELS[row.via],
    trusteeVoterId: row.trusteeVoterId,
    trusteeName: row.trusteeVoterId ? (names.get(row.trusteeVoterId) ?? row.trusteeVoterId) : null,
    proxyId: row.proxyId,
    foundBy: row.foundBy,
    issuedAt: row.issuedAt,
    issuedByName: row.issuedByName,
  };
}

/** 「张三已于11月22日 09:05在中心会场领取选票（发票员：李四）」, naming the trustee for a proxy ballot. */
export function issuedText(v: IssueView): string {
  const who = v.trusteeName ? `${v.name}的选票已由受委托人${v.trusteeName}代领` : `${v.name}已领取选票`;
  return `${who}：${cnDateTime(v.issuedAt)}，${v.placeName}，发票员${v.issuedByName}（一证一票，E-11）`;
}

export async function issuesOf(db: Tx, vr: VillageCtx, voteId: string, voterIds: readonly string[]) {
  if (voterIds.length === 0) return [];
  return db
    .select()
    .from(ballotIssues)
    .where(
      and(
        eq(ballotIssues.countyCode, vr.countyCode),
        eq(ballotIssues.voteRoundId, voteId),
        inArray(ballotIssues.voterId, [...new Set(voterIds)]),
      ),
    );
}
