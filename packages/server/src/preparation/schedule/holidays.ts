/**
 * Statutory holidays (法定休假日) a county enters for the years of its rounds, from the State
 * Council's yearly notice: the festival days off, the weekend days worked instead (调休上班), and
 * whether weekends count. Forward periods (申诉期, 处理期, 移交期, …) ending on one move to the next
 * working day (C-3). A year not entered adds no holiday: periods then run on plain calendar days.
 */
import { type HolidaySet, type HolidayYear, holidaySetOf, type IsoDate, weekday } from '@huanjie/core';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { scheduleHolidays, scheduleHolidayYears } from '../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';

export interface NamedDay {
  day: string;
  name: string;
}

export interface HolidayYearView {
  year: number;
  weekendsOff: boolean;
  holidays: NamedDay[];
  workdays: NamedDay[];
  enteredByName: string | null;
  updatedAt: string;
}

export interface CountyHolidays {
  set: HolidaySet;
  /** the years entered */
  years: number[];
}

export async function holidayYears(db: Tx, countyCode: string): Promise<HolidayYearView[]> {
  const [years, days] = await Promise.all([
    db
      .select()
      .from(scheduleHolidayYears)
      .where(eq(scheduleHolidayYears.countyCode, countyCode))
      .orderBy(asc(scheduleHolidayYears.year)),
    db
      .select()
      .from(scheduleHolidays)
      .where(eq(scheduleHolidays.countyCode, countyCode))
      .orderBy(asc(scheduleHolidays.day)),
  ]);
  return years.map((y) => {
    const mine = days.filter((d) => d.day.startsWith(`${y.year}-`));
    return {
      year: y.year,
      weekendsOff: y.weekendsOff,
      holidays: mine.filter((d) => d.kind === 'holiday').map(({ day, name }) => ({ day, name })),
      workdays: mine.filter((d) => d.kind === 'workday').map(({ day, name }) => ({ day, name })),
      enteredByName: y.enteredByName,
      updatedAt: y.updatedAt,
    };
  });
}

export function holidaySetFrom(views: readonly HolidayYearView[]): CountyHolidays {
  const years: HolidayYear[] = views.map((v) => ({
    year: v.year,
    weekendsOff: v.weekendsOff,
    holidays: v.holidays.map((d) => d.day as IsoDate),
    workdays: v.workdays.map((d) => d.day as IsoDate),
  }));
  return { set: holidaySetOf(years), years: views.map((v) => v.year) };
}

export async function countyHolidays(db: Tx, countyCode: string): Promise<CountyHolidays> {
  return holidaySetFrom(await holidayYears(db, countyCode));
}

export interface HolidayYearInput {
  weekendsOff: boolean;
  holidays: NamedDay[];
  workdays: NamedDay[];
}

function checkYear(year: number, input: HolidayYearInput) {
  const seen = new Set<string>();
  for (const [label, list] of [
    ['节假日', input.holidays],
    ['调休上班日', input.workdays],
  ] as const) {
    for (const d of list) {
      if (!d.day.startsWith(`${year}-`)) throw badRequest(`${label}：${d.day} 不在 ${year} 年内`);
      if (seen.has(d.day)) throw badRequest(`${label}：${d.day} 重复填写`);
      seen.add(d.day);
    }
  }
  for (const d of input.workdays) {
    const w = weekday(d.day as IsoDate);
    if (w !== 0 && w !== 6) throw badRequest(`调休上班日：${d.day} 不是周六或周日，本来就是工作日`);
  }
}

/** Replaces one year's holidays for the county; audited with the old and new lists. */
export async function setHolidayYear(
  db: Db,
  actor: Actor,
  countyCode: string,
  year: number,
  input: HolidayYearInput,
): Promise<HolidayYearView> {
  checkYear(year, input);
  return db.transaction(async (tx) => {
    const before = (await holidayYears(tx, countyCode)).find((y) => y.year === year) ?? null;
    await tx
      .delete(scheduleHolidays)
      .where(
        and(
          eq(scheduleHolidays.countyCode, countyCode),
          gte(scheduleHolidays.day, `${year}-01-01`),
          lte(scheduleHolidays.day, `${year}-12-31`),
        ),
      );
    const rows = [
      ...input.holidays.map((d) => ({ countyCode, day: d.day, kind: 'holiday' as const, name: d.name })),
      ...input.workdays.map((d) => ({ countyCode, day: d.day, kind: 'workday' as const, name: d.name })),
    ];
    if (rows.length > 0) await tx.insert(scheduleHolidays).values(rows);
    const values = {
      countyCode,
      year,
      weekendsOff: input.weekendsOff,
      enteredBy: actor.id,
      enteredByName: actor.name,
    };
    await tx
      .insert(scheduleHolidayYears)
      .values(values)
      .onConflictDoUpdate({
        target: [scheduleHolidayYears.countyCode, scheduleHolidayYears.year],
        set: { ...values, updatedAt: sql`now()` },
      });
    const after = (await holidayYears(tx, countyCode)).find((y) => y.year === year)!;
    await appendAudit(tx, {
      actor,
      action: 'schedule.holidays.set',
      entity: 'holiday-year',
      entityId: `${countyCode}/${year}`,
      regionCode: countyCode,
      before,
      after,
    });
    return after;
  });
}

export async function deleteHolidayYear(db: Db, actor: Actor, countyCode: string, year: number) {
  return db.transaction(async (tx) => {
    const before = (await holidayYears(tx, countyCode)).find((y) => y.year === year);
    if (!before) throw notFound(`${year} 年的法定节假日尚未录入`);
    await tx
      .delete(scheduleHolidays)
      .where(
        and(
          eq(scheduleHolidays.countyCode, countyCode),
          gte(scheduleHolidays.day, `${year}-01-01`),
          lte(scheduleHolidays.day, `${year}-12-31`),
        ),
      );
    await tx
      .delete(scheduleHolidayYears)
      .where(and(eq(scheduleHolidayYears.countyCode, countyCode), eq(scheduleHolidayYears.year, year)));
    await appendAudit(tx, {
      actor,
      action: 'schedule.holidays.delete',
      entity: 'holiday-year',
      entityId: `${countyCode}/${year}`,
      regionCode: countyCode,
      before,
      after: null,
    });
  });
}
