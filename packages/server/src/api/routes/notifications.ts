/** 通知：本区域（县级含下属乡镇）的通知、未读数、标记已读。读取时先做信访件逾期检查。 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkOverdue } from '../../complaints/overdue.js';
import type { Db } from '../../db/connect.js';
import { badRequest } from '../../http/errors.js';
import { listNotifications, markRead, unreadCount } from '../../notifications/service.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { requirePermission, requireScope, requireUser } from '../context.js';
import { regionCode } from '../dto.js';

const tags = ['通知'];
const query = z.object({ region: regionCode.optional() });

/** The overdue check for the county the region lies in (nothing above county level). */
async function check(db: Db, region: string) {
  if (region.length < 6) return;
  await checkOverdue(db, { countyCode: region.slice(0, 6), area: region }, chinaToday(), new Date());
}

export async function notificationRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;

  r.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: '本区域的通知（县级可见下属乡镇的），新的在前；读取前先做信访件逾期检查',
        querystring: query.extend({ unread: z.enum(['true', 'false']).optional() }),
      },
    },
    async (req) => {
      const user = requireUser(req);
      const region = req.query.region ?? user.regionCode;
      requireScope(user, region);
      await check(db, region);
      return listNotifications(db, region, { unreadOnly: req.query.unread === 'true' });
    },
  );

  r.get(
    '/notifications/unread-count',
    { schema: { tags, summary: '本区域未读通知数（先做逾期检查）', querystring: query } },
    async (req) => {
      const user = requireUser(req);
      const region = req.query.region ?? user.regionCode;
      requireScope(user, region);
      await check(db, region);
      return { unread: await unreadCount(db, region) };
    },
  );

  r.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: '标记通知已读：指定的通知（ids），或某区域全部未读通知（region）',
        body: z.object({
          ids: z.array(z.string().min(1)).max(500).optional(),
          region: regionCode.optional(),
        }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'oversight.handle');
      const { ids, region } = req.body;
      if (ids === undefined && region === undefined)
        throw badRequest('请指定要标记的通知（ids）或区域（region）');
      if (region !== undefined) requireScope(user, region);
      const marked = await markRead(db, user, ids !== undefined ? { ids } : { region: region! }, new Date());
      return { marked, unread: await unreadCount(db, region ?? user.regionCode) };
    },
  );
}
