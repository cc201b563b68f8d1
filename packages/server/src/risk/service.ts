/**
 * The risk ledger (风险台账, seed-requirements §10.1–10.2): a 红/橙/绿 rating per village with its
 * reasons and every change kept (挂牌), risk points tracked to their close-out (销号), and the
 * 信息直报员's daily reports. A village turning 红 notifies its township once per change. Every change
 * is audited in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, asc, desc, eq, gte, inArray, like, lte } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { riskItems, riskRatingChanges, riskRatings, riskReports, roundVillages } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { notify } from '../notifications/service.js';
import { regionsByCodes } from '../regions/queries.js';
import type { VillageCtx } from '../registration/village.js';
import type { RoundRow } from '../rounds/service.js';
import { LEVEL_LABELS, type RiskItemCategory, type RiskLevel } from './labels.js';

export type RiskRatingRow = typeof riskRatings.$inferSelect;
export type RiskChangeRow = typeof riskRatingChanges.$inferSelect;
export type RiskItemRow = typeof riskItems.$inferSelect;
export type RiskReportRow = typeof riskReports.$inferSelect;

const townshipOf = (village: string) => village.slice(0, 9);

/** The round's villages under `area` with their names and their township's, in division-code order. */
export async function areaVillages(db: Tx, round: RoundRow, area: string) {
  const rows = await db
    .select({ code: roundVillages.villageCode })
    .from(roundVillages)
    .where(
      and(
        eq(roundVillages.countyCode, round.countyCode),
        eq(roundVillages.roundId, round.id),
        eq(roundVillages.included, true),
        like(roundVillages.villageCode, `${area}%`),
      ),
    );
  const codes = rows.map((r) => r.code).sort();
  const names = new Map(
    (await regionsByCodes(db, [...new Set([...codes, ...codes.map(townshipOf)])])).map((r) => [
      r.code,
      r.name,
    ]),
  );
  return codes.map((code) => ({
    code,
    name: names.get(code) ?? code,
    townshipCode: townshipOf(code),
    townshipName: names.get(townshipOf(code)) ?? townshipOf(code),
  }));
}

export interface RatingInput {
  level: RiskLevel;
  reasons: string[];
  note?: string | null | undefined;
  ratedOn: IsoDate;
}

/** Rates a village (or re-rates it); a change to 红 notifies the township. */
export async function rateVillage(db: Db, actor: Actor, vr: VillageCtx, input: RatingInput) {
  const reasons = input.reasons.map((r) => r.trim()).filter(Boolean);
  if (input.level !== 'green' && reasons.length === 0)
    throw badRequest('研判理由：红色、橙色须写明至少一条理由');
  return db.transaction(async (tx) => {
    const key = and(
      eq(riskRatings.countyCode, vr.countyCode),
      eq(riskRatings.roundId, vr.round.id),
      eq(riskRatings.villageCode, vr.villageCode),
    );
    const [before] = await tx.select().from(riskRatings).where(key).for('update');
    const values = {
      countyCode: vr.countyCode,
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      level: input.level,
      reasons,
      ratedOn: input.ratedOn,
      ratedBy: actor.id,
      ratedByName: actor.name,
      updatedAt: new Date().toISOString(),
    };
    const [after] = before
      ? await tx.update(riskRatings).set(values).where(key).returning()
      : await tx.insert(riskRatings).values(values).returning();
    const change = {
      countyCode: vr.countyCode,
      id: randomUUID(),
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      fromLevel: before?.level ?? null,
      level: input.level,
      reasons,
      note: input.note?.trim() || null,
      ratedOn: input.ratedOn,
      ratedBy: actor.id,
      ratedByName: actor.name,
    };
    await tx.insert(riskRatingChanges).values(change);
    await appendAudit(tx, {
      actor,
      action: 'risk.rate',
      entity: 'risk-rating',
      entityId: `${vr.round.id}:${vr.villageCode}`,
      regionCode: vr.villageCode,
      before: before ?? null,
      after: { ...after, note: change.note },
    });
    let notified = false;
    if (input.level === 'red' && before?.level !== 'red') {
      const [village] = await regionsByCodes(tx, [vr.villageCode]);
      const name = village?.name ?? vr.villageCode;
      const township = townshipOf(vr.villageCode);
      notified = await notify(tx, {
        countyCode: vr.countyCode,
        regionCode: township,
        villageCode: vr.villageCode,
        kind: 'risk-red',
        title: `${name}研判为红色风险村`,
        body: `${actor.name}于${input.ratedOn}将${name}研判为红色（${before ? `原为${LEVEL_LABELS[before.level]}色` : '首次研判'}）：${reasons.join('；')}`,
        link: `/rounds/${vr.round.id}/areas/${township}/risk?village=${vr.villageCode}`,
        dedupeKey: `risk-red:${change.id}`,
      });
    }
    return { rating: after!, change, notified };
  });
}

export interface ItemInput {
  title: string;
  category: RiskItemCategory;
  level: RiskLevel;
  owner: string;
  measures?: string | null | undefined;
  dueOn: IsoDate;
  foundOn: IsoDate;
  complaintId?: string | null;
}

/** Adds a risk point inside an open transaction (a complaint opens one in its own). */
export async function insertRiskItem(tx: Tx, actor: Actor, vr: VillageCtx, input: ItemInput) {
  if (input.dueOn < input.foundOn) throw badRequest('销号时限：不能早于发现日期');
  const [row] = await tx
    .insert(riskItems)
    .values({
      countyCode: vr.countyCode,
      id: randomUUID(),
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      title: input.title.trim(),
      category: input.category,
      level: input.level,
      owner: input.owner.trim(),
      measures: input.measures?.trim() || null,
      dueOn: input.dueOn,
      foundOn: input.foundOn,
      complaintId: input.complaintId ?? null,
      createdBy: actor.id,
    })
    .returning();
  await appendAudit(tx, {
    actor,
    action: 'risk.item-add',
    entity: 'risk-item',
    entityId: row!.id,
    regionCode: vr.villageCode,
    before: null,
    after: row,
  });
  return row!;
}

export async function addRiskItem(db: Db, actor: Actor, vr: VillageCtx, input: ItemInput) {
  return db.transaction((tx) => insertRiskItem(tx, actor, vr, input));
}

/** Closes a risk point out (销号) with what was done. */
export async function closeRiskItem(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  itemId: string,
  input: { closedOn: IsoDate; closedNote: string },
) {
  return db.transaction(async (tx) => {
    const key = and(
      eq(riskItems.countyCode, vr.countyCode),
      eq(riskItems.id, itemId),
      eq(riskItems.roundId, vr.round.id),
      eq(riskItems.villageCode, vr.villageCode),
    );
    const [before] = await tx.select().from(riskItems).where(key).for('update');
    if (!before) throw notFound('风险点不存在');
    if (before.status === 'closed') throw conflict(`风险点“${before.title}”已于${before.closedOn}销号`);
    if (input.closedOn < before.foundOn) throw badRequest('销号日期：不能早于发现日期');
    const [after] = await tx
      .update(riskItems)
      .set({
        status: 'closed',
        closedOn: input.closedOn,
        closedNote: input.closedNote.trim(),
        updatedAt: new Date().toISOString(),
      })
      .where(key)
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'risk.item-close',
      entity: 'risk-item',
      entityId: itemId,
      regionCode: vr.villageCode,
      before,
      after,
    });
    return after!;
  });
}

export interface ReportInput {
  reportDate: IsoDate;
  reporterName: string;
  reporterPhone?: string | null | undefined;
  hasIssue: boolean;
  situation: string;
  suggestedLevel?: RiskLevel | null | undefined;
}

/** A 信息直报员's daily report; several a day from one village are kept (more than one reporter). */
export async function addRiskReport(db: Db, actor: Actor, vr: VillageCtx, input: ReportInput) {
  const situation = input.situation.trim() || (input.hasIssue ? '' : '平安无事');
  if (!situation) throw badRequest('情况说明：有情况时须写明');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(riskReports)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        reportDate: input.reportDate,
        reporterName: input.reporterName.trim(),
        reporterPhone: input.reporterPhone?.trim() || null,
        hasIssue: input.hasIssue,
        situation,
        suggestedLevel: input.suggestedLevel ?? null,
        createdBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'risk.report',
      entity: 'risk-report',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

/** One village's page of the ledger: its rating, the history, the risk points and recent reports. */
export async function villageRisk(db: Tx, vr: VillageCtx) {
  const [rating, history, items, reports] = await Promise.all([
    db
      .select()
      .from(riskRatings)
      .where(
        and(
          eq(riskRatings.countyCode, vr.countyCode),
          eq(riskRatings.roundId, vr.round.id),
          eq(riskRatings.villageCode, vr.villageCode),
        ),
      ),
    db
      .select()
      .from(riskRatingChanges)
      .where(
        and(
          eq(riskRatingChanges.countyCode, vr.countyCode),
          eq(riskRatingChanges.roundId, vr.round.id),
          eq(riskRatingChanges.villageCode, vr.villageCode),
        ),
      )
      .orderBy(desc(riskRatingChanges.createdAt), desc(riskRatingChanges.ratedOn)),
    db
      .select()
      .from(riskItems)
      .where(
        and(
          eq(riskItems.countyCode, vr.countyCode),
          eq(riskItems.roundId, vr.round.id),
          eq(riskItems.villageCode, vr.villageCode),
        ),
      )
      .orderBy(asc(riskItems.status), desc(riskItems.foundOn), asc(riskItems.title)),
    db
      .select()
      .from(riskReports)
      .where(
        and(
          eq(riskReports.countyCode, vr.countyCode),
          eq(riskReports.roundId, vr.round.id),
          eq(riskReports.villageCode, vr.villageCode),
        ),
      )
      .orderBy(desc(riskReports.reportDate), desc(riskReports.createdAt))
      .limit(60),
  ]);
  return { rating: rating[0] ?? null, history, items, reports };
}

export interface LedgerVillage {
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string;
  level: RiskLevel | null;
  reasons: string[];
  ratedOn: string | null;
  ratedByName: string | null;
  openItems: number;
  overdueItems: number;
  closedItems: number;
  lastReportDate: string | null;
}

/** Every village of the area with its rating and its risk points, for the ledger page and its xlsx. */
export async function riskLedger(db: Tx, round: RoundRow, area: string, today: IsoDate) {
  const villages = await areaVillages(db, round, area);
  const [ratings, items, reports] = await Promise.all([
    db
      .select()
      .from(riskRatings)
      .where(
        and(
          eq(riskRatings.countyCode, round.countyCode),
          eq(riskRatings.roundId, round.id),
          like(riskRatings.villageCode, `${area}%`),
        ),
      ),
    db
      .select()
      .from(riskItems)
      .where(
        and(
          eq(riskItems.countyCode, round.countyCode),
          eq(riskItems.roundId, round.id),
          like(riskItems.villageCode, `${area}%`),
        ),
      ),
    db
      .select({ villageCode: riskReports.villageCode, reportDate: riskReports.reportDate })
      .from(riskReports)
      .where(
        and(
          eq(riskReports.countyCode, round.countyCode),
          eq(riskReports.roundId, round.id),
          like(riskReports.villageCode, `${area}%`),
        ),
      ),
  ]);
  const rating = new Map(ratings.map((r) => [r.villageCode, r]));
  const lastReport = new Map<string, string>();
  for (const r of reports) {
    const seen = lastReport.get(r.villageCode);
    if (!seen || r.reportDate > seen) lastReport.set(r.villageCode, r.reportDate);
  }
  const rows: LedgerVillage[] = villages.map((v) => {
    const r = rating.get(v.code);
    const mine = items.filter((i) => i.villageCode === v.code);
    const open = mine.filter((i) => i.status === 'open');
    return {
      ...v,
      level: r?.level ?? null,
      reasons: r?.reasons ?? [],
      ratedOn: r?.ratedOn ?? null,
      ratedByName: r?.ratedByName ?? null,
      openItems: open.length,
      overdueItems: open.filter((i) => i.dueOn < today).length,
      closedItems: mine.length - open.length,
      lastReportDate: lastReport.get(v.code) ?? null,
    };
  });
  const known = new Set(villages.map((v) => v.code));
  return { villages: rows, items: items.filter((i) => known.has(i.villageCode)), counts: countsOf(rows) };
}

export interface RiskCounts {
  villages: number;
  red: number;
  orange: number;
  green: number;
  unrated: number;
  openItems: number;
  overdueItems: number;
  closedItems: number;
}

function countsOf(rows: readonly LedgerVillage[]): RiskCounts {
  const c: RiskCounts = {
    villages: rows.length,
    red: 0,
    orange: 0,
    green: 0,
    unrated: 0,
    openItems: 0,
    overdueItems: 0,
    closedItems: 0,
  };
  for (const r of rows) {
    if (r.level) c[r.level] += 1;
    else c.unrated += 1;
    c.openItems += r.openItems;
    c.overdueItems += r.overdueItems;
    c.closedItems += r.closedItems;
  }
  return c;
}

/**
 * The risk figures of an area for the summary report: villages by colour and risk points open and
 * closed (`overdueItems` counts open points past their 销号 date on `today`, 0 without it).
 */
export async function riskCounts(
  db: Tx,
  round: RoundRow,
  areaCode: string,
  today?: IsoDate,
): Promise<RiskCounts> {
  // without a day no point is past its date: every dueOn is after year 0
  return (await riskLedger(db, round, areaCode, today ?? ('0000-01-01' as IsoDate))).counts;
}

/** The daily reports of an area between two days (inclusive), newest first. */
export async function areaReports(db: Tx, round: RoundRow, area: string, from: IsoDate, to: IsoDate) {
  return db
    .select()
    .from(riskReports)
    .where(
      and(
        eq(riskReports.countyCode, round.countyCode),
        eq(riskReports.roundId, round.id),
        like(riskReports.villageCode, `${area}%`),
        gte(riskReports.reportDate, from),
        lte(riskReports.reportDate, to),
      ),
    )
    .orderBy(desc(riskReports.reportDate), asc(riskReports.villageCode), asc(riskReports.createdAt));
}

/** Looks up risk items by id (a complaint's linked item). */
export async function riskItemsByIds(db: Tx, countyCode: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(riskItems)
    .where(and(eq(riskItems.countyCode, countyCode), inArray(riskItems.id, ids)));
}
