/**
 * The checks every `/rounds/:id/villages/:code/...` registration route makes, in this order:
 * signed in, allowed by role, the village in the caller's scope, then the round and village exist.
 * Scope is checked before any lookup so a caller outside learns nothing about another village.
 */
import { parseIsoDate } from '@huanjie/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Permission } from '../auth/roles.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Tx } from '../db/connect.js';
import { type VillageCtx, villageContext } from '../registration/village.js';
import { requirePermission, requireScope, requireUser } from './context.js';
import { isoDate } from './dto.js';

export const villageParams = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^\d{12}$/, '村级区划代码应为 12 位数字'),
});

type VillageParams = z.infer<typeof villageParams>;

/** Reading is open to every role inside its region (observers included). */
export async function readVillage(
  db: Tx,
  req: FastifyRequest,
  params: VillageParams,
): Promise<{ user: SessionUser; vr: VillageCtx }> {
  const user = requireUser(req);
  requireScope(user, params.code);
  return { user, vr: await villageContext(db, params.id, params.code) };
}

export async function writeVillage(
  db: Tx,
  req: FastifyRequest,
  params: VillageParams,
  permission: Permission,
): Promise<{ user: SessionUser; vr: VillageCtx }> {
  const user = requirePermission(req, permission);
  requireScope(user, params.code);
  return { user, vr: await villageContext(db, params.id, params.code) };
}

/** A real calendar day written YYYY-MM-DD (2023-02-29 is refused). */
export const civilDate = isoDate.refine((s) => parseIsoDate(s) !== null, '不是有效的日期');
