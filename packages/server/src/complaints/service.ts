/**
 * Complaints, petitions and reports (申诉/信访/举报, seed-requirements §8.7): intake with the category's
 * time limit fixed on the day received, a handler from the village's township or county, open →
 * handling → replied → closed with the outcome and the reply, escalation to the county (by hand, or by
 * the overdue check in ./overdue.ts), and a risk point opened from a complaint. Every change is audited.
 */

import { randomUUID } from 'node:crypto';
import {
  COMPLAINT_CATEGORY_IDS,
  type ComplaintCategory,
  type ComplaintTiming,
  complaintDueDate,
  complaintTiming,
  type IsoDate,
} from '@huanjie/core';
import { and, asc, desc, eq, inArray, like, max } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { auditLog, COMPLAINT_STATUSES, complaints, riskRatings, rounds, users } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { notify } from '../notifications/service.js';
import { countyHolidays } from '../preparation/schedule/holidays.js';
import { regionsByCodes } from '../regions/queries.js';
import type { VillageCtx } from '../registration/village.js';
import { type ItemInput, insertRiskItem, riskItemsByIds } from '../risk/service.js';
import type { RoundRow } from '../rounds/service.js';
import {
  type ComplaintChannel,
  type ComplaintOutcome,
  type ComplaintStatus,
  OUTCOME_LABELS,
} from './labels.js';
import { limitOf } from './limits.js';

export type ComplaintRow = typeof complaints.$inferSelect;

const townshipOf = (village: string) => village.slice(0, 9);
const countyOf = (village: string) => village.slice(0, 6);

export interface ComplaintView extends ComplaintRow {
  number: string;
  villageName: string;
  townshipCode: string;
  townshipName: string;
  escalatedToName: string | null;
  timing: ComplaintTiming;
}

/** 信访编号 shown to people: the year received and the serial within the county's round. */
export function complaintNumber(c: Pick<ComplaintRow, 'receivedOn' | 'serial'>): string {
  return `${c.receivedOn.slice(0, 4)}-${String(c.serial).padStart(4, '0')}`;
}

async function views(db: Tx, rows: ComplaintRow[], today: IsoDate): Promise<ComplaintView[]> {
  const codes = new Set<string>();
  for (const r of rows) {
    codes.add(r.villageCode);
    codes.add(townshipOf(r.villageCode));
    if (r.escalatedTo) codes.add(r.escalatedTo);
  }
  const names = new Map((await regionsByCodes(db, [...codes])).map((r) => [r.code, r.name]));
  return rows.map((r) => ({
    ...r,
    number: complaintNumber(r),
    villageName: names.get(r.villageCode) ?? r.villageCode,
    townshipCode: townshipOf(r.villageCode),
    townshipName: names.get(townshipOf(r.villageCode)) ?? townshipOf(r.villageCode),
    escalatedToName: r.escalatedTo ? (names.get(r.escalatedTo) ?? r.escalatedTo) : null,
    timing: complaintTiming(
      { ...r, dueOn: r.dueOn as IsoDate, repliedOn: r.repliedOn as IsoDate | null },
      today,
    ),
  }));
}

export interface IntakeInput {
  receivedOn: IsoDate;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  anonymous: boolean;
  complainantName?: string | null | undefined;
  complainantPhone?: string | null | undefined;
  summary: string;
}

export async function registerComplaint(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: IntakeInput,
  today: IsoDate,
) {
  if (input.receivedOn > today) throw badRequest(`收到日期：不能晚于今天（${today}）`);
  const name = input.complainantName?.trim() || null;
  if (!input.anonymous && !name) throw badRequest('信访人：请填写姓名，或勾选匿名');
  const limit = await limitOf(db, vr.round, input.category);
  const holidays = await countyHolidays(db, vr.countyCode);
  const dueOn = complaintDueDate(input.receivedOn, limit.days, holidays.set);
  return db.transaction(async (tx) => {
    // the round's row lock hands out serials one at a time
    await tx
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.countyCode, vr.countyCode), eq(rounds.id, vr.round.id)))
      .for('update');
    const [last] = await tx
      .select({ n: max(complaints.serial) })
      .from(complaints)
      .where(and(eq(complaints.countyCode, vr.countyCode), eq(complaints.roundId, vr.round.id)));
    const [row] = await tx
      .insert(complaints)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        serial: (last?.n ?? 0) + 1,
        receivedOn: input.receivedOn,
        channel: input.channel,
        category: input.category,
        complainantName: input.anonymous ? null : name,
        complainantPhone: input.anonymous ? null : input.complainantPhone?.trim() || null,
        anonymous: input.anonymous,
        summary: input.summary.trim(),
        limitDays: limit.days,
        dueOn,
        createdBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'complaint.register',
      entity: 'complaint',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: { ...row, limitRule: limit.rule },
    });
    return (await views(tx, [row!], today))[0]!;
  });
}

async function lockComplaint(tx: Tx, vr: VillageCtx, id: string): Promise<ComplaintRow> {
  const [row] = await tx
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.countyCode, vr.countyCode),
        eq(complaints.id, id),
        eq(complaints.roundId, vr.round.id),
        eq(complaints.villageCode, vr.villageCode),
      ),
    )
    .for('update');
  if (!row) throw notFound('信访件不存在');
  return row;
}

async function change(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  action: string,
  today: IsoDate,
  apply: (before: ComplaintRow, tx: Tx) => Promise<Partial<ComplaintRow>>,
  note?: string | null,
): Promise<ComplaintView> {
  return db.transaction(async (tx) => {
    const before = await lockComplaint(tx, vr, id);
    const set = await apply(before, tx);
    const [after] = await tx
      .update(complaints)
      .set({ ...set, updatedAt: new Date().toISOString() })
      .where(and(eq(complaints.countyCode, vr.countyCode), eq(complaints.id, id)))
      .returning();
    await appendAudit(tx, {
      actor,
      action,
      entity: 'complaint',
      entityId: id,
      regionCode: vr.villageCode,
      before,
      after: note ? { ...after, note } : after,
    });
    return (await views(tx, [after!], today))[0]!;
  });
}

/** Users who may handle a village's complaints: the offices of its township and its county. */
export async function handlersFor(db: Tx, villageCode: string) {
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, regionCode: users.regionCode })
    .from(users)
    .where(
      and(
        inArray(users.regionCode, [townshipOf(villageCode), countyOf(villageCode)]),
        inArray(users.role, ['township', 'county']),
        eq(users.disabled, false),
      ),
    );
  return rows.sort(
    (a, b) =>
      b.regionCode.length - a.regionCode.length || a.displayName.localeCompare(b.displayName, 'zh-CN'),
  );
}

export async function assignHandler(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  handlerId: string,
  today: IsoDate,
) {
  const handler = (await handlersFor(db, vr.villageCode)).find((h) => h.id === handlerId);
  if (!handler) throw badRequest('承办人：须为本村所在乡镇或县换届办的用户');
  return change(db, actor, vr, id, 'complaint.assign', today, async (before) => {
    if (before.status === 'replied' || before.status === 'closed')
      throw conflict('该信访件已答复，不能再交办');
    return { handlerId: handler.id, handlerName: handler.displayName, status: 'handling' };
  });
}

export async function replyComplaint(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  input: { outcome: ComplaintOutcome; replyText: string; repliedOn: IsoDate },
  today: IsoDate,
) {
  if (input.repliedOn > today) throw badRequest(`答复日期：不能晚于今天（${today}）`);
  return change(db, actor, vr, id, 'complaint.reply', today, async (before) => {
    if (before.status === 'replied' || before.status === 'closed') throw conflict('该信访件已答复');
    if (input.repliedOn < before.receivedOn) throw badRequest('答复日期：不能早于收到日期');
    return {
      status: 'replied',
      outcome: input.outcome,
      reply: input.replyText.trim(),
      repliedOn: input.repliedOn,
    };
  });
}

export async function closeComplaint(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  note: string | null,
  today: IsoDate,
) {
  return change(
    db,
    actor,
    vr,
    id,
    'complaint.close',
    today,
    async (before) => {
      if (before.status !== 'replied')
        throw conflict(before.status === 'closed' ? '该信访件已办结' : '须先答复信访人，才能办结');
      return { status: 'closed' };
    },
    note,
  );
}

/** Escalates a complaint to the county office (the office above the township handling it). */
export async function escalateComplaint(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  note: string,
  today: IsoDate,
  now: Date,
) {
  return change(
    db,
    actor,
    vr,
    id,
    'complaint.escalate',
    today,
    async (before, tx) => {
      if (before.escalatedAt) throw conflict('该信访件已上报县换届办');
      if (before.status === 'closed') throw conflict('该信访件已办结');
      await notify(
        tx,
        escalationNotice(before, vr.countyCode, 'complaint-escalated', `${actor.name}上报：${note}`),
      );
      return { escalatedTo: countyOf(vr.villageCode), escalatedAt: now.toISOString() };
    },
    note,
  );
}

export function escalationNotice(
  c: ComplaintRow,
  countyCode: string,
  kind: 'complaint-escalated' | 'complaint-overdue',
  why: string,
) {
  const number = complaintNumber(c);
  return {
    countyCode,
    regionCode: countyOf(c.villageCode),
    villageCode: c.villageCode,
    kind,
    title:
      kind === 'complaint-overdue' ? `信访件 ${number} 逾期未办结，已上报` : `信访件 ${number} 上报县换届办`,
    body: `${why}。反映问题：${c.summary.slice(0, 80)}（应于${c.dueOn}前办结）`,
    link: `/rounds/${c.roundId}/areas/${townshipOf(c.villageCode)}/complaints?open=${c.id}`,
    dedupeKey: `${kind}:${c.id}`,
  };
}

/** Opens a risk point from a complaint and links them. */
export async function openRiskFromComplaint(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  item: Omit<ItemInput, 'complaintId'>,
  today: IsoDate,
) {
  return db.transaction(async (tx) => {
    const before = await lockComplaint(tx, vr, id);
    if (before.riskItemId) throw conflict('该信访件已关联风险点');
    const risk = await insertRiskItem(tx, actor, vr, { ...item, complaintId: id });
    const [after] = await tx
      .update(complaints)
      .set({ riskItemId: risk.id, updatedAt: new Date().toISOString() })
      .where(and(eq(complaints.countyCode, vr.countyCode), eq(complaints.id, id)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'complaint.link-risk',
      entity: 'complaint',
      entityId: id,
      regionCode: vr.villageCode,
      before,
      after,
    });
    return { complaint: (await views(tx, [after!], today))[0]!, riskItem: risk };
  });
}

const ACTION_LABELS: Record<string, string> = {
  'complaint.register': '登记',
  'complaint.assign': '交办',
  'complaint.reply': '答复',
  'complaint.close': '办结',
  'complaint.escalate': '上报',
  'complaint.link-risk': '列入风险台账',
};

/** One complaint with its handling steps (from the audit log), its village's rating and its risk point. */
export async function complaintDetail(db: Tx, vr: VillageCtx, id: string, today: IsoDate) {
  const [row] = await db
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.countyCode, vr.countyCode),
        eq(complaints.id, id),
        eq(complaints.roundId, vr.round.id),
        eq(complaints.villageCode, vr.villageCode),
      ),
    );
  if (!row) throw notFound('信访件不存在');
  const [entries, rating, items] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.countyCode, vr.countyCode),
          eq(auditLog.regionCode, vr.villageCode),
          eq(auditLog.entity, 'complaint'),
          eq(auditLog.entityId, id),
        ),
      )
      .orderBy(asc(auditLog.seq)),
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
    row.riskItemId ? riskItemsByIds(db, vr.countyCode, [row.riskItemId]) : Promise.resolve([]),
  ]);
  const steps = entries.map((e) => {
    const after = (e.after ?? {}) as Partial<ComplaintRow> & { note?: string };
    let detail = '';
    if (e.action === 'complaint.assign') detail = `承办人：${after.handlerName ?? ''}`;
    else if (e.action === 'complaint.reply')
      detail = `${after.outcome ? OUTCOME_LABELS[after.outcome as ComplaintOutcome] : ''}：${after.reply ?? ''}`;
    else if (e.action === 'complaint.escalate') detail = after.note ?? '';
    else if (e.action === 'complaint.close') detail = after.note ?? '';
    return {
      at: e.at,
      action: e.action,
      label: ACTION_LABELS[e.action] ?? e.action,
      actorName: e.actorName,
      detail,
    };
  });
  return {
    complaint: (await views(db, [row], today))[0]!,
    steps,
    rating: rating[0] ?? null,
    riskItem: items[0] ?? null,
  };
}

export interface ComplaintFilter {
  status?: ComplaintStatus | undefined;
  category?: ComplaintCategory | undefined;
  village?: string | undefined;
  /** only overdue ones (open or handling, past the last day) */
  overdue?: boolean | undefined;
}

function inAreaWhere(round: RoundRow, area: string) {
  return and(
    eq(complaints.countyCode, round.countyCode),
    eq(complaints.roundId, round.id),
    like(complaints.villageCode, `${area}%`),
  );
}

export async function listComplaints(
  db: Tx,
  round: RoundRow,
  area: string,
  filter: ComplaintFilter,
  today: IsoDate,
): Promise<ComplaintView[]> {
  const rows = await db
    .select()
    .from(complaints)
    .where(
      and(
        inAreaWhere(round, filter.village ?? area),
        filter.status ? eq(complaints.status, filter.status) : undefined,
        filter.category ? eq(complaints.category, filter.category) : undefined,
      ),
    )
    .orderBy(desc(complaints.receivedOn), desc(complaints.serial))
    .limit(1000);
  const all = await views(db, rows, today);
  return filter.overdue ? all.filter((c) => c.timing.state === 'overdue') : all;
}

export interface ComplaintCounts {
  total: number;
  byCategory: Record<ComplaintCategory, number>;
  byStatus: Record<ComplaintStatus, number>;
  /** by category, then by status */
  table: Record<ComplaintCategory, Record<ComplaintStatus, number>>;
  escalated: number;
  /** still open or being handled past their last day on `today` (0 without a day) */
  overdue: number;
  /** replied after the last day */
  answeredLate: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Complaints of an area by category and status, for the summary report and the list's header. */
export async function complaintCounts(
  db: Tx,
  round: RoundRow,
  areaCode: string,
  today?: IsoDate,
): Promise<ComplaintCounts> {
  const rows = await db
    .select({
      category: complaints.category,
      status: complaints.status,
      dueOn: complaints.dueOn,
      repliedOn: complaints.repliedOn,
      escalatedAt: complaints.escalatedAt,
    })
    .from(complaints)
    .where(inAreaWhere(round, areaCode));
  const counts: ComplaintCounts = {
    total: rows.length,
    byCategory: zeros(COMPLAINT_CATEGORY_IDS),
    byStatus: zeros(COMPLAINT_STATUSES),
    table: Object.fromEntries(COMPLAINT_CATEGORY_IDS.map((c) => [c, zeros(COMPLAINT_STATUSES)])) as Record<
      ComplaintCategory,
      Record<ComplaintStatus, number>
    >,
    escalated: 0,
    overdue: 0,
    answeredLate: 0,
  };
  for (const r of rows) {
    counts.byCategory[r.category] += 1;
    counts.byStatus[r.status] += 1;
    counts.table[r.category][r.status] += 1;
    if (r.escalatedAt) counts.escalated += 1;
    if (r.repliedOn && r.repliedOn > r.dueOn) counts.answeredLate += 1;
    if (today && (r.status === 'open' || r.status === 'handling') && r.dueOn < today) counts.overdue += 1;
  }
  return counts;
}
