/**
 * What the review pages read: one village's nominees × departments with each verdict, and the board
 * of a township or county — every nominee under review in its villages against every department,
 * with how many nominees each department still owes a verdict (who is waiting on whom).
 */
import { compareByStrokes, type IsoDate, waitingPerDepartment } from '@huanjie/core';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { elections, nominees, type PlannedOffice, roundVillages, seatPlans } from '../../db/schema.js';
import { ApiError, badRequest, notFound } from '../../http/errors.js';
import { getRegion, regionsByCodes } from '../../regions/queries.js';
import type { VillageCtx } from '../../registration/village.js';
import type { RoundRow } from '../../rounds/service.js';
import type { NomineeRow } from '../committee-election.js';
import { committeeElection, seatPlanOf } from '../committee-election.js';
import { type ReviewSettings, reviewSettingsOf } from './settings.js';
import { isReviewee, outcomeOf, type VerdictRow, verdictsOf } from './status.js';

export interface VerdictView {
  departmentId: string;
  departmentName: string;
  verdict: 'pass' | 'fail';
  conditionItemId: string | null;
  conditionText: string | null;
  note: string | null;
  decidedOn: string;
  recordedByName: string;
  recordedAt: string;
}

export interface RevieweeView {
  id: string;
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  office: string;
  officeTitle: string;
  source: NomineeRow['source'];
  status: NomineeRow['status'];
  reviewStatus: NomineeRow['reviewStatus'];
  /** by department id */
  verdicts: Record<string, VerdictView>;
  /** department ids still to answer (none once failed: nobody waits any more) */
  waitingOn: string[];
}

function verdictView(v: VerdictRow): VerdictView {
  return {
    departmentId: v.departmentId,
    departmentName: v.departmentName,
    verdict: v.verdict,
    conditionItemId: v.conditionItemId,
    conditionText: v.conditionText,
    note: v.note,
    decidedOn: v.decidedOn,
    recordedByName: v.recordedByName,
    recordedAt: v.recordedAt,
  };
}

function revieweeView(
  n: NomineeRow,
  officeTitle: string,
  verdicts: readonly VerdictRow[],
  departmentIds: readonly string[],
): RevieweeView {
  const named = new Set(departmentIds);
  const outcome = outcomeOf(departmentIds, verdicts);
  return {
    id: n.id,
    voterId: n.voterId,
    name: n.name,
    sex: n.sex,
    office: n.office,
    officeTitle,
    source: n.source,
    status: n.status,
    reviewStatus: n.reviewStatus,
    verdicts: Object.fromEntries(
      verdicts.filter((v) => named.has(v.departmentId)).map((v) => [v.departmentId, verdictView(v)]),
    ),
    waitingOn: n.reviewStatus === 'failed' ? [] : [...outcome.waitingOn],
  };
}

/** Offices in the plan's order, then the write-ins after those who stood, then 姓氏笔画. */
function revieweeOrder(offices: readonly Pick<PlannedOffice, 'id'>[]) {
  const at = new Map<string, number>(offices.map((o, i) => [o.id, i]));
  return (a: RevieweeView, b: RevieweeView) =>
    (at.get(a.office) ?? 99) - (at.get(b.office) ?? 99) ||
    Number(a.source === 'elected-write-in') - Number(b.source === 'elected-write-in') ||
    compareByStrokes(a.name, b.name);
}

function counts(rows: readonly RevieweeView[]) {
  return {
    total: rows.length,
    passed: rows.filter((r) => r.reviewStatus === 'passed').length,
    failed: rows.filter((r) => r.reviewStatus === 'failed').length,
    pending: rows.filter((r) => r.reviewStatus === 'pending').length,
  };
}

function waiting(settings: ReviewSettings, rows: readonly RevieweeView[]): Record<string, number> {
  return waitingPerDepartment(
    settings.departments.map((d) => d.id),
    rows.map((r) => ({
      status: r.reviewStatus,
      verdicts: Object.values(r.verdicts).map((v) => ({ departmentId: v.departmentId, verdict: v.verdict })),
    })),
  );
}

export async function villageReview(db: Tx, vr: VillageCtx, today: IsoDate) {
  const settings = await reviewSettingsOf(db, vr.round);
  const departmentIds = settings.departments.map((d) => d.id);
  let election: Awaited<ReturnType<typeof committeeElection>> | null = null;
  try {
    election = await committeeElection(db, vr);
  } catch (err) {
    // a village without a committee election in this round has nobody to review
    if (!(err instanceof ApiError)) throw err;
  }
  const plan = election ? await seatPlanOf(db, vr, election.id) : null;
  const rows = election
    ? (
        await db
          .select()
          .from(nominees)
          .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.electionId, election.id)))
      ).filter(isReviewee)
    : [];
  const verdicts = await verdictsOf(
    db,
    vr.countyCode,
    rows.map((n) => n.id),
  );
  const offices = plan?.offices ?? [];
  const titles = new Map<string, string>(offices.map((o) => [o.id, o.title]));
  const people = rows
    .map((n) => revieweeView(n, titles.get(n.office) ?? n.office, verdicts.get(n.id) ?? [], departmentIds))
    .sort(revieweeOrder(offices));
  return {
    electionId: election?.id ?? null,
    electionDay: vr.electionDay,
    today,
    seatPlan: plan
      ? {
          status: plan.status,
          nominationMode: plan.nominationMode,
          offices: offices.map((o) => ({
            id: o.id,
            title: o.title,
            seats: o.seats,
            womenOnly: o.womenOnly ?? false,
          })),
        }
      : null,
    /** write-ins (另选他人) are reviewed after the vote (D-9) */
    writeInsOpen: vr.electionDay !== null && today >= vr.electionDay && plan?.status === 'approved',
    settings,
    nominees: people,
    waiting: waiting(settings, people),
    counts: counts(people),
  };
}

/** The board across a township's or county's villages (rows nominees, columns departments). */
export async function areaReviewBoard(db: Tx, round: RoundRow, code: string) {
  if (!code.startsWith(round.regionCode) && !round.regionCode.startsWith(code))
    throw notFound(`区域 ${code} 不在换届「${round.name}」的范围内`);
  if (code.length < 6) throw badRequest('区域：联审进度按县、乡镇或村查看');
  const [settings, region, villageRows, electionRows] = await Promise.all([
    reviewSettingsOf(db, round),
    getRegion(db, code),
    db
      .select()
      .from(roundVillages)
      .where(
        and(
          eq(roundVillages.countyCode, round.countyCode),
          eq(roundVillages.roundId, round.id),
          eq(roundVillages.included, true),
          like(roundVillages.villageCode, `${code}%`),
        ),
      ),
    db
      .select()
      .from(elections)
      .where(
        and(
          eq(elections.countyCode, round.countyCode),
          eq(elections.roundId, round.id),
          like(elections.villageCode, `${code}%`),
          inArray(elections.kind, ['village-committee', 'residents-committee']),
        ),
      ),
  ]);
  // the newest attempt of each village's committee election
  const newest = new Map<string, (typeof electionRows)[number]>();
  for (const e of electionRows) {
    const had = newest.get(e.villageCode);
    if (!had || e.attempt > had.attempt) newest.set(e.villageCode, e);
  }
  const electionIds = [...newest.values()].map((e) => e.id);
  const [nomineeRows, plans] = electionIds.length
    ? await Promise.all([
        db
          .select()
          .from(nominees)
          .where(and(eq(nominees.countyCode, round.countyCode), inArray(nominees.electionId, electionIds))),
        db
          .select()
          .from(seatPlans)
          .where(and(eq(seatPlans.countyCode, round.countyCode), inArray(seatPlans.electionId, electionIds))),
      ])
    : [[], []];
  const rows = nomineeRows.filter(isReviewee);
  const verdicts = await verdictsOf(
    db,
    round.countyCode,
    rows.map((n) => n.id),
  );
  const departmentIds = settings.departments.map((d) => d.id);
  const planOf = new Map(plans.map((p) => [p.electionId, p]));
  const villageCodes = villageRows.map((v) => v.villageCode);
  const names = new Map(
    (
      await regionsByCodes(db, [...new Set([...villageCodes, ...villageCodes.map((c) => c.slice(0, 9))])])
    ).map((r) => [r.code, r.name]),
  );
  const villages = villageRows
    .map((v) => {
      const election = newest.get(v.villageCode);
      const plan = election ? planOf.get(election.id) : undefined;
      const offices = plan?.offices ?? [];
      const titles = new Map<string, string>(offices.map((o) => [o.id, o.title]));
      const people = rows
        .filter((n) => n.electionId === election?.id)
        .map((n) =>
          revieweeView(n, titles.get(n.office) ?? n.office, verdicts.get(n.id) ?? [], departmentIds),
        )
        .sort(revieweeOrder(offices));
      return {
        code: v.villageCode,
        name: names.get(v.villageCode) ?? v.villageCode,
        townshipName: names.get(v.villageCode.slice(0, 9)) ?? '',
        electionDay: v.electionDay,
        seatPlanStatus: plan?.status ?? null,
        nominees: people,
        counts: counts(people),
        waiting: waiting(settings, people),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const all = villages.flatMap((v) => v.nominees);
  return {
    code,
    name: region.name,
    level: region.level,
    settings: {
      own: settings.own,
      version: settings.version,
      departments: settings.departments,
      conditionLists: settings.conditionLists,
      template: settings.template,
    },
    villages,
    waiting: waiting(settings, all),
    counts: counts(all),
  };
}
