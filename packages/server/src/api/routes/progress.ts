/**
 * 换届进度 (issue 7 item 1): every village of a township or county in a round — status, the step it is
 * at, late steps with their rule, first-vote success, risk level, what is left — and counts per township.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden } from '../../http/errors.js';
import { areaProgress } from '../../progress/service.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { roundArea } from '../round-area.js';

const params = z.object({ id: z.string().min(1) });
const query = z.object({
  area: z
    .string()
    .regex(/^(\d{6}|\d{9})$/, '区域应为县（6 位）或乡镇（9 位）区划代码')
    .optional(),
});

export async function progressRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;

  r.get(
    '/rounds/:id/progress',
    {
      schema: {
        tags: ['换届进度'],
        summary: '换届进度：辖区内各村的当前步骤、逾期步骤、状态、一次选举成功、风险等级和剩余事项',
        params,
        querystring: query,
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      // a village user's area is their village: progress is for the township and county offices
      if (area.length > 9) throw forbidden('换届进度仅供乡镇（街道）和县级换届工作机构查看');
      return areaProgress(db, round, area, chinaToday());
    },
  );
}
