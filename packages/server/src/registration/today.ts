/**
 * "Today" as a committee in China counts it. Deadlines are whole civil days in 中国标准时间 (UTC+8,
 * no daylight saving), so the server's own time zone must not decide which day it is. Only route
 * handlers call this: services take the date as a parameter, so tests and replays can pin it.
 */
import { fromDayNumber, type IsoDate } from '@huanjie/core';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const MS_PER_DAY = 86_400_000;

export function chinaToday(now: Date = new Date()): IsoDate {
  return fromDayNumber(Math.floor((now.getTime() + CHINA_OFFSET_MS) / MS_PER_DAY));
}
