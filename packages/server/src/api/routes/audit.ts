/** Browsing the audit trail of a region (offices and observers). */
import { and, count, desc, inArray, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog } from '../../db/schema.js';
import type { AppOptions } from '../app.js';
import { requirePermission, requireScope } from '../context.js';
import { regionCode } from '../dto.js';

export async function auditRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  r.get(
    '/audit',
    {
      schema: {
        tags: ['审计'],
        summary: '辖区内的审计日志（最新在前）',
        querystring: z.object({
          region: regionCode.optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
          /** only these actions (comma-separated, e.g. round.village.postpone,region.rename) */
          action: z
            .string()
            .max(2000)
            .optional()
            .transform((v) =>
              (v ?? '')
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            ),
        }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'audit.read');
      const region = req.query.region ?? user.regionCode;
      requireScope(user, region);
      const actions = req.query.action;
      const where = and(
        like(auditLog.regionCode, `${region}%`),
        actions.length > 0 ? inArray(auditLog.action, actions) : undefined,
      );
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.at), desc(auditLog.seq))
          .limit(req.query.pageSize)
          .offset((req.query.page - 1) * req.query.pageSize),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return {
        total: total?.n ?? 0,
        items: items.map((a) => ({
          countyCode: a.countyCode,
          seq: a.seq,
          at: a.at,
          actorName: a.actorName,
          action: a.action,
          entity: a.entity,
          entityId: a.entityId,
          regionCode: a.regionCode,
          before: a.before,
          after: a.after,
        })),
      };
    },
  );
}
