/**
 * The handover (工作移交, seed-requirements §8.1) from the old committee to the new: within the rule set's
 * days of the new committee's formation (B-11, counted like every period after an event, C-3), chaired
 * by the election committee and witnessed by the township. It starts from the confirmed result (the day
 * of the latest confirmed vote of the committee election is the day the committee was formed) and is
 * tracked item by item (公章、集体财产账目、固定资产、经济合同、档案资料、办公场所、债权债务、工作) until both
 * sides and the township's witness sign it off. A handover past its due day is flagged late.
 */
import { compareDates, daysBetween, type IsoDate, periodEnd } from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { type HandoverCheck, handovers } from '../db/schema.js';
import { badRequest, conflict } from '../http/errors.js';
import { countyHolidays } from '../preparation/schedule/holidays.js';
import type { VillageCtx } from '../registration/village.js';
import { countedVotes } from './checklist.js';

export type HandoverItem = HandoverCheck['item'];
export type HandoverRow = typeof handovers.$inferSelect;

/** The items handed over, as seed 002§15 lists them (工作、公章、办公场所、集体财产账目、固定资产、债权债务、经济合同、档案资料). */
export const HANDOVER_ITEMS: readonly { item: HandoverItem; title: string }[] = [
  { item: 'seal', title: '公章' },
  { item: 'accounts', title: '集体财产账目' },
  { item: 'assets', title: '固定资产' },
  { item: 'contracts', title: '经济合同' },
  { item: 'archives', title: '档案资料' },
  { item: 'premises', title: '办公场所' },
  { item: 'debts', title: '债权债务' },
  { item: 'work', title: '工作（在办事项）' },
];

const itemTitle = (item: HandoverItem) => HANDOVER_ITEMS.find((i) => i.item === item)?.title ?? item;

async function handoverRow(db: Tx, vr: VillageCtx, lock = false): Promise<HandoverRow | null> {
  const q = db
    .select()
    .from(handovers)
    .where(
      and(
        eq(handovers.countyCode, vr.countyCode),
        eq(handovers.roundId, vr.round.id),
        eq(handovers.villageCode, vr.villageCode),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** The day the new committee was formed: the latest confirmed vote that filled seats; null before one. */
export async function committeeFormedOn(db: Tx, vr: VillageCtx): Promise<IsoDate | null> {
  const confirmed = (await countedVotes(db, vr)).filter(
    (v) => v.status === 'confirmed' && v.kind !== 'recall',
  );
  const days = confirmed.map((v) => v.pollingDate as IsoDate).sort(compareDates);
  return days.at(-1) ?? null;
}

/** The due day under the rule set and the county's holidays (C-3: a period ending on a holiday runs on). */
export async function handoverDue(db: Tx, vr: VillageCtx, formedOn: IsoDate) {
  const rule = vr.ruleSet.calendar.handoverWithinDays;
  const holidays = await countyHolidays(db, vr.countyCode);
  return { dueOn: periodEnd(formedOn, rule.value, holidays.set), days: rule.value, rule: `${rule.rule};C-3` };
}

export interface HandoverView {
  /** the committee's formation day (from the confirmed result), null while there is none */
  formedOn: IsoDate | null;
  dueOn: IsoDate | null;
  days: number;
  rule: string;
  basis: string;
  handover: (HandoverRow & { checklist: (HandoverCheck & { title: string })[] }) | null;
  /** past the due day and not completed, or completed after it */
  late: boolean;
  /** days past the due day (as of today, or of the completion) */
  daysLate: number;
  items: typeof HANDOVER_ITEMS;
}

export function lateness(dueOn: IsoDate, completedOn: IsoDate | null, today: IsoDate) {
  const end = completedOn ?? today;
  const daysLate = Math.max(0, daysBetween(dueOn, end));
  return { late: daysLate > 0, daysLate };
}

export async function handoverView(db: Tx, vr: VillageCtx, today: IsoDate): Promise<HandoverView> {
  const row = await handoverRow(db, vr);
  const rule = vr.ruleSet.calendar.handoverWithinDays;
  const formedOn = (row?.formedOn as IsoDate | undefined) ?? (await committeeFormedOn(db, vr));
  const due = row ? { dueOn: row.dueOn as IsoDate } : formedOn ? await handoverDue(db, vr, formedOn) : null;
  const { late, daysLate } = due
    ? lateness(due.dueOn, (row?.completedOn as IsoDate | null) ?? null, today)
    : { late: false, daysLate: 0 };
  return {
    formedOn,
    dueOn: due?.dueOn ?? null,
    days: rule.value,
    rule: `${rule.rule};C-3`,
    basis: `新一届村民委员会产生之日起${rule.value}日内`,
    handover: row
      ? { ...row, checklist: row.checklist.map((c) => ({ ...c, title: itemTitle(c.item) })) }
      : null,
    late,
    daysLate,
    items: HANDOVER_ITEMS,
  };
}

/** Opens the handover from the confirmed result: its formation day, due day and an empty checklist. */
export async function startHandover(db: Db, actor: Actor, vr: VillageCtx): Promise<HandoverRow> {
  return db.transaction(async (tx) => {
    if (await handoverRow(tx, vr, true)) throw conflict('本村的工作移交已经建立');
    const formedOn = await committeeFormedOn(tx, vr);
    if (!formedOn) throw badRequest('选举结果尚未经乡镇确认，新一届村民委员会尚未产生，不能开始工作移交');
    const { dueOn } = await handoverDue(tx, vr, formedOn);
    const [row] = await tx
      .insert(handovers)
      .values({
        countyCode: vr.countyCode,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        formedOn,
        dueOn,
        checklist: HANDOVER_ITEMS.map((i) => ({ item: i.item, done: false })),
        updatedBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'handover.start',
      entity: 'handover',
      entityId: `${vr.round.id}:${vr.villageCode}`,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

export interface HandoverInput {
  checklist: HandoverCheck[];
  outgoing: string | null;
  incoming: string | null;
  witness: string | null;
  completedOn: IsoDate | null;
}

/** Saves the checklist and the names; completing needs every item done and all three names. */
export async function saveHandover(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: HandoverInput,
  today: IsoDate,
): Promise<HandoverRow> {
  const seen = new Set<string>();
  for (const c of input.checklist) {
    if (!HANDOVER_ITEMS.some((i) => i.item === c.item)) throw badRequest(`移交清单：没有“${c.item}”这一项`);
    if (seen.has(c.item)) throw badRequest(`移交清单：“${itemTitle(c.item)}”重复`);
    seen.add(c.item);
  }
  const checklist = HANDOVER_ITEMS.map(
    (i) => input.checklist.find((c) => c.item === i.item) ?? { item: i.item, done: false },
  ).map((c) => ({ item: c.item, done: c.done, ...(c.note?.trim() ? { note: c.note.trim() } : {}) }));
  return db.transaction(async (tx) => {
    const before = await handoverRow(tx, vr, true);
    if (!before) throw badRequest('请先根据确认的选举结果开始工作移交');
    if (input.completedOn) {
      const open = checklist.filter((c) => !c.done).map((c) => itemTitle(c.item));
      if (open.length > 0) throw badRequest(`完成日期：还有未移交的项目：${open.join('、')}`);
      for (const [field, label] of [
        ['outgoing', '移交人'],
        ['incoming', '接收人'],
        ['witness', '监交人'],
      ] as const)
        if (!input[field]?.trim()) throw badRequest(`${label}：完成移交须填写${label}`);
      if (compareDates(input.completedOn, before.formedOn as IsoDate) < 0)
        throw badRequest(`完成日期：不能早于新一届村民委员会产生之日（${before.formedOn}）`);
      if (compareDates(input.completedOn, today) > 0) throw badRequest('完成日期：不能晚于今天');
    }
    const [after] = await tx
      .update(handovers)
      .set({
        checklist,
        outgoing: input.outgoing?.trim() || null,
        incoming: input.incoming?.trim() || null,
        witness: input.witness?.trim() || null,
        completedOn: input.completedOn,
        updatedBy: actor.id,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(handovers.countyCode, vr.countyCode),
          eq(handovers.roundId, vr.round.id),
          eq(handovers.villageCode, vr.villageCode),
        ),
      )
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'handover.save',
      entity: 'handover',
      entityId: `${vr.round.id}:${vr.villageCode}`,
      regionCode: vr.villageCode,
      before,
      after,
    });
    return after!;
  });
}
