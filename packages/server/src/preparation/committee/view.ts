/**
 * What the committee page shows: the meetings, everyone chosen in order with their state, the checks
 * (size, 主任, withdrawals the rules require, the next alternate, open vacancies), the publications,
 * and the rule set's values the page explains. Also the short warning summary other pages fetch.
 */
import { compareByStrokes, KIN_TITLES, type Violation, type Withdrawal } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import type { PublishedMember } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { BODY_TITLES, type MemberRow, meetingsOf, publicationsOf, reviewCommittee } from './state.js';

const ruleOf = (w: Withdrawal | Violation) => ({ rule: w.rule, reason: w.reason });

/** The serving members as a list prints them: the 主任 first, then the members in 姓氏笔画 order. */
export function servingInPrintOrder(rows: readonly MemberRow[]): MemberRow[] {
  const serving = rows.filter((r) => r.status === 'serving');
  const chair = serving.filter((r) => r.chair);
  const rest = serving.filter((r) => !r.chair).sort((a, b) => compareByStrokes(a.name, b.name));
  return [...chair, ...rest];
}

export function snapshotOf(rows: readonly MemberRow[]): PublishedMember[] {
  return servingInPrintOrder(rows).map((r) => ({ name: r.name, sex: r.sex, chair: r.chair }));
}

/** Compared field by field: jsonb does not keep the order of an object's keys. */
function sameList(a: readonly PublishedMember[], b: readonly PublishedMember[]): boolean {
  const key = (l: readonly PublishedMember[]) => JSON.stringify(l.map((m) => [m.name, m.sex, m.chair]));
  return key(a) === key(b);
}

/** Open vacancies: members who withdrew and whose seat nobody has taken yet. */
export function vacanciesOf(rows: readonly MemberRow[]): MemberRow[] {
  return rows.filter((r) => r.status === 'withdrawn' && !rows.some((o) => o.replacesId === r.id));
}

export async function committeeView(db: Tx, vr: VillageCtx) {
  const [meetings, review, publications] = await Promise.all([
    meetingsOf(db, vr),
    reviewCommittee(db, vr),
    publicationsOf(db, vr),
  ]);
  const { rows, state, required } = review;
  const groups = new Map(
    (
      await votersByIds(
        db,
        vr,
        rows.map((r) => r.voterId),
      )
    ).map((v) => [v.id, v.groupName]),
  );
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const skipped = new Map(state.next.skipped.map((w) => [w.person.id, w]));
  const offer = state.next.offer ? rows.find((r) => r.voterId === state.next.offer!.person.id) : undefined;
  const members = rows.map((r) => {
    const need = required.get(r.id);
    const barred = r.status === 'alternate' ? skipped.get(r.voterId) : undefined;
    return {
      ...r,
      groupName: groups.get(r.voterId) ?? null,
      replacesName: r.replacesId ? (names.get(r.replacesId) ?? null) : null,
      replacedBy: rows.find((o) => o.replacesId === r.id)?.name ?? null,
      requiredWithdrawal: need ? ruleOf(need) : null,
      barredAsAlternate: barred ? ruleOf(barred) : null,
    };
  });
  const latest = publications[0] ?? null;
  const snapshot = snapshotOf(rows);
  const committee = vr.ruleSet.committee;
  return {
    meetings: meetings.map((m) => ({ ...m, bodyTitle: BODY_TITLES[m.body] })),
    members,
    checks: {
      recorded: meetings.some((m) => m.kind === 'original'),
      serving: state.serving,
      sizeViolations: state.sizeViolations.map(ruleOf),
      advisories: state.advisories.map(ruleOf),
      chairVacant: state.chairVacant ? ruleOf(state.chairVacant) : null,
      withdrawals: state.withdrawals.map((w) => ({
        memberId: rows.find((r) => r.voterId === w.person.id && r.status === 'serving')?.id ?? null,
        name: w.person.name,
        ...ruleOf(w),
      })),
      next: offer ? { memberId: offer.id, name: offer.name, seq: offer.seq } : null,
      skipped: state.next.skipped.map((w) => ({ name: w.person.name, ...ruleOf(w) })),
      vacancies: vacanciesOf(rows).map((r) => ({ memberId: r.id, name: r.name, withdrawnOn: r.withdrawnOn })),
    },
    publications,
    /** the serving members differ from what was last published: the 公告 should be posted again */
    changedSincePublished: latest !== null && !sameList(latest.members, snapshot),
    rules: {
      size: { ...committee.electionCommitteeSize.value, rule: committee.electionCommitteeSize.rule },
      oddPreferred: committee.electionCommitteeOddPreferred,
      kinAdvisory: {
        relations: committee.electionCommitteeKinAdvisory.value.map((k) => KIN_TITLES[k]),
        rule: committee.electionCommitteeKinAdvisory.rule,
      },
      recusal: {
        selfNominees: committee.electionCommitteeRecusal.value.selfNominees,
        relatives: committee.electionCommitteeRecusal.value.relativesOfNominees.map((k) => KIN_TITLES[k]),
        rule: committee.electionCommitteeRecusal.rule,
      },
    },
  };
}

export type CommitteeView = Awaited<ReturnType<typeof committeeView>>;

/** The committee's warnings as counts, for the other pages' banners (nomination, candidates, polling). */
export async function committeeWarnings(db: Tx, vr: VillageCtx) {
  const { rows, state, required } = await reviewCommittee(db, vr);
  return {
    recorded: rows.length > 0,
    /** serving members the rules require to withdraw now (C2-2, C2-6) */
    recusalsRequired: required.size,
    items: [...required.entries()].map(([memberId, w]) => ({ memberId, name: w.person.name, ...ruleOf(w) })),
    vacancies: vacanciesOf(rows).length,
    chairVacant: state.chairVacant !== null,
    sizeProblems: state.sizeViolations.length,
  };
}
