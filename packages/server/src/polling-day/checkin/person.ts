/**
 * What the check-in desk says about people found by card or search: whether each may get a ballot
 * here now, and which. A person's own ballot is refused when they are not on the published list, have
 * had it already (where, when, by whom: 一证一票, E-11) or have an approved proxy (the trustee votes
 * for them: G-2..G-5; the committee cannot set that aside). A trustee gets one ballot per approved
 * principal not yet issued (G-10). Being at another place than one's own is a warning only (G-9).
 * At a by-election by the 村民代表会议 only its members get a ballot, in person (meeting.ts).
 */
import { compareByStrokes, type RuleSet } from '@huanjie/core';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { proxies } from '../../db/schema.js';
import { maskIdNumber } from '../../registration/mask.js';
import type { VillageCtx } from '../../registration/village.js';
import { isOnList, type VoterRow, votersByIds } from '../../registration/village-voters.js';
import { uniqueRules } from '../../registration/violation-text.js';
import { type IssueView, issuedText, issuesOf, issueView } from './issue-view.js';
import { type MeetingMembers, notMemberReason } from './meeting.js';
import type { PlaceMap, PlaceRef } from './places.js';

export type LineStatus = 'due' | 'issued' | 'refused';

/** One ballot the person might take: their own, or a principal's. */
export interface BallotLine {
  /** the voter counted as voted (the principal for a proxy ballot) */
  voterId: string;
  name: string;
  proxyId: string | null;
  status: LineStatus;
  /** why not (refused), or who has it (issued) */
  reason: string | null;
  issue: IssueView | null;
}

export interface CheckinPerson {
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  groupName: string;
  voterNo: number | null;
  idNumber: string | null;
  listStatus: VoterRow['listStatus'];
  home: PlaceRef | null;
  own: BallotLine;
  /** one line per approved proxy this person holds as trustee */
  proxies: BallotLine[];
  /** the approved proxy this person gave (their own ballot goes to the trustee) */
  delegatedTo: { proxyId: string; trusteeVoterId: string; trusteeName: string } | null;
  /** ok: give the ballots; warn: may give, after reading the warnings; refused: nothing to give */
  verdict: 'ok' | 'warn' | 'refused';
  warnings: string[];
  /** ballots to hand over now */
  due: number;
}

type ProxyRow = typeof proxies.$inferSelect;

function notListedReason(v: VoterRow): string {
  if (v.listStatus === 'removed')
    return `${v.name}已从选民名单除名${v.removedReason ? `（${v.removedReason}）` : ''}，不能领取选票（A-1）`;
  return `${v.name}不在已公布的选民名单上，不能领取选票（A-1）`;
}

function placeWarning(v: VoterRow, home: PlaceRef | null, at: PlaceRef | undefined): string | null {
  if (!at || !home || home.id === at.id) return null;
  const belongs = home.kind === 'mobile' ? `使用${home.name}投票` : `应在${home.name}投票（${v.groupName}）`;
  return `${v.name}${belongs}，不在本投票地点（${at.name}）：各票箱合并计票，核实后仍可在此发票（G-9）`;
}

async function approvedProxiesOf(db: Tx, vr: VillageCtx, ids: readonly string[]): Promise<ProxyRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(proxies)
    .where(
      and(
        eq(proxies.countyCode, vr.countyCode),
        eq(proxies.roundId, vr.round.id),
        eq(proxies.villageCode, vr.villageCode),
        eq(proxies.status, 'approved'),
        or(inArray(proxies.principalVoterId, [...ids]), inArray(proxies.trusteeVoterId, [...ids])),
      ),
    );
}

export interface PersonContext {
  voteId: string;
  places: PlaceMap;
  /** the place the desk is at, for the wrong-place warning */
  atPlaceId?: string | undefined;
  /** whole 公民身份号码 (idnumber.view) or masked */
  showIdNumber: boolean;
  ruleSet: RuleSet;
  /** set when the vote is a by-election by the 村民代表会议: only its members, no proxies */
  meeting: MeetingMembers | null;
}

/** The desk's answer for each person, in the order given. */
export async function checkinPeople(
  db: Tx,
  vr: VillageCtx,
  people: readonly VoterRow[],
  ctx: PersonContext,
): Promise<CheckinPerson[]> {
  const ids = people.map((p) => p.id);
  const held = ctx.meeting ? [] : await approvedProxiesOf(db, vr, ids);
  const principalIds = held.map((p) => p.principalVoterId);
  const trusteeIds = held.map((p) => p.trusteeVoterId);
  const known = new Map(people.map((p) => [p.id, p]));
  const others = await votersByIds(
    db,
    vr,
    [...principalIds, ...trusteeIds].filter((id) => !known.has(id)),
  );
  for (const o of others) known.set(o.id, o);
  const issueRows = await issuesOf(db, vr, ctx.voteId, [...ids, ...principalIds]);
  const names = new Map([...known.values()].map((v) => [v.id, v.name]));
  const missing = issueRows.flatMap((r) =>
    r.trusteeVoterId && !names.has(r.trusteeVoterId) ? [r.trusteeVoterId] : [],
  );
  for (const v of await votersByIds(db, vr, missing)) names.set(v.id, v.name);
  const issued = new Map(issueRows.map((r) => [r.voterId, issueView(r, names, ctx.places)]));
  const at = ctx.atPlaceId ? ctx.places.byId.get(ctx.atPlaceId) : undefined;
  // the reviewed and published proxy stands on polling day; the trustee takes the ballot (G-10)
  const proxyRule = uniqueRules(`${ctx.ruleSet.proxy.listPublishDeadline.rule};G-10`);

  return people.map((v) => {
    const gave = held.find((p) => p.principalVoterId === v.id) ?? null;
    const trusteeName = gave ? (names.get(gave.trusteeVoterId) ?? '受委托人') : '';
    const mine = issued.get(v.id) ?? null;
    let own: BallotLine;
    if (mine)
      own = {
        voterId: v.id,
        name: v.name,
        proxyId: null,
        status: 'issued',
        reason: issuedText(mine),
        issue: mine,
      };
    else if (!isOnList(v))
      own = {
        voterId: v.id,
        name: v.name,
        proxyId: null,
        status: 'refused',
        reason: notListedReason(v),
        issue: null,
      };
    else if (ctx.meeting && !ctx.meeting.members.has(v.id))
      own = {
        voterId: v.id,
        name: v.name,
        proxyId: null,
        status: 'refused',
        reason: notMemberReason(v.name, ctx.meeting),
        issue: null,
      };
    else if (gave)
      own = {
        voterId: v.id,
        name: v.name,
        proxyId: gave.id,
        status: 'refused',
        reason: `${v.name}已委托${trusteeName}代为投票（委托已审核公告），选票由受委托人凭委托投票证代领，本人不能再领取（${proxyRule}）`,
        issue: null,
      };
    else own = { voterId: v.id, name: v.name, proxyId: null, status: 'due', reason: null, issue: null };

    const lines: BallotLine[] = held
      .filter((p) => p.trusteeVoterId === v.id)
      .map((p) => {
        const principal = known.get(p.principalVoterId);
        const name = principal?.name ?? p.principalVoterId;
        const base = { voterId: p.principalVoterId, name, proxyId: p.id };
        const done = issued.get(p.principalVoterId);
        if (done) return { ...base, status: 'issued' as const, reason: issuedText(done), issue: done };
        if (!isOnList(v))
          return {
            ...base,
            status: 'refused' as const,
            reason: `受委托人${v.name}不在选民名单上，不能代领（${ctx.ruleSet.proxy.trusteeMustBeVillageVoter.rule}）`,
            issue: null,
          };
        if (!principal || !isOnList(principal))
          return {
            ...base,
            status: 'refused' as const,
            reason: principal ? notListedReason(principal) : `委托人${name}不在本村登记册中`,
            issue: null,
          };
        return { ...base, status: 'due' as const, reason: null, issue: null };
      })
      .sort((a, b) => compareByStrokes(a.name, b.name));

    const home = ctx.places.homeOf(v);
    const warnings: string[] = [];
    const due = (own.status === 'due' ? 1 : 0) + lines.filter((l) => l.status === 'due').length;
    if (due > 0) {
      const w = placeWarning(v, home, at);
      if (w) warnings.push(w);
    }
    return {
      voterId: v.id,
      name: v.name,
      sex: v.sex,
      groupName: v.groupName,
      voterNo: v.voterNo,
      idNumber: ctx.showIdNumber ? v.idNumber : maskIdNumber(v.idNumber),
      listStatus: v.listStatus,
      home,
      own,
      proxies: lines,
      delegatedTo: gave ? { proxyId: gave.id, trusteeVoterId: gave.trusteeVoterId, trusteeName } : null,
      verdict: due === 0 ? 'refused' : warnings.length > 0 ? 'warn' : 'ok',
      warnings,
      due,
    };
  });
}

/** The same answer once check-in is closed: nothing is due any more. */
export function refuseAll(p: CheckinPerson, reason: string): CheckinPerson {
  const close = (l: BallotLine): BallotLine => (l.status === 'due' ? { ...l, status: 'refused', reason } : l);
  return { ...p, own: close(p.own), proxies: p.proxies.map(close), verdict: 'refused', warnings: [], due: 0 };
}
