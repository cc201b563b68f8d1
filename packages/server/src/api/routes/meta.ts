import { listRuleSets } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../app.js';
import { requireUser } from '../context.js';

export async function metaRoutes(app: FastifyInstance, _opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/health', { schema: { tags: ['系统'], summary: '健康检查（无需登录）' } }, async () => ({
    ok: true,
  }));
  r.get(
    '/rulesets',
    {
      schema: {
        tags: ['换届'],
        summary: '可用的选举规则集',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                jurisdiction: z.string(),
                effectiveFrom: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      requireUser(req);
      return {
        items: listRuleSets().map((s) => ({
          id: s.id,
          title: s.title,
          jurisdiction: s.jurisdiction.name,
          effectiveFrom: s.effectiveFrom,
        })),
      };
    },
  );
}
