/** The village's election day, required where a deadline counts back from it (B-8 for proxies). */
import { type IsoDate, parseIsoDate } from '@huanjie/core';
import { badRequest } from '../http/errors.js';
import type { VillageCtx } from './village.js';

export function requireElectionDay(ctx: VillageCtx): IsoDate {
  const day = ctx.electionDay ? parseIsoDate(ctx.electionDay) : null;
  if (!day) throw badRequest('选举日：该村尚未确定选举日，请先由乡镇或县换届办设定');
  return day;
}
