/**
 * The checks a round-wide oversight route (`/rounds/:id/complaints`, `/rounds/:id/risk`, …) makes: signed
 * in (and allowed by role when it writes), the asked-for area in the caller's scope before anything is
 * looked up, the round visible to the caller, and the area inside the round. Without `area` the area is
 * the narrower of the caller's region and the round's region.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { inScope, type Permission } from '../auth/roles.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Tx } from '../db/connect.js';
import { forbidden } from '../http/errors.js';
import { getRoundRow, type RoundRow } from '../rounds/service.js';
import { requirePermission, requireScope, requireUser } from './context.js';

export const areaCode = z
  .string()
  .regex(/^(\d{6}|\d{9}|\d{12})$/, '区域代码应为 6 位（县）、9 位（乡镇）或 12 位（村）数字');

export interface RoundArea {
  user: SessionUser;
  round: RoundRow;
  /** a county, township or village code inside both the round and the caller's region */
  area: string;
}

export async function roundArea(
  db: Tx,
  req: FastifyRequest,
  roundId: string,
  area: string | undefined,
  permission?: Permission,
): Promise<RoundArea> {
  const user = permission ? requirePermission(req, permission) : requireUser(req);
  if (area !== undefined) requireScope(user, area);
  const round = await getRoundRow(db, roundId);
  const overlaps = inScope(user.regionCode, round.regionCode) || inScope(round.regionCode, user.regionCode);
  if (!overlaps) throw forbidden('无权查看该换届');
  const narrower = user.regionCode.length >= round.regionCode.length ? user.regionCode : round.regionCode;
  const chosen = area ?? narrower;
  if (!inScope(round.regionCode, chosen) && !inScope(chosen, round.regionCode))
    throw forbidden(`区域 ${chosen} 不在该换届范围内，无权访问`);
  // an area above the round (the county for a township's round) reads as the round's own region
  return { user, round, area: chosen.length < round.regionCode.length ? round.regionCode : chosen };
}
